// Default years, quarters and dates for a new document, all relative to a given "today" so they can be tested.

import type { KindName } from '../kinds/model.js';
import { kindNamed } from '../kinds/registry.js';

export interface YearQuarter {
  year: number;
  quarter: number;
}

/**
 * A kind adopted ahead (a compact and its scoring table from October, a plan from December) is drafted for the
 * coming year from that month on; one dated at the year's end (a score sheet) is, in the first quarter, still the
 * year just ended; a quarterly one is for the quarter that ended last; everything else is for the current year. The
 * kind's entry says which.
 */
export function defaultYear(kind: KindName, today: Date): number {
  const year = today.getFullYear();
  const spec = kindNamed(kind);
  if (spec?.draftedAheadFrom !== undefined && today.getMonth() + 1 >= spec.draftedAheadFrom) return year + 1;
  if (spec?.datedAtYearEnd && today.getMonth() <= 2) return year - 1;
  if (spec?.quarterly) return lastEndedQuarter(today).year;
  return year;
}

/** The quarter that ended most recently: in February 2025 that is the fourth quarter of 2024. */
export function lastEndedQuarter(today: Date): YearQuarter {
  const current = Math.floor(today.getMonth() / 3) + 1;
  return current === 1 ? { year: today.getFullYear() - 1, quarter: 4 } : { year: today.getFullYear(), quarter: current - 1 };
}

/** The last ended quarter when it falls in `year`; a past year defaults to its fourth quarter, a future one to its first. */
export function defaultQuarter(year: number, today: Date): number {
  const last = lastEndedQuarter(today);
  if (last.year === year) return last.quarter;
  return year < last.year ? 4 : 1;
}

export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today when it lies in `year`, otherwise an early working day of that year; the comment beside it says to correct it. */
export function defaultDocumentDate(year: number, today: Date): string {
  return today.getFullYear() === year ? isoDate(today) : `${year}-01-02`;
}

/** A year-end document: today when it lies in `year`, otherwise mid-December of that year, when sheets are due. */
export function defaultYearEndDate(year: number, today: Date): string {
  return today.getFullYear() === year ? isoDate(today) : `${year}-12-15`;
}

/**
 * Reports are written in the last month of the quarter or just after it: today when it falls in that window,
 * otherwise the last day of the quarter.
 */
export function defaultReportDate(year: number, quarter: number, today: Date): string {
  const windowStart = new Date(year, quarter * 3 - 1, 1);
  const quarterEnd = new Date(year, quarter * 3, 0);
  const windowEnd = new Date(year, quarter * 3 + 1, 0);
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  return day >= windowStart && day <= windowEnd ? isoDate(day) : isoDate(quarterEnd);
}

/** The same day and month in another year; 29 February becomes the 28th when the new year has none. */
export function moveDateToYear(date: string, year: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return `${year}-01-02`;
  const month = Number(match[2]);
  const lastDay = new Date(year, month, 0).getDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${year}-${match[2]}-${String(day).padStart(2, '0')}`;
}
