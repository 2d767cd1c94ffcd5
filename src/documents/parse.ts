// YAML text → a parsed document that remembers where every value came from.
// YAML 1.2 only: `date: 2024-03-04` stays text, `no` stays text; duplicate keys are errors.
// The block YAML documents are written in is read by fast-yaml.ts; everything else, and every error, by `yaml`.

import { parseDocument, visit, type Document } from 'yaml';
import { readFastYaml } from './fast-yaml.js';
import { MAX_NESTING, tooDeepAt } from './nesting.js';
import { isNfc } from './nfc-safe.js';
import { LineIndex, type Position } from './position.js';
import type { SourceProblem } from './problems.js';
import { treeOfYaml, type SourceNode } from './source-tree.js';

/** More aliases than any real document needs; beyond it the file is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedSource {
  text: string;
  readonly lines: LineIndex;
  /** The `yaml` package's document, for edits that keep comments; built on first use when the fast reader read the file. */
  readonly yaml: Document.Parsed;
  /** Where every key and value starts (what locate and forEachString read); undefined for an empty document. */
  readonly tree: SourceNode | undefined;
  /** The plain value, every string in NFC; undefined when the YAML could not be read. */
  value: unknown;
  problems: SourceProblem[];
  /** The whole source is NFC and has no escape: no string in it needs normalising or a warning. */
  nfc: boolean;
}

/** The one way giaouoc reads YAML with the `yaml` package. */
function parseWithYaml(text: string): Document.Parsed {
  return parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
}

export function parseSource(text: string): ParsedSource {
  // Nearly every file is NFC already; one check spares a copy of every string, and a scan of its characters
  // usually spares the check's own copy of the text. A backslash may start a double-quoted escape ("e\u0301"),
  // whose string is decomposed in an NFC text: such a file has its strings normalised like any other.
  const nfc = isNfc(text) && !text.includes('\\');
  const fast = readFastYaml(text, MAX_ALIAS_COUNT);
  const deep = fast ? undefined : tooDeepAt(text);
  if (deep !== undefined) {
    const value = undefined;
    const lines = new LineIndex(text);
    let yaml: Document.Parsed | undefined;
    const problems: SourceProblem[] = [{ code: 'yaml-too-deep', ...lines.at(deep), args: { limit: MAX_NESTING } }];
    return {
      text, lines, value, problems, nfc, tree: undefined,
      // Edits need a document; an empty one never recurses into the text.
      get yaml() {
        return (yaml ??= parseWithYaml(''));
      },
    };
  }
  if (fast) {
    let yaml: Document.Parsed | undefined;
    let lines: LineIndex | undefined;
    const value = nfc ? fast.value : normalizeStrings(fast.value);
    return {
      text, value, problems: [], nfc, tree: fast.tree,
      // Positions are asked for only to report something: most files read by the fast reader never need them.
      get lines() {
        return (lines ??= new LineIndex(text));
      },
      get yaml() {
        return (yaml ??= parseWithYaml(text));
      },
    };
  }
  const lines = new LineIndex(text);
  const yaml = parseWithYaml(text);
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
  let tree: SourceNode | undefined | null = null;
  return {
    text, lines, yaml, value, problems, nfc,
    get tree() {
      if (tree === null) tree = treeOfYaml(yaml.contents);
      return tree;
    },
  };
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
    for (const [key, item] of Object.entries(value)) {
      // Defined, not assigned: a key named __proto__ stays a key, as the `yaml` package's toJS keeps it.
      Object.defineProperty(out, key.normalize('NFC'), { value: normalizeStrings(item), writable: true, enumerable: true, configurable: true });
    }
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
  let node: SourceNode | undefined = parsed.tree;
  let best: number = node?.start ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (node?.kind === 'map') {
      const index = node.keys.findIndex((key) => key !== undefined && sameKey(key.value, segment, parsed.nfc));
      if (index === -1) break;
      const key = node.keys[index];
      if (last && options.key) {
        best = key?.start ?? best;
        break;
      }
      node = node.values[index];
      best = node?.start ?? key?.start ?? best;
    } else if (node?.kind === 'seq' && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) break;
      best = node.start ?? best;
    } else {
      break;
    }
  }
  return parsed.lines.at(best);
}

function sameKey(key: unknown, segment: string | number, nfc: boolean): boolean {
  return key === segment || (!nfc && String(key).normalize('NFC') === segment);
}

/** Visits every string scalar with its path and start offset (for text checks that need a place). */
export function forEachString(parsed: ParsedSource, visit: (text: string, path: PathSegment[], offset: number) => void): void {
  const walk = (node: SourceNode | undefined, path: PathSegment[]): void => {
    if (node?.kind === 'scalar') {
      if (typeof node.value === 'string' && node.start !== undefined) visit(node.value, path, node.start);
    } else if (node?.kind === 'map') {
      node.keys.forEach((key, index) => {
        const name = key ? String(key.value) : '';
        if (key && typeof key.value === 'string' && key.start !== undefined) visit(key.value, [...path, name], key.start);
        walk(node.values[index], [...path, name]);
      });
    } else if (node?.kind === 'seq') {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    }
  };
  walk(parsed.tree, []);
}
