// Handlebars helpers: the Vietnamese wording functions, so a repository's own templates can word things
// the way the built-in view model does. Every helper returns plain text; Handlebars escapes it.
import type { HelperDelegate } from 'handlebars';
import { HelperFailure, TemplateError } from './template-error.js';
import * as vi from './vietnamese/index.js';

type HandlebarsLike = { registerHelper(name: string, fn: HelperDelegate): void; helpers: Record<string, HelperDelegate> };

/** Drops the trailing Handlebars options object, which every helper receives as its last argument. */
function args(values: unknown[]): unknown[] {
  return values.slice(0, -1);
}

const num = (value: unknown): number => Number(value);
const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const optionalNum = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

const HELPERS: Record<string, (...values: unknown[]) => unknown> = {
  dateLine: (place, iso) => vi.dateLine(str(place), str(iso)),
  shortDate: (iso) => vi.shortDate(str(iso)),
  toRoman: (n) => vi.toRoman(num(n)),
  quarterTitle: (q, year) => vi.quarterTitle(num(q), num(year)),
  quarterText: (q, year) => vi.quarterText(num(q), num(year)),
  quarterRoman: (q) => vi.quarterRoman(num(q)),
  ordinal: (n) => vi.ordinal(num(n)),
  ordinalLower: (n) => vi.ordinalLower(num(n)),
  groupNumber: (n, decimals) => vi.groupNumber(num(n), optionalNum(decimals)),
  numberToWords: (n) => vi.numberToWords(num(n)),
  moneyInWords: (n) => vi.moneyInWords(num(n)),
  upperVi: (s) => vi.upperVi(str(s)),
  capitalizeFirst: (s) => vi.capitalizeFirst(str(s)),
  givenName: (s) => vi.givenName(str(s)),
  endSentence: (s, last) => vi.endSentence(str(s), Boolean(last)),
  stripQuotes: (s) => vi.stripQuotes(str(s)),
  /** 1-based numbering from an @index. */
  inc: (n) => num(n) + 1,
  eq: (a, b) => a === b,
  join: (list, separator) => (Array.isArray(list) ? list.map(str).join(str(separator)) : ''),
};

export function registerHelpers(hb: HandlebarsLike): void {
  // Handlebars' own helpers (each, if, helperMissing …) are guarded too, so their errors get a line.
  for (const [name, fn] of Object.entries(hb.helpers)) hb.registerHelper(name, guardHelper(name, fn));
  for (const [name, fn] of Object.entries(HELPERS)) {
    hb.registerHelper(name, guardHelper(name, (...values: unknown[]) => fn(...args(values))));
  }
}

/** Rethrows a helper's error with the position of the helper call; the innermost failure wins. */
export function guardHelper(name: string, fn: (...values: any[]) => unknown): HelperDelegate {
  return function (this: unknown, ...values: unknown[]) {
    try {
      return fn.apply(this, values);
    } catch (error) {
      if (error instanceof HelperFailure || error instanceof TemplateError) throw error;
      const options = values[values.length - 1] as { loc?: { start?: { line: number; column: number } } } | undefined;
      const start = options?.loc?.start;
      throw new HelperFailure(name, start ? { line: start.line, column: start.column + 1 } : {}, error);
    }
  };
}

export const helperNames: readonly string[] = Object.keys(HELPERS);
