// Where every key and value of a parsed file starts: the small tree `locate` and `forEachString` read, built by
// the fast reader as it goes or, for a file it leaves to the `yaml` package, from that package's nodes.

import { isMap, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';

export type SourceNode = SourceScalar | SourceMap | SourceSeq | SourceOther;

export interface SourceScalar {
  kind: 'scalar';
  /** As resolved from the source, before NFC. */
  value: unknown;
  start: number | undefined;
}

export interface SourceMap {
  kind: 'map';
  start: number | undefined;
  /** In document order; a key that is not a scalar (a YAML complex key) is undefined. */
  keys: (SourceScalar | undefined)[];
  values: (SourceNode | undefined)[];
}

export interface SourceSeq {
  kind: 'seq';
  start: number | undefined;
  items: (SourceNode | undefined)[];
}

/** An alias or anything else that is neither a scalar nor a collection: paths stop there. */
export interface SourceOther {
  kind: 'other';
  start: number | undefined;
}

export function treeOfYaml(node: ParsedNode | Node | null | undefined): SourceNode | undefined {
  if (node === null || node === undefined) return undefined;
  const start = node.range?.[0];
  if (isScalar(node)) return { kind: 'scalar', value: node.value, start };
  if (isMap(node)) {
    const keys: (SourceScalar | undefined)[] = [];
    const values: (SourceNode | undefined)[] = [];
    for (const pair of node.items) {
      keys.push(isScalar(pair.key) ? { kind: 'scalar', value: pair.key.value, start: pair.key.range?.[0] } : undefined);
      values.push(treeOfYaml(pair.value as Node | null));
    }
    return { kind: 'map', start, keys, values };
  }
  if (isSeq(node)) return { kind: 'seq', start, items: node.items.map((item) => treeOfYaml(item as Node | null)) };
  return { kind: 'other', start };
}
