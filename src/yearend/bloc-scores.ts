// The whole year-end scoring of a bloc: each member's sheet scored, the ranking, the award proposal and the
// flags a secretary must look at (missing sheets, outsiders, points cut to a maximum, missing evidence).

import type { RepositoryConfig, ScoreSheetDocument, ScoringTableDocument } from '../kinds/model.js';
import { compareVi } from '../render/vietnamese/collation.js';
import { scoringBody } from '../domain/scored-members.js';
import { documentPeriod, overlaps } from '../kinds/period.js';
import { proposeAwards, type AwardProposal } from './awards.js';
import { rankMembers, type RankedMember } from './ranking.js';
import { scoreSheet, type MemberScore } from './scoring.js';

export interface ScoreFlag {
  member: string;
  kind: 'over-max' | 'evidence-missing' | 'not-member' | 'missing-sheet';
  /** The criterion concerned, for over-max and evidence-missing. */
  criterion?: string;
}

export interface BlocScores {
  year: number;
  bloc: string;
  table: ScoringTableDocument;
  ranking: RankedMember[];
  proposals: AwardProposal[];
  flags: ScoreFlag[];
}

export function scoreBloc(config: RepositoryConfig, table: ScoringTableDocument, sheets: readonly ScoreSheetDocument[]): BlocScores {
  const members = scoringBody(config, table.issuer, table.year)?.members ?? [];
  const flags: ScoreFlag[] = [];
  const scores: MemberScore[] = [];
  const seen = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.bloc !== table.issuer || !sameTerm(table, sheet)) continue;
    if (!members.includes(sheet.issuer)) {
      flags.push({ member: sheet.issuer, kind: 'not-member' });
      continue;
    }
    seen.add(sheet.issuer);
    const score = scoreSheet(table, sheet);
    scores.push(score);
    for (const criterion of score.criteria) {
      if (criterion.capped) flags.push({ member: sheet.issuer, kind: 'over-max', criterion: criterion.id });
      if (criterion.evidenceMissing) flags.push({ member: sheet.issuer, kind: 'evidence-missing', criterion: criterion.id });
    }
  }
  for (const member of members) if (!seen.has(member)) flags.push({ member, kind: 'missing-sheet' });
  const names = new Map(config.units.map((unit) => [unit.id, unit.short ?? unit.name]));
  const byName = (a: MemberScore, b: MemberScore) => compareVi(names.get(a.member) ?? a.member, names.get(b.member) ?? b.member);
  const ranking = rankMembers(table, scores, byName);
  return { year: table.year, bloc: table.issuer, table, ranking, proposals: proposeAwards(table, ranking), flags };
}

/** A sheet follows the table of its year, or the table whose period (a school year) covers the sheet's. */
function sameTerm(table: ScoringTableDocument, sheet: ScoreSheetDocument): boolean {
  if (sheet.year === table.year) return true;
  const [a, b] = [table.period ? documentPeriod(table) : undefined, sheet.period ? documentPeriod(sheet) : undefined];
  return a !== undefined && b !== undefined && overlaps(a, b);
}
