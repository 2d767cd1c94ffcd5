// An emulation bloc is a "khối thi đua" or a "cụm thi đua", and its papers name its roles with its own word:
// "KHỐI TRƯỞNG" under a khối's plan, "CỤM TRƯỞNG" under a cụm's, "Điểm Cụm kiểm tra" in a cụm's score sheet.
// The registry has no separate field for it: the bloc's own name says which it is, as its documents do.

export interface BlocWords {
  /** "Khối" or "Cụm", capitalised as in running text ("Các đơn vị thành viên Cụm"). */
  word: 'Khối' | 'Cụm';
  /** "Khối trưởng" / "Cụm trưởng". */
  leader: string;
  /** "Khối phó" / "Cụm phó". */
  deputy: string;
}

const KHOI: BlocWords = { word: 'Khối', leader: 'Khối trưởng', deputy: 'Khối phó' };
const CUM: BlocWords = { word: 'Cụm', leader: 'Cụm trưởng', deputy: 'Cụm phó' };

/** The words of a bloc named "Cụm thi đua số 1" or "Khối thi đua I"; a bloc named otherwise speaks as a khối. */
export function blocWords(bloc: { name: string } | undefined): BlocWords {
  const first = bloc?.name.normalize('NFC').trim().split(/\s+/u)[0]?.toLocaleLowerCase('vi') ?? '';
  return first === 'cụm' ? CUM : KHOI;
}

/** Who checks the points members gave themselves: the table's own `checker`, else a bloc's leader, else the
 * standing committee of the union that issued it. */
export function checkerOf(table: { checker?: string }, bloc: { name: string } | undefined): string {
  return table.checker ?? (bloc ? blocWords(bloc).leader : STANDING_COMMITTEE);
}

/** Whose checked points a score sheet's column holds: "Điểm Khối kiểm tra", "Điểm Cụm kiểm tra", "Điểm Ban
 * Thường vụ kiểm tra". */
export function checkingBodyOf(table: { checker?: string }, bloc: { name: string } | undefined): string {
  return table.checker ?? (bloc ? blocWords(bloc).word : STANDING_COMMITTEE);
}

const STANDING_COMMITTEE = 'Ban Thường vụ';
