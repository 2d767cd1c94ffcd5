// The Vietnamese title of the field at an instance path, read from the schema the path belongs to,
// so a message names "Chủ đề thi đua" rather than "/theme". Loaded only when there is something to report.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface SchemaNode {
  title?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  enum?: unknown[];
  then?: SchemaNode;
  else?: SchemaNode;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

const schemasDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');
const loaded = new Map<string, SchemaNode>();

function load(name: string): SchemaNode {
  let schema = loaded.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(join(schemasDir, `${name}.schema.json`), 'utf8')) as SchemaNode;
    loaded.set(name, schema);
  }
  return schema;
}

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let depth = 0; current.$ref && depth < 10; depth++) {
    const match = /^#\/\$defs\/(.+)$/.exec(current.$ref);
    const target = match ? root.$defs?.[match[1]] : undefined;
    if (!target) break;
    current = { ...target, title: current.title ?? target.title };
  }
  return current;
}

/** The schema node at `path` (object keys and array indexes), or undefined when the path leaves the schema. */
export function schemaAt(name: string, path: readonly (string | number)[]): SchemaNode | undefined {
  const root = load(name);
  let node: SchemaNode | undefined = resolve(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    const next = childOf(root, node, segment, 0);
    node = next ? resolve(root, next) : undefined;
  }
  return node;
}

/**
 * A property or the items of a node, looked for also in its conditional and combined branches (a part of a document's
 * body is a paragraph, a section or a list by which keys it has): the first branch that has it names it.
 */
function childOf(root: SchemaNode, node: SchemaNode, segment: string | number, depth: number): SchemaNode | undefined {
  const own = typeof segment === 'number' ? node.items : node.properties?.[segment];
  if (own || depth >= 8) return own;
  for (const branch of [node.then, node.else, ...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
    const found = branch && childOf(root, resolve(root, branch), segment, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function titleAt(name: string, path: readonly (string | number)[]): string {
  const node = schemaAt(name, path);
  const last = path[path.length - 1];
  if (node?.title) return typeof last === 'number' ? `${node.title} thứ ${last + 1}` : node.title;
  return String(last ?? name);
}

export function propertyNames(name: string, path: readonly (string | number)[]): string[] {
  return Object.keys(schemaAt(name, path)?.properties ?? {});
}
