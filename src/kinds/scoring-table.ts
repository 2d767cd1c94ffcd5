// Facts of a scoring table (bảng điểm thi đua): its criteria with their maxima and required evidence,
// its bonus and penalty rules and its tie-break keys — what the score sheets of the bloc are checked against.

import { baseFacts, list, record, refAt, type DocumentFacts, type Locator, type Place, type Ref } from './facts.js';

export interface CriterionFact extends Ref {
  group: string;
  max: number;
  /** How many kinds of evidence the criterion asks for. */
  evidence: number;
}

export interface RuleFact extends Ref {
  max: number;
}

export interface ScoringTableFacts extends DocumentFacts {
  kind: 'scoring-table';
  scale?: { value: number } & Place;
  groups: Ref[];
  criteria: CriterionFact[];
  bonuses: RuleFact[];
  penalties: Ref[];
  tieBreaks: Ref[];
  /** Award wordings (the id is the text), checked against the lives of the bodies they name. */
  awards: Ref[];
}

/** Tie-break keys that are not a group or criterion id. */
export const TIE_BREAK_KEYWORDS = ['bonus', 'fewer-penalties'] as const;

export function scoringTableFacts(doc: Record<string, unknown>, at: Locator): ScoringTableFacts {
  const facts: ScoringTableFacts = {
    ...baseFacts('scoring-table', doc, at),
    kind: 'scoring-table',
    scale: typeof doc.scale === 'number' ? { value: doc.scale, ...at(['scale']) } : undefined,
    groups: [],
    criteria: [],
    bonuses: [],
    penalties: [],
    tieBreaks: [],
    awards: [],
  };
  list(doc.groups).forEach((item, i) => {
    const group = record(item);
    const groupId = refAt(at, ['groups', i, 'id'], group.id);
    if (groupId) facts.groups.push(groupId);
    list(group.criteria).forEach((entry, j) => {
      const criterion = record(entry);
      const id = refAt(at, ['groups', i, 'criteria', j, 'id'], criterion.id);
      if (!id) return;
      facts.criteria.push({ ...id, group: groupId?.id ?? '', max: numberOr(criterion.max, 0), evidence: list(criterion.evidence).length });
    });
  });
  list(doc.bonuses).forEach((item, i) => {
    const rule = record(item);
    const id = refAt(at, ['bonuses', i, 'id'], rule.id);
    if (id) facts.bonuses.push({ ...id, max: numberOr(rule.max, 0) });
  });
  list(doc.penalties).forEach((item, i) => {
    const id = refAt(at, ['penalties', i, 'id'], record(item).id);
    if (id) facts.penalties.push(id);
  });
  list(doc.tieBreaks).forEach((key, i) => {
    const ref = refAt(at, ['tieBreaks', i], key);
    if (ref) facts.tieBreaks.push(ref);
  });
  list(doc.awards).forEach((item, i) => {
    const award = refAt(at, ['awards', i, 'award'], record(item).award);
    if (award) facts.awards.push(award);
  });
  facts.ids.push(...facts.groups, ...facts.criteria.map(plainRef), ...facts.bonuses.map(plainRef), ...facts.penalties);
  return facts;
}

function plainRef(ref: Ref): Ref {
  return { id: ref.id, line: ref.line, column: ref.column, path: ref.path };
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
