// Dates as Vietnamese administrative documents print them (Nghị định 30/2020/NĐ-CP, Phụ lục I).

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads `YYYY-MM-DD`; undefined when the text is malformed or names a day that does not exist. */
export function parseIsoDate(s: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(s);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function requireDate(isoDate: string): CalendarDate {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`Not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  return date;
}

// The rule pads the day below 10 but the month only when it is 1 or 2: a lone "1" or "2" before the year
// could be extended by hand ("1" → "11", "2" → "12") on a printed copy, while 3–9 cannot.
function padDay(day: number): string {
  return String(day).padStart(2, '0');
}

function padMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/** The place-and-date line of the header: `Hà Nội, ngày 04 tháng 3 năm 2024`. */
export function dateLine(place: string, isoDate: string): string {
  // A draft may leave the day blank (`2019-11`): the line keeps a gap for it, as printed forms do.
  const draft = /^(\d{4})-(\d{2})$/.exec(isoDate);
  if (draft && Number(draft[2]) >= 1 && Number(draft[2]) <= 12) return `${place}, ngày … tháng ${padMonth(Number(draft[2]))} năm ${draft[1]}`;
  const { year, month, day } = requireDate(isoDate);
  return `${place}, ngày ${padDay(day)} tháng ${padMonth(month)} năm ${year}`;
}

/** A date inside running text: `04/3/2024`, `22/02/2024` (same padding rule as the header). */
export function shortDate(isoDate: string): string {
  const { year, month, day } = requireDate(isoDate);
  return `${padDay(day)}/${padMonth(month)}/${year}`;
}
