// Field changes said the way a union officer would say them: "Sửa chủ đề thi đua", "Thêm nội dung giao ước
// thứ sáu", "Xóa bên giao ước Công đoàn Bộ Tư pháp", with the field names taken from the schemas' titles.

import type { Text } from '../context.js';
import { ordinalLower } from '../render/vietnamese/ordinals.js';
import { schemaAt, titleAt } from '../validate/schema-titles.js';
import type { FieldChange, Path } from './content-diff.js';

const VERB = {
  add: { vi: 'Thêm', en: 'Added' },
  remove: { vi: 'Xóa', en: 'Removed' },
  change: { vi: 'Sửa', en: 'Changed' },
} as const;

const SHOWN_LENGTH = 60;
const SECTION_LENGTH = 40;

export interface PhraseContext {
  /** Schema name of the document's kind: compact, plan, report. */
  schema: string;
  /** The revision a path points into, to name list items by their id. */
  before: unknown;
  after: unknown;
  /** A unit's name for an id, when the registry knows it. */
  unitName?: (id: string) => string | undefined;
}

export function describeChange(change: FieldChange, context: PhraseContext): Text {
  const source = change.op === 'remove' ? context.before : context.after;
  const reorder = change.op === 'change' && Array.isArray(change.after);
  const last = change.path[change.path.length - 1];
  const subject: Text = reorder
    ? { vi: `thứ tự ${lowerFirst(titleAt(context.schema, change.path, source))}`, en: keyWords(last ?? '') }
    : typeof last === 'number'
      ? itemPhrase(change.path, source, context)
      : { vi: lowerFirst(titleAt(context.schema, change.path, source)), en: keyWords(last ?? '') };
  const where = ancestry(change.path.slice(0, -1), source, context);
  const values = change.op === 'change' && !reorder ? `: ${shown(change.before)} → ${shown(change.after)}` : '';
  return {
    // A field "của" the item it belongs to; an item "thuộc" the one it sits in.
    vi: `${reorder ? 'Đổi' : VERB[change.op].vi} ${subject.vi}${where.length > 0 ? ` ${typeof last === 'number' && !reorder ? 'thuộc' : 'của'} ${where.map((part) => part.vi).join(' thuộc ')}` : ''}${values}`,
    en: `${reorder ? 'Reordered' : VERB[change.op].en} ${subject.en}${where.map((part) => ` of ${part.en}`).join('')}${values}`,
  };
}

/**
 * The list items a field sits in, innermost first. In a body, a list's wrapper says nothing a reader can find, and
 * the first section met places the rest: "chỉ tiêu … thuộc nội dung giao ước … thuộc đề mục «NỘI DUNG GIAO ƯỚC»".
 */
function ancestry(path: Path, document: unknown, context: PhraseContext): Text[] {
  const parts: Text[] = [];
  for (let end = path.length; end > 0; end--) {
    if (typeof path[end - 1] !== 'number') continue;
    const part = bodyPart(path.slice(0, end), document, context);
    if (part?.key === 'list') continue;
    parts.push(itemPhrase(path.slice(0, end), document, context));
    if (part && SECTIONS.has(part.key)) break;
  }
  return parts;
}

// The key a body part is told by, in English; parts named by their heading rather than an id.
const PART_WORDS: Record<string, string> = { group: 'criteria group', criteria: 'criteria table', tieBreaks: 'tie-break rule' };
const SECTIONS = new Set(['section', 'chapter', 'article']);
const ID = /^[a-z0-9-]+$/;

/**
 * A list item: in a body, by what the part is (its schema branch: "đoạn văn", "đề mục «…»", "chỉ tiêu giao ước thứ
 * nhất (chi-tieu-1)"); elsewhere by the list's noun, its rank and its id, or the unit a unit id names. English has no
 * titles in the schemas: the part's key or the list's key in words, and the rank from one.
 */
function itemPhrase(path: Path, document: unknown, context: PhraseContext): Text {
  const last = path[path.length - 1] as number;
  const value = valueAt(document, path);
  const rank = { vi: ordinalLower(last + 1), en: String(last + 1) };
  const part = bodyPart(path, document, context);
  if (part) {
    const label = isRecord(value) ? value[part.key] : undefined;
    const en = PART_WORDS[part.key] ?? (part.key === 'text' ? (path[path.length - 2] === 'body' ? 'paragraph' : 'item') : keyWords(part.key));
    if (SECTIONS.has(part.key) && typeof label === 'string') return { vi: `${part.noun} «${clip(label, SECTION_LENGTH)}»`, en: `${en} «${clip(label, SECTION_LENGTH)}»` };
    const id = part.key !== 'text' && typeof label === 'string' && ID.test(label) ? ` (${label})` : '';
    return { vi: `${part.noun} ${rank.vi}${id}`, en: `${en} ${rank.en}${id}` };
  }
  const list = keyWords(path[path.length - 2] ?? '');
  const noun = listNoun(path.slice(0, -1), context.schema);
  if (typeof value === 'string' && ID.test(value)) {
    const name = context.unitName?.(value) ?? value;
    return { vi: `${noun} ${name}`, en: `${list} item ${rank.en} (${name})` };
  }
  const id = isRecord(value) && value.id !== undefined ? ` (${String(value.id)})` : '';
  return { vi: `${noun} ${rank.vi}${id}`, en: `${list} item ${rank.en}${id}` };
}

/**
 * A part of an author-shaped body (its list's items take one of several shapes by their keys): the key that tells
 * it ("section", "commitment", "target", "text" for a paragraph or a plain item) and its noun. Undefined elsewhere.
 */
function bodyPart(path: Path, document: unknown, context: PhraseContext): { key: string; noun: string } | undefined {
  if (!schemaAt(context.schema, path)?.if) return undefined;
  const node = schemaAt(context.schema, path, document);
  const key = typeof valueAt(document, path) === 'string' ? 'text' : (node?.required?.[0] ?? 'text');
  return { key, noun: lowerFirst((node?.title ?? '').replace(/^Một /, '')) };
}

/** "Các bên giao ước" → "bên giao ước"; a list without a plural title falls back to its items' title. */
function listNoun(listPath: Path, schema: string): string {
  const listTitle = schemaAt(schema, listPath)?.title;
  if (listTitle?.startsWith('Các ')) return listTitle.slice('Các '.length);
  const itemTitle = schemaAt(schema, [...listPath, 0])?.title;
  return lowerFirst(itemTitle ?? listTitle ?? String(listPath[listPath.length - 1] ?? ''));
}

/** `signerTitle` → "signer title". */
function keyWords(key: string | number): string {
  return String(key).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function valueAt(document: unknown, path: Path): unknown {
  let node: unknown = document;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function shown(value: unknown): string {
  return `«${clip(typeof value === 'string' ? value : JSON.stringify(value), SHOWN_LENGTH)}»`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
