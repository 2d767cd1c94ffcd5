// Where a number's codes come from. Each question is asked of one function, so that the table of document types
// and the registry's history of unit codes can answer it without the rules changing.

import { documentDate } from '../domain/period.js';
import { registryOf } from '../domain/registry.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { findKind } from '../kinds/registry.js';
import { documentType } from '../kinds/document-types.js';
import { symbolOf } from './number.js';

/**
 * The type code a document is numbered with (`KH`), or undefined when its type has none (a công văn): a general
 * document's own type from the table of document types, else its kind's.
 */
export function typeCodeOf(facts: { kind: string; typeCode?: string; type?: string }): string | undefined {
  if (facts.type !== undefined) return facts.typeCode;
  return findKind(facts.kind)?.typeCode;
}

/** `typeCodeOf` read from a document's own fields (`kind`, and `type` for a general document). */
export function typeCodeOfDocument(doc: Record<string, unknown>): string | undefined {
  const type = typeof doc.type === 'string' ? doc.type : undefined;
  return typeCodeOf({ kind: String(doc.kind ?? ''), type, typeCode: type === undefined ? undefined : documentType(type)?.code });
}

/**
 * How the number of a document that must be numbered and carries none yet begins, for a hint: “12/KH-…”, or “12/…”
 * for a công văn, whose number has no type code; undefined when it has its number or need not have one (a compact,
 * a score sheet, a quy chế adopted by a decision: document-types.ts).
 */
export function awaitedNumber(doc: Record<string, unknown>): string | undefined {
  if (hasNumber(doc)) return undefined;
  const type = typeof doc.type === 'string' ? documentType(doc.type) : undefined;
  if (type?.numberOptional) return undefined;
  const code = typeCodeOfDocument(doc);
  if (code) return `12/${code}-…`;
  return type ? '12/…' : undefined;
}

function hasNumber(doc: Record<string, unknown>): boolean {
  return typeof doc.number === 'string' && doc.number.trim() !== '';
}

/** The ordinal's room on a number line left blank: wide enough to write a number by hand. */
const BLANK_ORDINAL = '\u00a0'.repeat(8);

/**
 * The number line of a document that awaits its number (awaitedNumber), its ordinal left blank as drafts circulate
 * and as the văn thư fills it in by hand on issuing: “Số:        /KH-CĐBNV”, a công văn's “Số:        /CĐBNV”; the
 * symbol the author wrote (`symbol`, as the original has it) wins. Undefined when the document has its number, or
 * needs none and names no symbol, or its issuer has no code on the document's date.
 */
export function blankNumberLine(doc: Record<string, unknown>, config: RepositoryConfig): string | undefined {
  if (hasNumber(doc)) return undefined;
  if (typeof doc.symbol === 'string' && doc.symbol !== '') return numberLineLeftBlank(doc.symbol.normalize('NFC'));
  if (!awaitedNumber(doc) || typeof doc.issuer !== 'string') return undefined;
  const date = typeof doc.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? doc.date : undefined;
  const [code] = issuerCodesOf(config, doc.issuer, date, Number(doc.year));
  return code === undefined ? undefined : numberLineLeftBlank(symbolOf(typeCodeOfDocument(doc), code));
}

/** “Số:        /KH-CĐBNV”: the number line before `symbol`, its ordinal left for the văn thư to write. */
export function numberLineLeftBlank(symbol: string): string {
  return `Số:${BLANK_ORDINAL}/${symbol}`;
}

/**
 * The issuer codes a number may carry for this issuer on this date: a unit's code; for a bloc, the bloc's own
 * code when it has one, and the code of that year's Khối trưởng, whose office numbers the bloc's papers.
 */
export function issuerCodesOf(config: RepositoryConfig, issuer: string, date: string | undefined, year: number): string[] {
  // As the registry stood on the document's date (src/domain): a code changed later leaves older numbers right.
  const registry = registryOf(config);
  const on = date ?? documentDate({ year });
  const unitCode = (id: string | undefined) => (id === undefined ? undefined : registry.unitAt(id, on)?.code);
  const own = unitCode(issuer);
  if (own) return [own.normalize('NFC')];
  const bloc = registry.bloc(issuer);
  if (!bloc) return [];
  const onDate = Number(date?.slice(0, 4)) || year;
  const leader = registry.blocYear(bloc, onDate)?.leader ?? registry.blocYear(bloc, year)?.leader;
  return [bloc.code, unitCode(leader)].filter((code): code is string => Boolean(code)).map((code) => code.normalize('NFC'));
}

/** Numbers restart on 1 January: a document is numbered in the year of its date (its own year without one). */
export function numberingYear(date: string | undefined, year: number): number {
  const fromDate = /^(\d{4})-\d{2}-\d{2}$/.exec(date ?? '')?.[1];
  return fromDate ? Number(fromDate) : year;
}
