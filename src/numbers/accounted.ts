// Numbers a gap may skip because they were given all the same: declared in giaouoc.yaml as used outside the
// repository (classified papers, paper-only documents), or handed out by `cap-so` — a Giaouoc-Number trailer in
// history — to a document since deleted, withdrawn or renumbered. Any other skipped number is a gap.

import type { RepositoryConfig } from '../kinds/model.js';
import type { GitClient } from '../repo/git.js';
import { issuerCodesOf } from './codes.js';
import { parseNumber } from './number.js';
import { NUMBER_TRAILER } from './trailer.js';

/** The series of one issuer code in one year. */
export function seriesKey(code: string, year: number): string {
  return `${code}|${year}`;
}

/** A range of ordinals, both ends included. */
export type Span = readonly [from: number, to: number];

/** A declared range no longer than this is read; a longer one is a finding (config-rules.ts) and counts for nothing. */
export const MAX_OUTSIDE_SPAN = 10_000;

/** `"5-7"` → [5, 7]; `5` → [5, 5]; anything else, or a range too long to be a year's numbers, → undefined. */
export function outsideSpan(value: unknown): Span | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 1 ? [value, value] : undefined;
  const match = typeof value === 'string' ? /^(\d+)-(\d+)$/.exec(value) : null;
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from >= 1 && from <= to && to - from < MAX_OUTSIDE_SPAN ? [from, to] : undefined;
}

/** The spans giaouoc.yaml declares used outside the repository, by series (issuer code and year). */
export function outsideSpans(config: RepositoryConfig): Map<string, Span[]> {
  const bySeries = new Map<string, Span[]>();
  for (const entry of config.outsideNumbers ?? []) {
    const spans = entry.numbers.map(outsideSpan).filter((span): span is Span => span !== undefined);
    for (const code of issuerCodesOf(config, entry.issuer, undefined, entry.year)) {
      const key = seriesKey(code, entry.year);
      bySeries.set(key, [...(bySeries.get(key) ?? []), ...spans]);
    }
  }
  return bySeries;
}

export function inSpans(ordinal: number, spans: readonly Span[] | undefined): boolean {
  return (spans ?? []).some(([from, to]) => ordinal >= from && ordinal <= to);
}

/** `spans` without the ordinals of `taken`, as spans; a long gap is never walked number by number. */
export function spansWithout(spans: readonly Span[], taken: readonly Span[] | undefined): Span[] {
  let rest: Span[] = [...spans];
  for (const [cutFrom, cutTo] of taken ?? []) {
    rest = rest.flatMap(([from, to]): Span[] => {
      if (cutTo < from || cutFrom > to) return [[from, to]];
      const kept: Span[] = [];
      if (cutFrom > from) kept.push([from, cutFrom - 1]);
      if (cutTo < to) kept.push([cutTo + 1, to]);
      return kept;
    });
  }
  return rest;
}

/** Every number `cap-so` ever gave on this branch, from ONE `git log` reading the trailers. */
export async function givenNumbers(git: GitClient): Promise<{ number: string; year: number }[]> {
  const format = `%(trailers:key=${NUMBER_TRAILER.number},valueonly,separator=%x1f)%x1e%(trailers:key=${NUMBER_TRAILER.year},valueonly,separator=%x1f)%x1d`;
  const result = await git.probe(['log', `--format=${format}`, 'HEAD']);
  // Not a git repository, or no commit yet: nothing was given.
  if (result.code !== 0) return [];
  return result.stdout
    .split('\x1d')
    .map((record) => record.trim().split('\x1e'))
    .filter((fields) => fields.length === 2 && fields[0].trim())
    .map(([number, year]) => ({ number: number.trim(), year: Number(year.trim()) }));
}

/** `KH-CĐBNV`, `CĐBNV` and `CĐBNV-VP` all carry the issuer code `CĐBNV`. */
export function carriesCode(symbol: string, code: string): boolean {
  return `-${symbol}-`.includes(`-${code}-`);
}

/** The ordinals given by `cap-so` in one series, each as a span of one. */
export function givenSpans(given: readonly { number: string; year: number }[], code: string, year: number): Span[] {
  const spans: Span[] = [];
  for (const entry of given) {
    const parsed = parseNumber(entry.number);
    if (parsed.ok && entry.year === year && carriesCode(parsed.number.symbol, code)) spans.push([parsed.number.ordinal, parsed.number.ordinal]);
  }
  return spans;
}
