// YAML text → a parsed document that remembers where every value came from.
// YAML 1.2 only: `date: 2024-03-04` stays text, `no` stays text; duplicate keys are errors.

import { parseDocument, isMap, isSeq, isScalar, isPair, visit, type Document, type Node } from 'yaml';
import { LineIndex, type Position } from './position.js';
import type { SourceProblem } from './problems.js';

/** More aliases than any real document needs; beyond it the file is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedSource {
  text: string;
  lines: LineIndex;
  yaml: Document.Parsed;
  /** The plain value, every string in NFC; undefined when the YAML could not be read. */
  value: unknown;
  problems: SourceProblem[];
  /** The whole source is NFC: no string in it needs normalising or a warning. */
  nfc: boolean;
}

export function parseSource(text: string): ParsedSource {
  const lines = new LineIndex(text);
  // Nearly every file is NFC already; one native check spares a copy of every string.
  const nfc = text.normalize('NFC') === text;
  const yaml = parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  // After the first syntax error the parser's further complaints are mostly echoes of it; duplicate keys are not.
  const firstSyntax = yaml.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  const problems: SourceProblem[] = yaml.errors
    .filter((error) => error === firstSyntax || error.code === 'DUPLICATE_KEY')
    .map((error) => {
      const start = lines.at(error.pos[0]);
      return { code: `yaml-${error.code}`, line: start.line, column: start.column, args: { detail: firstLine(error.message) } };
    });
  let value: unknown;
  if (problems.length === 0) {
    try {
      const plain = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      value = nfc ? plain : normalizeStrings(plain);
    } catch (error) {
      const at = firstAlias(yaml, lines) ?? { line: 1, column: 1 };
      const bomb = /excessive alias/i.test((error as Error).message);
      problems.push({ code: bomb ? 'yaml-alias-bomb' : 'yaml-BAD_ALIAS', ...at, args: { detail: (error as Error).message } });
    }
  }
  return { text, lines, yaml, value, problems, nfc };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Strings compared against schemas and ids must be NFC; the text check warns about the source separately. */
function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key.normalize('NFC')] = normalizeStrings(item);
    return out;
  }
  return value;
}

function firstAlias(yaml: Document.Parsed, lines: LineIndex): Position | undefined {
  let offset: number | undefined;
  visit(yaml, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? undefined : lines.at(offset);
}

export type PathSegment = string | number;

/**
 * Where the value at `path` starts; with `key: true`, where its key starts (for an unknown property).
 * Falls back to the nearest existing ancestor so a finding always has a place.
 */
export function locate(parsed: ParsedSource, path: readonly PathSegment[], options: { key?: boolean } = {}): Position {
  let node: unknown = parsed.yaml.contents;
  let best: number = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && sameKey(item.key.value, segment, parsed.nfc));
      if (!pair) break;
      if (last && options.key) {
        best = rangeStart(pair.key) ?? best;
        break;
      }
      node = pair.value;
      best = rangeStart(node) ?? rangeStart(pair.key) ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) break;
      best = rangeStart(node) ?? best;
    } else {
      break;
    }
  }
  return parsed.lines.at(best);
}

function sameKey(key: unknown, segment: string | number, nfc: boolean): boolean {
  return key === segment || (!nfc && String(key).normalize('NFC') === segment);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? range[0] : undefined;
}

/** Visits every string scalar with its path and start offset (for text checks that need a place). */
export function forEachString(parsed: ParsedSource, visit: (text: string, path: PathSegment[], offset: number) => void): void {
  const walk = (node: unknown, path: PathSegment[]): void => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) visit(node.value, path, node.range[0]);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (isScalar(pair.key) && typeof pair.key.value === 'string' && pair.key.range) visit(pair.key.value, [...path, key], pair.key.range[0]);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    }
  };
  walk(parsed.yaml.contents, []);
}
