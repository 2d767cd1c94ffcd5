// Time in the registry: every period is half-open, [from, until), written as ISO dates (YYYY-MM-DD), which
// compare as text. A missing end means "always" in that direction, so a registry that says nothing about time
// describes every date alike.

import type { IsoDate } from '../kinds/model.js';

export interface Period {
  from?: IsoDate;
  until?: IsoDate;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE.test(value);
}

export function within(date: IsoDate, period: Period): boolean {
  return (period.from === undefined || period.from <= date) && (period.until === undefined || date < period.until);
}

export function overlaps(a: Period, b: Period): boolean {
  return (a.until === undefined || b.from === undefined || b.from < a.until) && (b.until === undefined || a.from === undefined || a.from < b.until);
}

/** Whether any day of `year` falls in the period. */
export function touchesYear(year: number, period: Period): boolean {
  return overlaps(period, { from: `${year}-01-01`, until: `${year + 1}-01-01` });
}

/**
 * The date a document speaks for: its issue date, or, when it has none that reads, the last day of its year
 * (the registry's state at the year's end is what a yearly document without a date was written under).
 */
export function documentDate(doc: { date?: unknown; year?: unknown }): IsoDate | undefined {
  if (isIsoDate(doc.date)) return doc.date;
  if (typeof doc.year === 'number' && Number.isInteger(doc.year)) return `${String(doc.year).padStart(4, '0')}-12-31`;
  return undefined;
}
