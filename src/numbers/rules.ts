// The number rules of validate, across the repository: each number's form, its type code and issuer code, that no
// two documents of one issuer share a number in one year, and that no number is skipped unless accounted for
// (accounted.ts). They read facts only: a light document (known by its header) still holds its number against the
// others. Numbers given by `cap-so` need git; validate asks for them only when a gap is left (run.ts).

import type { Ref } from '../kinds/facts.js';
import type { RepositoryConfig } from '../kinds/model.js';
import type { KnownDocument } from '../validate/cross-rules.js';
import type { Issue, IssueArgs } from '../validate/issue.js';
import { MESSAGES } from '../validate/messages/catalog.js';
import { findKind } from '../kinds/registry.js';
import { issuerCodesOf, numberingYear, typeCodeOf } from './codes.js';
import { pad, parseNumber, symbolOf } from './number.js';
import { inSpans, outsideSpans, seriesKey, spansWithout, type Span } from './accounted.js';

export { seriesKey };

/** A document's number once read against its issuer: who numbers it, in which year, with which ordinal. */
export interface NumberedDocument {
  doc: KnownDocument;
  ref: Ref;
  /** The issuer code under which the number counts (`CĐBNV`); numbers are unique per code and year. */
  code: string;
  year: number;
  ordinal: number;
  date: string;
}

/** What one document's number says, with the findings about it; `numbered` is absent when it cannot count. */
export function readNumber(doc: KnownDocument, config: RepositoryConfig): { numbered?: NumberedDocument; findings: [string, IssueArgs][] } {
  const { facts } = doc;
  const ref = facts.number;
  if (!ref) return { findings: [] };
  const findings: [string, IssueArgs][] = [];
  let parsed = parseNumber(ref.id);
  if (!parsed.ok) {
    findings.push([parsed.problem, { value: ref.id, fix: parsed.suggestion ?? '' }]);
    // A number only mistyped (spaces, zeros) still holds its place in the series, so it leaves no gap.
    parsed = parseNumber(parsed.suggestion ?? '');
    if (!parsed.ok) return { findings };
  }
  const { ordinal, symbol } = parsed.number;
  const date = facts.date?.id;
  const typeCode = typeCodeOf(facts);
  const codes = issuerCodesOf(config, facts.issuer.id, date, facts.year);
  const parts = symbol.split('-');
  const fix = (code: string | undefined) => `${pad(ordinal)}/${symbolOf(typeCode ?? (parts.length > 1 ? parts.slice(0, -1).join('-') : undefined), code ?? parts[parts.length - 1])}`;

  let issuerPart: string;
  if (typeCode) {
    if (parts.length < 2 || parts[0] !== typeCode) {
      const label = findKind(facts.kind)?.label;
      findings.push(['number-type-code', { value: ref.id, expected: typeCode, found: parts.length < 2 ? '' : parts[0], kindVi: label?.vi ?? facts.kind, kindEn: label?.en ?? facts.kind, fix: fix(codes[0]) }]);
    }
    issuerPart = parts.length < 2 ? symbol : parts.slice(1).join('-');
  } else {
    issuerPart = codes.find((code) => symbol === code || symbol.endsWith(`-${code}`) || symbol.startsWith(`${code}-`)) ?? parts[parts.length - 1];
  }
  const code = codes.find((candidate) => issuerPart === candidate || issuerPart.startsWith(`${candidate}-`));
  if (codes.length === 0) findings.push(['number-issuer-no-code', { value: ref.id, issuer: facts.issuer.id }]);
  else if (!code) findings.push(['number-issuer-code', { value: ref.id, found: issuerPart, expected: codes.join(', '), issuer: facts.issuer.id, fix: fix(codes[0]) }]);
  if (codes.length === 0) return { findings };
  // A number with another issuer's code was still meant for this issuer's series.
  const year = numberingYear(date, facts.year);
  return { numbered: { doc, ref, code: code ?? codes[0], year, ordinal, date: date ?? '' }, findings };
}

export function numberIssues(config: RepositoryConfig, documents: readonly KnownDocument[]): Issue[] {
  const issues: Issue[] = [];
  const report = (doc: KnownDocument, ref: Ref, code: string, args: IssueArgs) => {
    if (!doc.light) issues.push({ file: doc.file, line: ref.line, column: ref.column, path: ref.path, severity: MESSAGES[code].severity, code, args });
  };
  const series = new Map<string, NumberedDocument[]>();
  for (const doc of documents) {
    const { numbered, findings } = readNumber(doc, config);
    const { number, symbol } = doc.facts;
    if (number && symbol) report(doc, symbol, 'number-symbol-unused', { value: number.id, symbol: symbol.id });
    for (const [code, args] of findings) report(doc, doc.facts.number!, code, args);
    if (!numbered) continue;
    const key = seriesKey(numbered.code, numbered.year);
    const list = series.get(key);
    if (list) list.push(numbered);
    else series.set(key, [numbered]);
  }
  const outside = outsideSpans(config);
  for (const [key, list] of series) {
    list.sort(issueOrder);
    const declared = outside.get(key);
    let expected = 1;
    let previous: NumberedDocument | undefined;
    for (const entry of list) {
      if (previous && entry.ordinal === previous.ordinal) {
        report(entry.doc, entry.ref, 'number-repeat', { value: entry.ref.id, year: entry.year, code: entry.code, other: previous.doc.relative });
        continue;
      }
      if (inSpans(entry.ordinal, declared)) report(entry.doc, entry.ref, 'number-declared-outside', { value: entry.ref.id, year: entry.year, code: entry.code });
      const missing = entry.ordinal > expected ? spansWithout([[expected, entry.ordinal - 1]], declared) : [];
      if (missing.length > 0) report(entry.doc, entry.ref, 'number-gap', gapArgs(entry, missing));
      expected = entry.ordinal + 1;
      previous = entry;
    }
  }
  return issues;
}

/** A gap's findings carry its spans (`3-3,7-8`) so that numbers found given in history can be taken out. */
export function gapArgs(entry: { ref: { id: string }; year: number; code: string }, missing: readonly Span[]): IssueArgs {
  return { value: entry.ref.id, year: entry.year, code: entry.code, missing: missing.map(([from, to]) => range(from, to)).join(', '), spans: missing.map(([from, to]) => `${from}-${to}`).join(',') };
}

/** By number, then the earlier date keeps a repeated number (it was issued first), then by path. */
function issueOrder(a: NumberedDocument, b: NumberedDocument): number {
  return a.ordinal - b.ordinal || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.doc.relative < b.doc.relative ? -1 : a.doc.relative > b.doc.relative ? 1 : 0);
}

function range(from: number, to: number): string {
  return from === to ? pad(from) : `${pad(from)}–${pad(to)}`;
}
