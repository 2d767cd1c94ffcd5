// A compact's commitments and measurable targets wherever they sit: the old-shape top-level `commitments`
// list, or the `commitment` and `target` items of an author-shaped body, where each item holds both the
// printed wording and the typed value. validate, score and the year-end summary all ask here, so a target
// is written once and read one way.

import { bodyItems } from './body.js';
import { list, record, type Path } from './facts.js';
import type { Measure, Target } from './model.js';

/** A target with the place it is written (for messages) and the commitment it belongs to, if any. */
export interface PlacedTarget extends Target {
  path: Path;
  commitment?: string;
}

export interface PlacedCommitment {
  id: string;
  text: string;
  path: Path;
  targets: PlacedTarget[];
}

const MEASURES: readonly Measure[] = ['phần trăm', 'số lượng', 'đạt/không đạt'];

/**
 * The compact's commitments in document order, each with its targets. Tolerant of a document that failed its
 * schema: items without an id are skipped, so that facts are still gathered from what is there.
 */
export function compactCommitments(doc: unknown): PlacedCommitment[] {
  const value = record(doc);
  const found: PlacedCommitment[] = [];
  list(value.commitments).forEach((item, i) => {
    const commitment = record(item);
    if (typeof commitment.id !== 'string') return;
    const targets = list(commitment.targets).flatMap((raw, j) => {
      const target = typedTarget(record(raw), record(raw).id, ['commitments', i, 'targets', j]);
      return target ? [{ ...target, commitment: commitment.id as string }] : [];
    });
    found.push({ id: commitment.id, text: String(commitment.text ?? ''), path: ['commitments', i], targets });
  });
  const items = bodyItems(value.body);
  const byId = new Map<string, PlacedCommitment>();
  for (const { node, path } of items.commitments) {
    const placed = { id: node.commitment, text: node.text, path, targets: [] };
    byId.set(node.commitment, placed);
    found.push(placed);
  }
  const loose: PlacedCommitment = { id: '', text: '', path: ['body'], targets: [] };
  for (const { node, path, commitment } of items.targets) {
    const target = typedTarget(node as unknown as Record<string, unknown>, node.target, path);
    if (!target) continue;
    // A target outside any commitment still counts: the author put it where the document needed it.
    const owner = (commitment !== undefined ? byId.get(commitment) : undefined) ?? loose;
    owner.targets.push(commitment !== undefined ? { ...target, commitment } : target);
  }
  if (loose.targets.length) found.push(loose);
  return found;
}

/** Every target of the compact, in document order. */
export function compactTargets(doc: unknown): PlacedTarget[] {
  return compactCommitments(doc).flatMap((commitment) => commitment.targets);
}

/**
 * A target's words with its value in place of a body target's `{value}` slot ("đạt 100%"), for tables and
 * messages; `format` writes a number as the output's language does.
 */
export function targetLabel(target: Pick<Target, 'text' | 'value'>, format: (value: number) => string): string {
  const shown = typeof target.value === 'boolean' ? (target.value ? 'đạt' : 'không đạt') : format(target.value);
  return target.text.replaceAll('{value}', shown);
}

function typedTarget(raw: Record<string, unknown>, id: unknown, path: Path): PlacedTarget | undefined {
  if (typeof id !== 'string') return undefined;
  const measure = MEASURES.includes(raw.measure as Measure) ? (raw.measure as Measure) : 'số lượng';
  const value = typeof raw.value === 'number' || typeof raw.value === 'boolean' ? raw.value : measure === 'đạt/không đạt' ? true : 0;
  return {
    id,
    text: typeof raw.text === 'string' ? raw.text : '',
    measure,
    value,
    ...(typeof raw.unit === 'string' ? { unit: raw.unit } : {}),
    path,
  };
}
