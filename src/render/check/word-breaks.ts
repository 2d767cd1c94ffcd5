// Whether a printed name or subject breaks where a clerk may break it. This check deliberately shares nothing
// with the layout that chose the breaks (src/render/break-points.ts and its word list): it judges each break on
// what the document itself shows, so a word the layout does not know is still caught here.
// - A name as typed in giaouoc.yaml capitalises the first syllable of each part (Nghị định 30/2020, Phụ lục II):
//   a break is shown to fall between words when the next syllable is capitalised (and does not continue a proper
//   name such as "Hồ Chí Minh"), is an abbreviation, follows punctuation or a dash, or is one of the few lowercase
//   words that open a part of a name ("tỉnh", "và", "cơ sở" …). Any other break may split a word: it is reported.
// - In every text, a number belongs to the word before it ("quý ⏎ II", "Quận ⏎ 1") and a counted noun to the
//   number before it ("95 ⏎ năm"); a run of capitalised syllables inside a sentence is a proper name.

/** Lowercase words that begin a part of an official name, so a line may start with them. */
const PART_OPENERS = new Set([
  'và', 'của', 'thuộc', 'tại', 'trực', 'tỉnh', 'thành', 'huyện', 'quận', 'xã', 'phường', 'thị', 'đặc', 'cơ', 'ngành',
  'số', 'khu', 'cụm', 'khối',
]);

/** Nouns counted by a number before them. */
const COUNTED = new Set(['năm', 'tháng', 'quý', 'ngày', 'đợt', 'lần']);

const NUMERAL = /^(\d[\d./-]*|[IVXLC]+)[,;:.)]*$/u;
const PUNCTUATED = /[,;:]$/u;
const DASH = /^[-–]$/u;

export interface BreakVerdict {
  /** Index of the first syllable of the new line. */
  at: number;
  reason: 'word' | 'proper-name' | 'number';
}

/**
 * The breaks of `printed` (its lines, as read from the PDF) that the text gives no reason for. `written` is the
 * name as typed (mixed case); for a subject it is the subject itself, and `kind` says which rules apply.
 */
export function unjustifiedBreaks(printed: string[], written: string | undefined, kind: 'name' | 'subject'): BreakVerdict[] {
  const lines = printed.map((line) => line.normalize('NFC').split(/\s+/).filter(Boolean));
  const syllables = lines.flat();
  const typed = sameSyllables(syllables, written);
  const verdicts: BreakVerdict[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at += line.length;
    const reason = judge(syllables, typed, at, kind);
    if (reason) verdicts.push({ at, reason });
  }
  return verdicts;
}

function judge(syllables: string[], typed: string[] | undefined, at: number, kind: 'name' | 'subject'): BreakVerdict['reason'] | undefined {
  const before = syllables[at - 1]!;
  const after = syllables[at]!;
  if (PUNCTUATED.test(before) || DASH.test(before) || /^[-–(]/u.test(after)) return undefined;
  if (NUMERAL.test(after) || (/^\d+$/u.test(before) && COUNTED.has(after.toLocaleLowerCase('vi')))) return 'number';
  if (!typed) return undefined;
  if (insideProperName(typed, at, kind)) return 'proper-name';
  if (kind === 'subject') return undefined;
  const next = typed[at]!.replace(/^[("“]+/u, '');
  if (/^\p{Lu}/u.test(next) || PART_OPENERS.has(next)) return undefined;
  return 'word';
}

/** `written` split like the printed syllables, when it is the same text in mixed case; otherwise nothing to go on. */
function sameSyllables(syllables: string[], written: string | undefined): string[] | undefined {
  if (!written) return undefined;
  const typed = written.normalize('NFC').split(/\s+/).filter(Boolean);
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  if (typed.length !== syllables.length || typed.some((syllable, i) => upper(syllable) !== upper(syllables[i]!))) return undefined;
  if (typed.every((syllable) => syllable === upper(syllable))) return undefined;
  return typed;
}

/**
 * True when the break before `typed[at]` splits a run of capitalised syllables that names one place or person:
 * the run goes on to the end of the text, to punctuation, or to a lowercase word that opens the next part
 * ("Việt Nam tỉnh …"), rather than into a lowercase syllable of a common word ("Bộ Khoa học").
 */
function insideProperName(typed: string[], at: number, kind: 'name' | 'subject'): boolean {
  const capital = (syllable: string | undefined) => syllable !== undefined && /^\p{Lu}\p{Ll}/u.test(syllable);
  if (!capital(typed[at - 1]) || !capital(typed[at]) || PUNCTUATED.test(typed[at - 1]!)) return false;
  // The first word of a sentence is capitalised for the sentence, not as a name.
  if (kind === 'subject' && at - 1 === 0) return false;
  let end = at;
  while (capital(typed[end + 1]) && !PUNCTUATED.test(typed[end]!)) end++;
  const next = typed[end + 1];
  if (next === undefined || PUNCTUATED.test(typed[end]!)) return true;
  return PART_OPENERS.has(next) || !/^\p{Ll}/u.test(next);
}
