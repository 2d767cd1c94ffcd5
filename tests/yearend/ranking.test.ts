import { describe, expect, it } from 'vitest';
import type { ScoringTableDocument } from '../../src/kinds/model.js';
import { proposeAwards } from '../../src/yearend/awards.js';
import { rankMembers } from '../../src/yearend/ranking.js';
import type { MemberScore } from '../../src/yearend/scoring.js';

const table = {
  kind: 'scoring-table', year: 2024, issuer: 'k', date: '2024-01-01', scale: 10,
  groups: [{ id: 'g', name: 'G', criteria: [{ id: 'c', text: 'C', max: 10 }] }],
  tieBreaks: ['fewer-penalties'],
  awards: [{ award: 'Cờ', count: 1 }, { award: 'Bằng khen', count: 1 }],
} as ScoringTableDocument;

const score = (member: string, total: number, penalty: number): MemberScore => ({
  member, criteria: [], groups: {}, base: total + penalty, bonus: 0, penalty, total, bonuses: [], penalties: [],
});

describe('rankMembers and proposeAwards', () => {
  it('shares a rank when every tie-break is equal, and leaves the boundary to the vote', () => {
    // a 9 (penalty 0) first; b and c both 8 with penalty 1: equal on total and fewer-penalties → both rank 2; d 7 → rank 4.
    const ranking = rankMembers(table, [score('d', 7, 0), score('c', 8, 1), score('b', 8, 1), score('a', 9, 0)], (x, y) => x.member.localeCompare(y.member));
    expect(ranking.map((m) => [m.score.member, m.rank, m.tied])).toEqual([
      ['a', 1, false], ['b', 2, true], ['c', 2, true], ['d', 4, false],
    ]);
    const proposals = proposeAwards(table, ranking);
    expect(proposals[1].members.map((m) => m.score.member)).toEqual(['b']);
    expect(proposals[1].contested.map((m) => m.score.member)).toEqual(['c']);
  });

  it('lets fewer penalty points win an equal total', () => {
    const ranking = rankMembers(table, [score('x', 8, 2), score('y', 8, 0)], () => 0);
    expect(ranking.map((m) => [m.score.member, m.rank, m.decidedBy])).toEqual([['y', 1, undefined], ['x', 2, 'fewer-penalties']]);
  });
});
