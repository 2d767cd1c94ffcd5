// How year-end outputs speak of whoever scores: a bloc's members, its archive and its vote ("Khối bình xét"),
// or, for a table a union issued, its units, its clerk's archive and its checker ("Ban Thường vụ bình xét").
import { scoringBody } from '../domain/scored-members.js';
import type { RepositoryConfig, ScoringTableDocument } from '../kinds/model.js';

export interface ScorerVoice {
  /** "Các đơn vị thành viên Khối" / "Các công đoàn trực thuộc". */
  members: string;
  archive: string;
  /** Who settles a tie: "Khối bình xét" / "Ban Thường vụ bình xét". */
  votes: { vi: string; en: string };
  /** The bloc's leader signs as Khối trưởng; a union signs for itself. */
  asLeader: boolean;
}

export function scorerVoice(config: RepositoryConfig, table: Pick<ScoringTableDocument, 'issuer' | 'year' | 'checker'>): ScorerVoice {
  if (scoringBody(config, table.issuer, table.year)?.type !== 'unit') {
    return { members: 'Các đơn vị thành viên Khối', archive: 'Lưu: Khối', votes: { vi: 'Khối bình xét', en: 'the bloc votes' }, asLeader: true };
  }
  const checker = table.checker ?? 'Ban Thường vụ';
  return { members: 'Các công đoàn trực thuộc', archive: 'Lưu: VT', votes: { vi: `${checker} bình xét`, en: `${checker} decides` }, asLeader: false };
}
