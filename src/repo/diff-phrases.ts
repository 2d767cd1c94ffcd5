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
  const subject = reorder ? `thứ tự ${lowerFirst(titleAt(context.schema, change.path))}` : fieldPhrase(change.path, source, context);
  const where = ancestry(change.path.slice(0, -1), source, context);
  const values = change.op === 'change' && !reorder ? `: ${shown(change.before)} → ${shown(change.after)}` : '';
  const subjectEn = reorder ? keyWords(change.path[change.path.length - 1] ?? '') : fieldPhraseEn(change.path, source, context);
  return {
    vi: `${reorder ? 'Đổi' : VERB[change.op].vi} ${subject}${where}${values}`,
    en: `${reorder ? 'Reordered' : VERB[change.op].en} ${subjectEn}${ancestryEn(change.path.slice(0, -1), source, context)}${values}`,
  };
}

// English has no titles in the schemas: a field is named by its YAML key in words, a list item by its list, its
// rank from one and its id (or the unit a unit id names): "value of targets item 1 (ty-le) of commitments item 2 (c)".

function fieldPhraseEn(path: Path, document: unknown, context: PhraseContext): string {
  const last = path[path.length - 1];
  if (typeof last !== 'number') return keyWords(last ?? '');
  const value = valueAt(document, path);
  const list = keyWords(path[path.length - 2] ?? '');
  if (typeof value === 'string' && /^[a-z0-9-]+$/.test(value)) return `${list} item ${last + 1} (${context.unitName?.(value) ?? value})`;
  const id = isRecord(value) && value.id !== undefined ? ` (${String(value.id)})` : '';
  return `${list} item ${last + 1}${id}`;
}

function ancestryEn(path: Path, document: unknown, context: PhraseContext): string {
  const parts: string[] = [];
  for (let end = path.length; end > 0; end--) {
    if (typeof path[end - 1] === 'number') parts.push(fieldPhraseEn(path.slice(0, end), document, context));
  }
  return parts.map((part) => ` of ${part}`).join('');
}

/** `signerTitle` → "signer title". */
function keyWords(key: string | number): string {
  return String(key).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The changed field itself: a property by its title, a list item by the list's noun, its rank and id. */
function fieldPhrase(path: Path, document: unknown, context: PhraseContext): string {
  const last = path[path.length - 1];
  if (typeof last !== 'number') return lowerFirst(titleAt(context.schema, path));
  const value = valueAt(document, path);
  const noun = listNoun(path.slice(0, -1), context.schema);
  if (typeof value === 'string' && /^[a-z0-9-]+$/.test(value)) return `${noun} ${context.unitName?.(value) ?? value}`;
  const id = isRecord(value) && value.id !== undefined ? ` (${String(value.id)})` : '';
  return `${noun} ${ordinalLower(last + 1)}${id}`;
}

/** " của chỉ tiêu thứ nhất (…) thuộc nội dung giao ước thứ hai": the list items the field sits in, innermost first. */
function ancestry(path: Path, document: unknown, context: PhraseContext): string {
  const parts: string[] = [];
  for (let end = path.length; end > 0; end--) {
    if (typeof path[end - 1] === 'number') parts.push(fieldPhrase(path.slice(0, end), document, context));
  }
  if (parts.length === 0) return '';
  return ` của ${parts.join(' thuộc ')}`;
}

/** "Các bên giao ước" → "bên giao ước"; a list without a plural title falls back to its items' title. */
function listNoun(listPath: Path, schema: string): string {
  const listTitle = schemaAt(schema, listPath)?.title;
  if (listTitle?.startsWith('Các ')) return listTitle.slice('Các '.length);
  const itemTitle = schemaAt(schema, [...listPath, 0])?.title;
  return lowerFirst(itemTitle ?? listTitle ?? String(listPath[listPath.length - 1] ?? ''));
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
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const clipped = text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
  return `«${clipped}»`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
