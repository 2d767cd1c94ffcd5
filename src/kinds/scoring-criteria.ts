// A scoring table's criteria and rules wherever they are written: the old-shape `groups`, `bonuses`, `penalties`
// and `tieBreaks`, or the `criteria` tables and `bonus`, `penalty`, `tieBreaks` items of an author-shaped body,
// whose groups nest to any depth. Scoring, ranking, validation and the score-sheet views ask here. For scoring, a
// top-level group holds every criterion below it (its columns and tie-breaks are the sums of those); nested
// groups are the printed sub-totals.

import { list, record, type Path } from './facts.js';
import { sumPoints } from '../yearend/points.js';
import type { BonusRule, Criterion, CriterionGroup, PenaltyRule } from './model.js';

export interface PlacedCriterion extends Criterion {
  path: Path;
}

export interface PlacedGroup {
  id: string;
  name: string;
  path: Path;
  /** Every criterion below the group, nested groups included, in document order. */
  criteria: PlacedCriterion[];
  /** Ids of the groups nested in it, at any depth (unique within the document, not scoring columns). */
  nested: { id: string; path: Path }[];
}

/** The table's top-level groups, each with all its criteria; tolerant of a document that failed its schema. */
export function criterionGroups(doc: unknown): PlacedGroup[] {
  const value = record(doc);
  const groups: PlacedGroup[] = list(value.groups).flatMap((item, i) => {
    const group = record(item);
    if (typeof group.id !== 'string') return [];
    const criteria = list(group.criteria).flatMap((entry, j) => placedCriterion(record(entry), record(entry).id, ['groups', i, 'criteria', j]));
    return [{ id: group.id, name: String(group.name ?? ''), path: ['groups', i], criteria, nested: [] }];
  });
  for (const { node, path } of criteriaTables(value.body, ['body'])) {
    let loose: PlacedGroup | undefined;
    list(node.criteria).forEach((raw, i) => {
      const entry = record(raw);
      const here = [...path, 'criteria', i];
      if (typeof entry.group === 'string') {
        const group: PlacedGroup = { id: entry.group, name: String(entry.text ?? ''), path: here, criteria: [], nested: [] };
        collect(entry, here, group);
        groups.push(group);
      } else {
        // A criterion outside any group still counts; its column is the table's own.
        if (!loose) groups.push((loose = { id: '', name: 'Các tiêu chí khác', path: here, criteria: [], nested: [] }));
        loose.criteria.push(...placedCriterion(entry, entry.criterion, here));
      }
    });
  }
  return groups;
}

/**
 * The table's scale: the one it states, else the sum of its criteria maxima (a form that prints no total still
 * has one, and what the sheets are scored out of is what its criteria can give).
 */
export function tableScale(doc: unknown): number {
  const stated = record(doc).scale;
  if (typeof stated === 'number' && Number.isFinite(stated)) return stated;
  return sumPoints(criterionGroups(doc).flatMap((group) => group.criteria.map((criterion) => criterion.max)));
}

/** The groups as the scoring code reads them: id, name and every criterion below. */
export function scoringGroups(doc: unknown): CriterionGroup[] {
  return criterionGroups(doc).map(({ id, name, criteria }) => ({ id, name, criteria: criteria.map(({ path: _path, ...criterion }) => criterion) }));
}

function collect(group: Record<string, unknown>, path: Path, into: PlacedGroup): void {
  list(group.criteria).forEach((raw, i) => {
    const entry = record(raw);
    const here = [...path, 'criteria', i];
    if (typeof entry.group === 'string') {
      into.nested.push({ id: entry.group, path: here });
      collect(entry, here, into);
    } else {
      into.criteria.push(...placedCriterion(entry, entry.criterion, here));
    }
  });
}

function placedCriterion(entry: Record<string, unknown>, id: unknown, path: Path): PlacedCriterion[] {
  if (typeof id !== 'string') return [];
  const text = typeof entry.text === 'string' ? entry.text : '';
  const max = typeof entry.max === 'number' && Number.isFinite(entry.max) ? entry.max : 0;
  const evidence = list(entry.evidence).filter((item): item is string => typeof item === 'string');
  return [{ id, text, max, ...(evidence.length ? { evidence } : {}), path }];
}

