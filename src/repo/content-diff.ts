// A field-level comparison of two revisions of a document: what was added, removed or edited, by path.
// Lists of records with an `id` are matched by id (re-ordering commitments is not an edit of each one);
// lists of ids (parties, members) are compared as sets; other lists (paragraphs) by position.

export type Path = (string | number)[];

export interface FieldChange {
  op: 'add' | 'remove' | 'change';
  /** Where the value sits in the newer revision (in the older one for a removal). */
  path: Path;
  before?: unknown;
  after?: unknown;
}

export function diffContent(before: unknown, after: unknown, path: Path = []): FieldChange[] {
  if (isRecord(before) && isRecord(after)) return diffRecords(before, after, path);
  if (Array.isArray(before) && Array.isArray(after)) return diffLists(before, after, path);
  return sameValue(before, after) ? [] : [{ op: 'change', path, before, after }];
}

function diffRecords(before: Record<string, unknown>, after: Record<string, unknown>, path: Path): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    const inBefore = before[key] !== undefined;
    const inAfter = after[key] !== undefined;
    if (inBefore && !inAfter) changes.push({ op: 'remove', path: [...path, key], before: before[key] });
    else if (!inBefore && inAfter) changes.push({ op: 'add', path: [...path, key], after: after[key] });
    else changes.push(...diffContent(before[key], after[key], [...path, key]));
  }
  return changes;
}

function diffLists(before: unknown[], after: unknown[], path: Path): FieldChange[] {
  if (before.every(hasId) && after.every(hasId) && (before.length > 0 || after.length > 0)) return diffById(before, after, path);
  if (before.every(isIdText) && after.every(isIdText)) return diffAsSet(before as string[], after as string[], path);
  const changes: FieldChange[] = [];
  const common = Math.min(before.length, after.length);
  for (let index = 0; index < common; index++) changes.push(...diffContent(before[index], after[index], [...path, index]));
  for (let index = common; index < after.length; index++) changes.push({ op: 'add', path: [...path, index], after: after[index] });
  for (let index = common; index < before.length; index++) changes.push({ op: 'remove', path: [...path, index], before: before[index] });
  return changes;
}

function diffById(before: Record<string, unknown>[], after: Record<string, unknown>[], path: Path): FieldChange[] {
  const changes: FieldChange[] = [];
  const beforeIds = new Map(before.map((item, index) => [String(item.id), index]));
  const afterIds = new Set(after.map((item) => String(item.id)));
  after.forEach((item, index) => {
    const old = beforeIds.get(String(item.id));
    if (old === undefined) changes.push({ op: 'add', path: [...path, index], after: item });
    else changes.push(...diffContent(before[old], item, [...path, index]));
  });
  before.forEach((item, index) => {
    if (!afterIds.has(String(item.id))) changes.push({ op: 'remove', path: [...path, index], before: item });
  });
  const order = (items: Record<string, unknown>[]) => items.map((item) => String(item.id)).filter((id) => beforeIds.has(id) && afterIds.has(id));
  if (order(before).join('\n') !== order(after).join('\n')) changes.push({ op: 'change', path, before: order(before), after: order(after) });
  return changes;
}

function diffAsSet(before: string[], after: string[], path: Path): FieldChange[] {
  const changes: FieldChange[] = [];
  after.forEach((item, index) => {
    if (!before.includes(item)) changes.push({ op: 'add', path: [...path, index], after: item });
  });
  before.forEach((item, index) => {
    if (!after.includes(item)) changes.push({ op: 'remove', path: [...path, index], before: item });
  });
  const kept = (items: string[], other: string[]) => items.filter((item) => other.includes(item));
  if (changes.length === 0 && kept(before, after).join('\n') !== kept(after, before).join('\n')) {
    changes.push({ op: 'change', path, before, after });
  }
  return changes;
}

const ID_TEXT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isIdText(value: unknown): boolean {
  return typeof value === 'string' && ID_TEXT.test(value);
}

function hasId(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && (typeof value.id === 'string' || typeof value.id === 'number');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
