// Where a name or a subject may wrap. Vietnamese writes every syllable apart, so a browser or Word breaks
// "LIÊN ĐOÀN LAO ⏎ ĐỘNG" or "NGÀNH Y ⏎ TẾ" as readily as between words. Clerks break between words and
// balance the lines; this module does the same for the header's names and the subject, from the font's
// advance widths, breaking where break-points.ts says a clerk would: at a part's edge rather than anywhere between
// words. `written` is the name as typed in giaouoc.yaml (mixed case), which tells where its words start.
import { breakQualities, type BreakQuality } from './break-points.js';
import { textWidthPt } from './docx/measure.js';

export { breakAllowed } from './break-points.js';

export interface LineFont {
  size: number;
  bold: boolean;
}

/**
 * The lines of `text` in a column `widthPt` wide: as few as possible, breaking only between words; among those,
 * the split with fewest breaks away from a part's edge, then the one whose longest line is shortest. A word
 * longer than the column may still be split, as the last resort a clerk would take.
 */
export function wrapLines(text: string, widthPt: number, font: LineFont, written?: string): string[] {
  const syllables = text.normalize('NFC').split(/\s+/).filter(Boolean);
  if (syllables.length === 0) return [];
  // Widths add up (no kerning across a space), so a line's width comes from running sums.
  const space = textWidthPt(' ', font.size, font.bold);
  const sums = [0];
  for (const syllable of syllables) sums.push(sums[sums.length - 1]! + textWidthPt(syllable, font.size, font.bold));
  const measure = (from: number, to: number) => sums[to]! - sums[from]! + (to - from - 1) * space;
  const qualities = breakQualities(syllables, written);
  // First break only between words and outside names; failing that, inside a place name; inside a word last.
  for (const forbidden of [['word', 'name'], ['word'], []] as BreakQuality[][]) {
    const lines = bestSplit(qualities, widthPt, measure, forbidden);
    if (lines) return lines.map(([from, to]) => syllables.slice(from, to).join(' '));
  }
  return [syllables.join(' ')];
}

const COST: Record<BreakQuality, number> = { natural: 0, plain: 1, name: 4, word: 16 };

/** Dynamic programming over break points: fewest lines, then fewest plain breaks, then the narrowest widest line. */
function bestSplit(
  qualities: BreakQuality[],
  widthPt: number,
  measure: (from: number, to: number) => number,
  forbidden: BreakQuality[],
): Array<[number, number]> | undefined {
  const n = qualities.length;
  const allowed = (at: number) => at === n || !forbidden.includes(qualities[at]!);
  const cost = (at: number) => (at === n ? 0 : COST[qualities[at]!]);
  type Best = { lines: number; plain: number; widest: number; last: number; previous: number };
  const best: Array<Best | undefined> = new Array(n + 1);
  best[0] = { lines: 0, plain: 0, widest: 0, last: 0, previous: -1 };
  // Widths equal to a hundredth of a point tie; a tie goes to the longer last line ("CÔNG ĐOÀN BỘ / KHOA HỌC VÀ
  // CÔNG NGHỆ"), as clerks set a name, and never to rounding noise.
  const better = (a: Best, b: Best) =>
    a.lines !== b.lines
      ? a.lines < b.lines
      : a.plain !== b.plain
        ? a.plain < b.plain
        : Math.abs(a.widest - b.widest) > 0.01
          ? a.widest < b.widest
          : a.last > b.last + 0.01;
  for (let end = 1; end <= n; end++) {
    if (!allowed(end)) continue;
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before) continue;
      const width = measure(start, end);
      if (width > widthPt && end - start > 1) continue;
      const candidate = { lines: before.lines + 1, plain: before.plain + cost(end), widest: Math.max(before.widest, width), last: width, previous: start };
      const current = best[end];
      if (!current || better(candidate, current)) best[end] = candidate;
    }
  }
  if (!best[n]) return undefined;
  const ranges: Array<[number, number]> = [];
  for (let end = n; end > 0; end = best[end]!.previous) ranges.unshift([best[end]!.previous, end]);
  return ranges;
}

/** The printed width of one line, in millimetres. */
export function lineWidthMm(line: string, font: LineFont): number {
  return (textWidthPt(line, font.size, font.bold) * 25.4) / 72;
}

/** Joins the syllables of every known word with no-break spaces, so Word wraps a name only between words. */
export function glueWords(text: string, written?: string): string {
  const syllables = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const qualities = breakQualities(syllables, written);
  return syllables.reduce((joined, syllable, index) => {
    if (index === 0) return syllable;
    return `${joined}${qualities[index] === 'word' || qualities[index] === 'name' ? '\u00a0' : ' '}${syllable}`;
  }, '');
}

/** Word's own wrapping of a glued name: as many words on a line as fit, breaking only between words. */
export function greedyLines(text: string, widthPt: number, font: LineFont): string[] {
  const words = glueWords(text).split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    const candidate = last === undefined ? word : `${last} ${word}`;
    if (last !== undefined && textWidthPt(candidate.replace(/\u00a0/g, ' '), font.size, font.bold) <= widthPt) lines[lines.length - 1] = candidate;
    else lines.push(word);
  }
  return lines.map((line) => line.replace(/\u00a0/g, ' '));
}
