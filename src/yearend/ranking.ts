// The bloc's ranking: higher total first; equal totals are separated by the table's tie-breaks in order
// (a group's or criterion's points, the bonus, fewer penalty points). Members still equal share a rank.

import type { ScoringTableDocument } from '../kinds/model.js';
import type { MemberScore } from './scoring.js';
import { scoringGroups, tieBreakOrder } from '../kinds/scoring-criteria.js';

export interface RankedMember {
  rank: number;
  score: MemberScore;
  /** The tie-break that put this member below the one above it with the same total, if any. */
  decidedBy?: string;
  /** Shares its rank with another member: the bloc's vote decides between them. */
  tied: boolean;
}

type Key = (score: MemberScore) => number;

/** Each key gives a number where higher ranks better. */
export function tieBreakKeys(table: ScoringTableDocument): { name: string; key: Key }[] {
  const groups = new Set(scoringGroups(table).map((group) => group.id));
  return tieBreakOrder(table).map((name) => {
    if (name === 'bonus') return { name, key: (score) => score.bonus };
    if (name === 'fewer-penalties') return { name, key: (score) => -score.penalty };
    if (groups.has(name)) return { name, key: (score) => score.groups[name] ?? 0 };
    return { name, key: (score) => score.criteria.find((item) => item.id === name)?.counted ?? 0 };
  });
}

/** How a tie-break reads in a document: “điểm thưởng cao hơn”, “điểm nhóm tiêu chí “…” cao hơn”. */
export function tieBreakPhrase(table: ScoringTableDocument, key: string): string {
  if (key === 'bonus') return 'điểm thưởng cao hơn';
  if (key === 'fewer-penalties') return 'ít điểm trừ hơn';
  const tableGroups = scoringGroups(table);
  const group = tableGroups.find((entry) => entry.id === key);
  if (group) return `điểm nhóm tiêu chí “${group.name}” cao hơn`;
  const criterion = tableGroups.flatMap((entry) => entry.criteria).find((entry) => entry.id === key);
  return criterion ? `điểm tiêu chí “${bareText(criterion.text)}” cao hơn` : key;
}

/** Table cells and list items get their punctuation from the layout, not from the YAML text. */
export function bareText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(/[\s.;:,]+$/u, '');
}

/**
 * `order` settles display order among members that stay equal (by name, say); it never changes a rank.
 */
export function rankMembers(table: ScoringTableDocument, scores: readonly MemberScore[], order: (a: MemberScore, b: MemberScore) => number): RankedMember[] {
  const keys = [{ name: 'total', key: (score: MemberScore) => score.total }, ...tieBreakKeys(table)];
  const compare = (a: MemberScore, b: MemberScore): number => {
    for (const { key } of keys) {
      const difference = key(b) - key(a);
      if (Math.abs(difference) > 1e-9) return difference;
    }
    return 0;
  };
  const sorted = [...scores].sort((a, b) => compare(a, b) || order(a, b));
  const ranked: RankedMember[] = [];
  sorted.forEach((score, index) => {
    const above = sorted[index - 1];
    const equal = above !== undefined && compare(above, score) === 0;
    const rank = equal ? ranked[index - 1].rank : index + 1;
    if (equal) ranked[index - 1].tied = true;
    ranked.push({ rank, score, tied: equal, decidedBy: above && !equal ? decidingKey(keys, above, score) : undefined });
  });
  return ranked;
}

function decidingKey(keys: { name: string; key: Key }[], above: MemberScore, below: MemberScore): string | undefined {
  for (const { name, key } of keys) {
    if (Math.abs(key(above) - key(below)) > 1e-9) return name === 'total' ? undefined : name;
  }
  return undefined;
}
