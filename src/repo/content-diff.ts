// A field-level comparison of two revisions of a document: what was added, removed or edited, by path.
// Lists of records with an `id` (or a body part's own id: `commitment: …`, `target: …`) are matched by id
// (re-ordering commitments is not an edit of each one);
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
  if (before.length > 0 || after.length > 0) {
    const beforeKeys = matchKeys(before);
    const afterKeys = beforeKeys && matchKeys(after);
    if (beforeKeys && afterKeys) return diffById(before as Record<string, unknown>[], after as Record<string, unknown>[], beforeKeys, afterKeys, path);
  }
  if (before.every(isIdText) && after.every(isIdText)) return diffAsSet(before as string[], after as string[], path);
  const changes: FieldChange[] = [];
  const common = Math.min(before.length, after.length);
  for (let index = 0; index < common; index++) changes.push(...diffContent(before[index], after[index], [...path, index]));
  for (let index = common; index < after.length; index++) changes.push({ op: 'add', path: [...path, index], after: after[index] });
  for (let index = common; index < before.length; index++) changes.push({ op: 'remove', path: [...path, index], before: before[index] });
  return changes;
}

function diffById(before: Record<string, unknown>[], after: Record<string, unknown>[], beforeKeys: string[], afterKeys: string[], path: Path): FieldChange[] {
  const changes: FieldChange[] = [];
  const beforeAt = new Map(beforeKeys.map((key, index) => [key, index]));
  const afterAt = new Map(afterKeys.map((key, index) => [key, index]));
  after.forEach((item, index) => {
    const old = beforeAt.get(afterKeys[index]!);
    if (old === undefined) changes.push({ op: 'add', path: [...path, index], after: item });
    else changes.push(...diffContent(before[old], item, [...path, index]));
  });
  before.forEach((item, index) => {
    if (!afterAt.has(beforeKeys[index]!)) changes.push({ op: 'remove', path: [...path, index], before: item });
  });
  // The order of the items both revisions keep, by their ids.
  const order = (items: Record<string, unknown>[], keys: string[], other: Map<string, number>) => items.filter((_, index) => other.has(keys[index]!)).map(idOf);
  const kept = [order(before, beforeKeys, afterAt), order(after, afterKeys, beforeAt)];
  if (kept[0]!.join('\n') !== kept[1]!.join('\n')) changes.push({ op: 'change', path, before: kept[0], after: kept[1] });
  return changes;
}

function diffAsSet(before: string[], after: string[], path: Path): FieldChange[] {
  const changes: FieldChange[] = [];
  const inBefore = new Set(before);
  const inAfter = new Set(after);
  after.forEach((item, index) => {
    if (!inBefore.has(item)) changes.push({ op: 'add', path: [...path, index], after: item });
  });
  before.forEach((item, index) => {
    if (!inAfter.has(item)) changes.push({ op: 'remove', path: [...path, index], before: item });
  });
  const kept = (items: string[], other: Set<string>) => items.filter((item) => other.has(item));
  if (changes.length === 0 && kept(before, inAfter).join('\n') !== kept(after, inBefore).join('\n')) {
    changes.push({ op: 'change', path, before, after });
  }
  return changes;
}

// A body's parts carry their id under the key that says what they are (`commitment: noi-dung-1`, `target: …`).
const ID_KEYS = ['commitment', 'target', 'task', 'result', 'criterion', 'group', 'bonus', 'penalty'] as const;

/** The key an item's id is written under: `id`, or the key that says what a body part is. */
function idKeyOf(item: Record<string, unknown>): string | undefined {
  if (typeof item.id === 'string' || typeof item.id === 'number') return 'id';
  return ID_KEYS.find((key) => typeof item[key] === 'string');
}

/** The id an item is matched by across revisions. */
function idOf(item: Record<string, unknown>): string {
  const key = idKeyOf(item);
  return key ? String(item[key]) : '';
}

/**
 * Each item's match key (what kind of id, and the id), when every item of the list has one and no two share it;
 * otherwise the list is compared by position.
 */
function matchKeys(items: unknown[]): string[] | undefined {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (!isRecord(item)) return undefined;
    const name = idKeyOf(item);
    if (!name) return undefined;
    const key = `${name}\0${idOf(item)}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    keys.push(key);
  }
  return keys;
}

const ID_TEXT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isIdText(value: unknown): boolean {
  return typeof value === 'string' && ID_TEXT.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
