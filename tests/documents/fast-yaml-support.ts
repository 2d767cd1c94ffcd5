// Differential checks of the fast reader against the `yaml` package: the same value (numbers by Object.is, key
// order, own keys such as __proto__), and the same positions from locate and forEachString.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { readFastYaml } from '../../src/documents/fast-yaml.js';
import { forEachString, locate, parseSource, type ParsedSource, type PathSegment } from '../../src/documents/parse.js';
import { LineIndex } from '../../src/documents/position.js';
import { treeOfYaml } from '../../src/documents/source-tree.js';

export function yamlFilesUnder(root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(root, name);
    if (statSync(path).isDirectory()) out.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out.sort();
}

/** The value as the `yaml` package reads it, or undefined when it reports an error. */
export function yamlValue(text: string): { ok: true; value: unknown } | { ok: false } {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length > 0) return { ok: false };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { ok: false };
  }
}

/** Deep equality that tells -0 from 0, NaN from everything but NaN, own keys in order, and plain objects' prototypes. */
export function differences(a: unknown, b: unknown, at = '$'): string[] {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b) ? [] : [`${at}: ${String(a)} ≠ ${String(b)}`];
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b ? [] : [`${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
  if (Array.isArray(a) !== Array.isArray(b)) return [`${at}: array and not array`];
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return [`${at}: prototypes differ`];
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (JSON.stringify(keysA.map(String)) !== JSON.stringify(keysB.map(String))) return [`${at}: keys ${keysA.map(String)} ≠ ${keysB.map(String)}`];
  return keysA.flatMap((key) => differences((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key], `${at}.${String(key)}`));
}

/** The same text read by the `yaml` package alone, as parseSource read every file before the fast reader. */
export function viaYaml(parsed: ParsedSource): ParsedSource {
  const yaml = parseDocument(parsed.text, { version: '1.2', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  return { ...parsed, yaml, tree: treeOfYaml(yaml.contents), lines: new LineIndex(parsed.text) };
}

function allPaths(value: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => allPaths(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) allPaths((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

export type Verdict = 'declined' | 'same' | string;

/** 'declined', 'same', or what differs between the fast reader and the `yaml` package on `text`. */
export function compareReaders(text: string): Verdict {
  const fast = readFastYaml(text, 100);
  if (!fast) return 'declined';
  const reference = yamlValue(text);
  if (!reference.ok) return 'fast reader accepted a text the yaml package rejects';
  const diff = differences(fast.value, reference.value);
  if (diff.length > 0) return `values differ: ${diff.slice(0, 3).join('; ')}`;
  const parsed = parseSource(text);
  const slow = viaYaml(parsed);
  const paths = [...allPaths(parsed.value), ['no-such-key'], [0, 'x', 99], [999]];
  for (const path of paths) {
    for (const key of [false, true]) {
      const a = locate(parsed, path, { key });
      const b = locate(slow, path, { key });
      if (a.line !== b.line || a.column !== b.column) return `locate ${JSON.stringify(path)} key=${key}: ${a.line}:${a.column} ≠ ${b.line}:${b.column}`;
    }
  }
  const strings = (source: ParsedSource) => {
    const seen: string[] = [];
    forEachString(source, (value, path, offset) => seen.push(JSON.stringify([value, path, offset])));
    return seen.join('\n');
  };
  if (strings(parsed) !== strings(slow)) return 'forEachString differs';
  return 'same';
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
