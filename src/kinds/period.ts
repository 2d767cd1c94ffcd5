// Periods as unions count them: a year, a half-year, a quarter, a month, a school year, a day or any range.
// One reading of the written form for every command: `new report` picks the plan tasks due in the report's
// period, `summary` and `score` take the reports whose period overlaps the year, by dates, not quarter numbers.

export interface Period {
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
  /** The quarter when the period is exactly one. */
  quarter?: { year: number; quarter: number };
}

const PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}(?:-\d{2})?|\d{4}))?(?:\.\.(\d{4}-\d{2}-\d{2}))?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(days)}`;
}

function months(year: number, from: number, to: number): Period {
  return { start: `${year}-${pad(from)}-01`, end: lastDay(year, to) };
}

/**
 * The written form of a period as the YAML holds it: a bare year (`period: 2022`, unquoted) reads as a number,
 * and means that year as surely as the text "2022" does.
 */
export function periodText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  return undefined;
}

/** The period a written form names, or undefined when it names none (a schema error reports the form). */
export function parsePeriod(text: string): Period | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const part = match[2];
  let period: Period;
  if (part === undefined) period = months(year, 1, 12);
  else if (part === 'H1' || part === 'H2') period = part === 'H1' ? months(year, 1, 6) : months(year, 7, 12);
  else if (part.startsWith('Q')) {
    const quarter = Number(part.slice(1));
    period = { ...months(year, quarter * 3 - 2, quarter * 3), quarter: { year, quarter } };
  } else if (part.length === 4) {
    // A school year runs from September to the end of the next May.
    if (Number(part) !== year + 1) return undefined;
    period = { start: `${year}-09-01`, end: lastDay(year + 1, 5) };
  } else if (part.length === 2) {
    const month = Number(part);
    if (month < 1 || month > 12) return undefined;
    period = months(year, month, month);
  } else {
    const day = `${year}-${part}`;
    if (!isRealDate(day)) return undefined;
    period = { start: day, end: day };
  }
  if (match[3]) {
    if (!isRealDate(match[3]) || match[3] < period.start) return undefined;
    return { start: period.start, end: match[3] };
  }
  return period;
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function quarterPeriod(year: number, quarter: number): Period {
  return parsePeriod(`${year}-Q${quarter}`)!;
}

export function yearPeriod(year: number): Period {
  return parsePeriod(String(year))!;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** A document's period: its `period`, else its quarter of its year, else its year. */
export function documentPeriod(doc: { year?: unknown; quarter?: unknown; period?: unknown }): Period | undefined {
  const written = periodText(doc.period);
  if (written !== undefined) return parsePeriod(written);
  if (typeof doc.year !== 'number') return undefined;
  if (typeof doc.quarter === 'number' && doc.quarter >= 1 && doc.quarter <= 4) return quarterPeriod(doc.year, doc.quarter);
  return yearPeriod(doc.year);
}

/**
 * When a plan task is due: its `due` period, else its quarter of the plan's year; a task with neither is
 * work of the plan's whole period.
 */
export function taskDuePeriod(task: { due?: unknown; quarter?: unknown }, plan: Period): Period | undefined {
  const due = periodText(task.due);
  if (due !== undefined) return parsePeriod(due);
  if (typeof task.quarter === 'number') return quarterPeriod(Number(plan.start.slice(0, 4)), task.quarter);
  return plan;
}

/** The quarter a report speaks for: its own, or the one its period ends in (for ordering reports in a year). */
export function reportQuarter(doc: { year?: unknown; quarter?: unknown; period?: unknown }): number {
  if (typeof doc.quarter === 'number') return doc.quarter;
  const period = documentPeriod(doc);
  return period ? Math.ceil(Number(period.end.slice(5, 7)) / 3) : 4;
}

/** Does a document of this period (or, without one, of this year) concern the calendar year? */
export function concernsYear(period: Period | undefined, docYear: number, year: number): boolean {
  return period ? overlaps(period, yearPeriod(year)) : docYear === year;
}
