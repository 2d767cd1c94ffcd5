// What the cross-document rules need to know about a document, extracted once per file (and cached),
// so that checking references never re-reads or re-parses the other files.

import type { KindName } from './model.js';
import { documentPeriod, periodText, type Period } from './period.js';
import { bodyItems, figureSlots } from './body.js';
import { scoringRules } from './scoring-criteria.js';

export interface Place {
  line: number;
  column: number;
  /** JSON pointer inside the document. */
  path: string;
}

export interface Ref extends Place {
  id: string;
}

export interface DocumentFacts {
  kind: KindName;
  year: number;
  issuer: Ref;
  quarter?: number;
  /** A general document: its type (an id of document-types.ts) and that type's code in numbers, if it has one. */
  type?: string;
  typeCode?: string;
  /** Figures of the body whose `{slot}` has no value, or whose value no slot prints. */
  figureSlots?: (Ref & { problem: 'missing' | 'unused' })[];
  /** What tells two documents of one kind, year and issuer apart, beyond the quarter or period. */
  distinct?: string;
  /** The period the document covers, when it says (plans and reports): first and last day. */
  period?: Period;
  /** Ids the document defines, each with its place (for uniqueness within the document). */
  ids: Ref[];
  date?: Ref;
  /** Số và ký hiệu as written (`07/KH-CĐBNV`); the number rules read it. */
  number?: Ref;
  /** The symbol printed after a blank ordinal while there is no number (`BBTĐ-MNMH`). */
  symbol?: Ref;
  parties: Ref[];
  /** Ids that must be registered units: witness, ids written as lead or co-operating units. */
  units: Ref[];
  signer?: Ref;
  /** Plan: its task ids; compact: its target ids — what other documents may point at. */
  taskIds: string[];
  targetIds: string[];
  /** Report: the explicit plan path, and the plan task ids it reports on. */
  plan?: Ref;
  taskRefs: Ref[];
  /** Plan: the issuer of the compact its tasks serve. */
  compact?: Ref;
  /** Plan tasks' and report figures' compact target ids. */
  targetRefs: Ref[];
  /** A compact that writes `commitments` beside a body: the place of that key (targets are written once, in the body). */
  commitmentsBesideBody?: Place;
  /** A scoring table that writes `groups` beside a body (its criteria are written once, in the body). */
  groupsBesideBody?: Place;
  /** A scoring table with a body that still writes `bonuses`, `penalties` or `tieBreaks` beside it: the first such key. */
  rulesBesideBody?: Ref;
  /**
   * `target` items in the body of a kind that measures nothing by them (a plan, a report, any document but a
   * compact): they print, but only a compact's targets are followed up, so validate warns at each.
   */
  strayTargets?: Ref[];
  /** `bonus`, `penalty` and `tieBreaks` items outside a scoring table: printed, scored nowhere. */
  strayRules?: Ref[];
  /** "Kính gửi" and "Nơi nhận" lines (the id is the text), checked against the lives of the bodies they name. */
  addressees?: Ref[];
}

/** Locates a path of the document being read; supplied by the reader, which knows the YAML source. */
export type Locator = (path: readonly (string | number)[]) => Place;

/** Readers that tolerate a document that failed its schema: facts are still gathered from what is there. */
export type Path = (string | number)[];

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function refAt(at: Locator, path: Path, id: unknown): Ref | undefined {
  return typeof id === 'string' || typeof id === 'number' ? { id: String(id), ...at(path) } : undefined;
}

export function present<T>(items: (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

const ID_LIKE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A lead or co-operating body written as an id must be a registered unit; other text is a free description. */
export function isIdLike(value: string): boolean {
  return ID_LIKE.test(value);
}

/** Facts with nothing found yet: the starting point of every kind's reader. */
export function emptyFacts(kind: DocumentFacts['kind'], year: number, issuer: Ref): DocumentFacts {
  return { kind, year, issuer, ids: [], parties: [], units: [], taskIds: [], targetIds: [], taskRefs: [], targetRefs: [] };
}

/** The fields every kind shares. */
export function baseFacts(kind: DocumentFacts['kind'], doc: Record<string, unknown>, at: Locator): DocumentFacts {
  const figureSlots = figureSlotProblems(doc.body, at);
  return {
    ...(figureSlots.length ? { figureSlots } : {}),
    ...emptyFacts(kind, typeof doc.year === 'number' ? doc.year : NaN, refAt(at, ['issuer'], doc.issuer) ?? { id: '', ...at([]) }),
    date: refAt(at, ['date'], doc.date),
    number: refAt(at, ['number'], doc.number),
    symbol: refAt(at, ['symbol'], doc.symbol),
    period: periodText(doc.period) !== undefined ? documentPeriod(doc) : undefined,
    signer: refAt(at, ['signer'], doc.signer),
    strayRules: strayRules(doc.body, at),
    addressees: present([...list(doc.to).map((line, i) => refAt(at, ['to', i], line)), ...list(doc.recipients).map((line, i) => refAt(at, ['recipients', i], line))]),
  };
}

/** A figure's sentence and its values must match slot for slot: a missing one would print "{slot}" as is. */
function figureSlotProblems(body: unknown, at: Locator): (Ref & { problem: 'missing' | 'unused' })[] {
  const problems: (Ref & { problem: 'missing' | 'unused' })[] = [];
  for (const { node, path } of bodyItems(body).figures) {
    const slots = figureSlots(node.figure);
    const values = Object.keys(record(node.values));
    for (const slot of slots) if (!values.includes(slot)) problems.push({ id: slot, problem: 'missing', ...at([...path, 'figure']) });
    for (const slot of values) if (!slots.includes(slot)) problems.push({ id: slot, problem: 'unused', ...at([...path, 'values', slot]) });
  }
  return problems;
}

/** The `target` items of a body, for a kind whose targets count for nothing (see DocumentFacts.strayTargets). */
export function strayTargets(body: unknown, at: Locator): Ref[] {
  return present(bodyItems(body).targets.map(({ node, path }) => refAt(at, [...path, 'target'], node.target)));
}

/** The scoring rules of a body; a scoring table reads them as its own (src/kinds/scoring-table.ts clears these). */
function strayRules(body: unknown, at: Locator): Ref[] {
  const rules = scoringRules({ body });
  const places = [...rules.bonuses, ...rules.penalties].map(({ rule, path }) => refAt(at, path, rule.id));
  const orders = rules.tieBreaks.filter(({ path }) => path[path.length - 1] === 0).map(({ path }) => refAt(at, path.slice(0, -1), 'tieBreaks'));
  return present([...places, ...orders]);
}
