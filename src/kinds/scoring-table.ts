// Facts of a scoring table (bảng điểm thi đua): its criteria with their maxima and required evidence,
// its bonus and penalty rules and its tie-break keys — what the score sheets of the bloc are checked against.

import { criterionGroups, scoringRules } from './scoring-criteria.js';
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
    // Its own rules, wherever in the body they sit.
    strayRules: undefined,
    scale: typeof doc.scale === 'number' ? { value: doc.scale, ...at(['scale']) } : undefined,
    groups: [],
    criteria: [],
    bonuses: [],
    penalties: [],
    tieBreaks: [],
    awards: [],
  };
  for (const group of criterionGroups(doc)) {
    const key = group.path[0] === 'body' ? 'group' : 'id';
    const groupId = group.id ? refAt(at, [...group.path, key], group.id) : undefined;
    if (groupId) facts.groups.push(groupId);
    // Nested groups are printed sub-totals: their ids must be unique, but only top-level groups are scored.
    for (const nested of group.nested) {
      const ref = refAt(at, [...nested.path, 'group'], nested.id);
      if (ref) facts.ids.push(ref);
    }
    for (const criterion of group.criteria) {
      const id = refAt(at, [...criterion.path, criterion.path[0] === 'body' ? 'criterion' : 'id'], criterion.id);
      if (id) facts.criteria.push({ ...id, group: group.id, max: criterion.max, evidence: criterion.evidence?.length ?? 0 });
    }
  }
  if (Array.isArray(doc.body) && doc.groups !== undefined) facts.groupsBesideBody = at(['groups']);
  const rules = scoringRules(doc);
  for (const { rule, path } of rules.bonuses) facts.bonuses.push({ ...refAt(at, path, rule.id)!, max: rule.max });
  for (const { rule, path } of rules.penalties) facts.penalties.push(refAt(at, path, rule.id)!);
  for (const { rule, path } of rules.tieBreaks) facts.tieBreaks.push(refAt(at, path, rule)!);
  if (Array.isArray(doc.body)) {
    // With a body the rules are written in it, where they print; the old-shape lists still count but do not print.
    const beside = (['bonuses', 'penalties', 'tieBreaks'] as const).find((key) => doc[key] !== undefined);
    if (beside) facts.rulesBesideBody = { id: beside, ...at([beside]) };
  }
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