/** The `criteria` tables of a body, in document order, with their paths. */
export function criteriaTables(nodes: unknown, path: Path): { node: Record<string, unknown>; path: Path }[] {
  const found: { node: Record<string, unknown>; path: Path }[] = [];
  list(nodes).forEach((raw, index) => {
    const node = record(raw);
    const here = [...path, index];
    if (Array.isArray(node.criteria) && typeof node.criterion !== 'string' && typeof node.group !== 'string') found.push({ node, path: here });
    if (Array.isArray(node.body)) found.push(...criteriaTables(node.body, [...here, 'body']));
    if (Array.isArray(node.list)) found.push(...criteriaTables(node.list, [...here, 'list']));
  });
  return found;
}

export interface Placed<T> {
  rule: T;
  /** Where its id is written. */
  path: Path;
}

export interface ScoringRules {
  bonuses: Placed<BonusRule>[];
  penalties: Placed<PenaltyRule>[];
  tieBreaks: Placed<string>[];
}

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * The table's bonus and penalty rules and its tie-break order, the old-shape lists first, then the body's items
 * in document order; tolerant of a document that failed its schema.
 */
export function scoringRules(doc: unknown): ScoringRules {
  const value = record(doc);
  const rules: ScoringRules = { bonuses: [], penalties: [], tieBreaks: [] };
  list(value.bonuses).forEach((item, i) => addBonus(rules, record(item), record(item).id, ['bonuses', i, 'id']));
  list(value.penalties).forEach((item, i) => addPenalty(rules, record(item), record(item).id, ['penalties', i, 'id']));
  list(value.tieBreaks).forEach((key, i) => {
    if (typeof key === 'string') rules.tieBreaks.push({ rule: key, path: ['tieBreaks', i] });
  });
  walkRules(value.body, ['body'], rules);
  return rules;
}

function addBonus(rules: ScoringRules, entry: Record<string, unknown>, id: unknown, path: Path): void {
  if (typeof id !== 'string') return;
  rules.bonuses.push({ rule: { id, text: typeof entry.text === 'string' ? entry.text : '', max: finite(entry.max) ?? 0 }, path });
}

function addPenalty(rules: ScoringRules, entry: Record<string, unknown>, id: unknown, path: Path): void {
  if (typeof id !== 'string') return;
  const max = finite(entry.max);
  rules.penalties.push({ rule: { id, text: typeof entry.text === 'string' ? entry.text : '', points: finite(entry.points) ?? 0, ...(max === undefined ? {} : { max }) }, path });
}

function walkRules(nodes: unknown, path: Path, rules: ScoringRules): void {
  list(nodes).forEach((raw, index) => {
    const node = record(raw);
    const here = [...path, index];
    if (typeof node.bonus === 'string') addBonus(rules, node, node.bonus, [...here, 'bonus']);
    if (typeof node.penalty === 'string') addPenalty(rules, node, node.penalty, [...here, 'penalty']);
    list(node.tieBreaks).forEach((key, i) => {
      if (typeof key === 'string') rules.tieBreaks.push({ rule: key, path: [...here, 'tieBreaks', i] });
    });
    if (Array.isArray(node.body)) walkRules(node.body, [...here, 'body'], rules);
    if (Array.isArray(node.list)) walkRules(node.list, [...here, 'list'], rules);
  });
}

/** The bonus rules as scoring reads them. */
export function bonusRules(doc: unknown): BonusRule[] {
  return scoringRules(doc).bonuses.map(({ rule }) => rule);
}

export function penaltyRules(doc: unknown): PenaltyRule[] {
  return scoringRules(doc).penalties.map(({ rule }) => rule);
}

/** The keys that separate equal totals, in the order they apply. */
export function tieBreakOrder(doc: unknown): string[] {
  return scoringRules(doc).tieBreaks.map(({ rule }) => rule);
}
