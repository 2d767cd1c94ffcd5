// One member's total from its score sheet and the bloc's scoring table: per criterion at most its maximum
// (the leader's checked points replacing the member's own), plus the capped bonus, minus the penalties.

import type { ScoreSheetDocument, ScoringTableDocument } from '../kinds/model.js';
import { roundPoints, sumPoints } from './points.js';
import { bonusRules as tableBonuses, penaltyRules as tablePenalties, scoringGroups } from '../kinds/scoring-criteria.js';

export interface CriterionResult {
  id: string;
  group: string;
  max: number;
  /** Self-assessed points; undefined when the sheet leaves the criterion out. */
  claimed?: number;
  checked?: number;
  /** What counts: min(checked ?? claimed, max), never below 0. */
  counted: number;
  /** The claimed or checked points went over the maximum and were cut. */
  capped: boolean;
  /** The table asks for evidence and the sheet gives none. */
  evidenceMissing: boolean;
}

export interface RuleResult {
  id: string;
  counted: number;
}

export interface MemberScore {
  member: string;
  criteria: CriterionResult[];
  /** Group id → sum of its criteria. */
  groups: Record<string, number>;
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  bonuses: RuleResult[];
  penalties: RuleResult[];
}

export function scoreSheet(table: ScoringTableDocument, sheet: ScoreSheetDocument): MemberScore {
  const claims = new Map(sheet.scores.map((score) => [score.criterion, score]));
  const tableGroups = scoringGroups(table);
  const criteria: CriterionResult[] = tableGroups.flatMap((group) =>
    group.criteria.map((criterion) => {
      const claim = claims.get(criterion.id);
      const given = claim?.checked ?? claim?.points ?? 0;
      const counted = roundPoints(Math.max(0, Math.min(given, criterion.max)));
      return {
        id: criterion.id,
        group: group.id,
        max: criterion.max,
        claimed: claim?.points,
        checked: claim?.checked,
        counted,
        capped: Math.max(claim?.points ?? 0, claim?.checked ?? 0) > criterion.max,
        evidenceMissing: (criterion.evidence?.length ?? 0) > 0 && given > 0 && (claim?.evidence?.length ?? 0) === 0,
      };
    }),
  );
  const groups: Record<string, number> = {};
  for (const group of tableGroups) groups[group.id] = sumPoints(criteria.filter((item) => item.group === group.id).map((item) => item.counted));

  const bonusRules = new Map(tableBonuses(table).map((rule) => [rule.id, rule]));
  const bonuses = (sheet.bonuses ?? []).map((claim) => {
    const max = bonusRules.get(claim.rule)?.max ?? 0;
    return { id: claim.rule, counted: roundPoints(Math.max(0, Math.min(claim.checked ?? claim.points, max))) };
  });
  const bonusSum = sumPoints(bonuses.map((rule) => rule.counted));
  const bonus = table.bonusCap === undefined ? bonusSum : Math.min(bonusSum, table.bonusCap);

  const penaltyRules = new Map(tablePenalties(table).map((rule) => [rule.id, rule]));
  const penalties = (sheet.penalties ?? []).map((claim) => {
    const rule = penaltyRules.get(claim.rule);
    const occurrences = claim.checked ?? claim.count ?? 1;
    const deduction = rule ? occurrences * rule.points : 0;
    return { id: claim.rule, counted: roundPoints(rule?.max === undefined ? deduction : Math.min(deduction, rule.max)) };
  });
  const penalty = sumPoints(penalties.map((rule) => rule.counted));

  const base = sumPoints(criteria.map((item) => item.counted));
  return { member: sheet.issuer, criteria, groups, base, bonus, penalty, total: roundPoints(base + bonus - penalty), bonuses, penalties };
}
