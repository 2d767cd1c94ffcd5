// How year-end outputs speak of whoever scores: a bloc's members, its archive and its vote ("Khối bình xét"),
// or, for a table a union issued, its units, its clerk's archive and its checker ("Ban Thường vụ bình xét").
import { scoringBody } from '../domain/scored-members.js';
import { blocWords, checkerOf } from '../domain/bloc-words.js';
import type { RepositoryConfig, ScoringTableDocument } from '../kinds/model.js';

export interface ScorerVoice {
  /** "Các đơn vị thành viên Khối" / "Các công đoàn trực thuộc". */
  members: string;
  archive: string;
  /** Who settles a tie: "Khối bình xét" / "Ban Thường vụ bình xét". */
  votes: { vi: string; en: string };
  /** The bloc's leader signs as Khối trưởng (Cụm trưởng); a union signs for itself. */
  asLeader: boolean;
}

export function scorerVoice(config: RepositoryConfig, table: Pick<ScoringTableDocument, 'issuer' | 'year' | 'checker'>): ScorerVoice {
  const body = scoringBody(config, table.issuer, table.year);
  if (body?.type !== 'unit') {
    const { word } = blocWords(body);
    return { members: `Các đơn vị thành viên ${word}`, archive: `Lưu: ${word}`, votes: { vi: `${word} bình xét`, en: 'the bloc votes' }, asLeader: true };
  }
  const checker = checkerOf(table, undefined);
  return { members: 'Các công đoàn trực thuộc', archive: 'Lưu: VT', votes: { vi: `${checker} bình xét`, en: `${checker} decides` }, asLeader: false };
}
