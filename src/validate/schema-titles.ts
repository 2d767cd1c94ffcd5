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
  if?: SchemaNode;
  not?: SchemaNode;
  required?: string[];
  type?: string | string[];
  const?: unknown;
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

/**
 * The schema node at `path` (object keys and array indexes), or undefined when the path leaves the schema. With the
 * document, a part that is one of several shapes by its keys (a body's paragraph, section, commitment or target) is
 * read in the branch its value takes, so that its `text` is a target's "Lời văn", not the first branch's "Nội dung
 * nhiệm vụ"; without it, the first branch that has the field names it.
 */
export function schemaAt(name: string, path: readonly (string | number)[], document?: unknown): SchemaNode | undefined {
  const root = load(name);
  let node: SchemaNode | undefined = resolve(root, root);
  let value: unknown = document;
  for (const segment of path) {
    if (!node) return undefined;
    const next: SchemaNode | undefined = document === undefined ? childOf(root, node, segment, 0) : childIn(root, shapesOf(root, node, value, 0), segment);
    node = next ? resolve(root, next) : undefined;
    value = isObject(value) ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  // A list item is named by the shape it takes ("Chỉ tiêu giao ước"); a field keeps its own title ("Kỳ", not the "Năm"
  // of the branch a bare year takes).
  return node && document !== undefined && typeof path[path.length - 1] === 'number' ? mostSpecific(shapesOf(root, node, value, 0)) : node;
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

/** The node and every branch of it that `value` takes (`if` decided by the value, `then` or `else`), outermost first. */
function shapesOf(root: SchemaNode, node: SchemaNode, value: unknown, depth: number): SchemaNode[] {
  const shapes = [node];
  if (depth >= 8) return shapes;
  const take = (branch: SchemaNode | undefined) => {
    if (branch && typeof branch === 'object') shapes.push(...shapesOf(root, resolve(root, branch), value, depth + 1));
  };
  if (node.if) take(holds(root, node.if, value) ? node.then : node.else);
  for (const branch of node.allOf ?? []) take(branch);
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) if (holds(root, resolve(root, branch), value)) take(branch);
  return shapes;
}

/** The field in the innermost shape that defines it with a title (a branch that only narrows `value` has none). */
function childIn(root: SchemaNode, shapes: SchemaNode[], segment: string | number): SchemaNode | undefined {
  let first: SchemaNode | undefined;
  for (const shape of [...shapes].reverse()) {
    const own = typeof segment === 'number' ? shape.items : shape.properties?.[segment];
    if (!own || typeof own !== 'object') continue;
    if (resolve(root, own).title) return own;
    first ??= own;
  }
  return first;
}

/** The innermost shape with a title: the target's "Chỉ tiêu giao ước" rather than the body part's generic title. */
function mostSpecific(shapes: SchemaNode[]): SchemaNode | undefined {
  return [...shapes].reverse().find((shape) => shape.title) ?? shapes[0];
}

/** Does `value` meet the keywords a branch is chosen by (type, required, const, properties, not, anyOf, allOf)? */
function holds(root: SchemaNode, schema: SchemaNode | boolean, value: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  const node = resolve(root, schema);
  if (node.type !== undefined && ![node.type].flat().some((type) => typeIs(type, value))) return false;
  if (node.required && !(isRecord(value) && node.required.every((key) => Object.hasOwn(value, key)))) return false;
  if ('const' in node && node.const !== value) return false;
  if (node.enum && !node.enum.includes(value)) return false;
  if (node.properties && isRecord(value)) {
    for (const [key, sub] of Object.entries(node.properties)) {
      if (Object.hasOwn(value, key) && !holds(root, sub, value[key])) return false;
    }
  }
  if (node.not && holds(root, node.not, value)) return false;
  if (node.anyOf && !node.anyOf.some((branch) => holds(root, branch, value))) return false;
  if (node.allOf && !node.allOf.every((branch) => holds(root, branch, value))) return false;
  return true;
}

function typeIs(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    default:
      return true;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return isObject(value) && !Array.isArray(value);
}

export function titleAt(name: string, path: readonly (string | number)[], document?: unknown): string {
  const node = schemaAt(name, path, document);
  const last = path[path.length - 1];
  if (node?.title) return typeof last === 'number' ? `${node.title} thứ ${last + 1}` : node.title;
  return String(last ?? name);
}

export function propertyNames(name: string, path: readonly (string | number)[], document?: unknown): string[] {
  return Object.keys(schemaAt(name, path, document)?.properties ?? {});
}
