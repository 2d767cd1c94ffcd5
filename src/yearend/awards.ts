// The draft award proposal: the table's quotas handed out down the ranking, the first award to the best.
// A quota boundary falling inside a shared rank is not settled here: the bloc votes (bình xét, suy tôn).

import type { ScoringTableDocument } from '../kinds/model.js';
import type { RankedMember } from './ranking.js';

export interface AwardProposal {
  award: string;
  members: RankedMember[];
  /** Members sharing the rank at the boundary of this award, beyond those proposed; the vote decides. */
  contested: RankedMember[];
}

export function proposeAwards(table: ScoringTableDocument, ranking: readonly RankedMember[]): AwardProposal[] {
  const proposals: AwardProposal[] = [];
  let next = 0;
  for (const quota of table.awards ?? []) {
    const members = ranking.slice(next, next + quota.count);
    next += members.length;
    const last = members[members.length - 1];
    const contested = last ? ranking.slice(next).filter((member) => member.rank === last.rank) : [];
    proposals.push({ award: quota.award, members, contested });
  }
  return proposals;
}
