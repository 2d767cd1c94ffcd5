// `text-wrap: balance` for Word. The print stylesheet balances the issuing body's name and the units' names
// in the signature grid ("CÔNG ĐOÀN VIÊN / CHỨC VIỆT NAM", not "… VIỆT / NAM"); Word only breaks greedily,
// so the balanced breaks are worked out here from the font's widths and written as line breaks.
import { textWidthPt } from './measure.js';

/** The lines of `text` in a column `widthPt` wide: as few as greedy breaking needs, as even as possible. */
export function balancedLines(text: string, widthPt: number, sizePt: number, bold: boolean): string[] {
  const words = text.split(' ').filter(Boolean);
  const measure = (line: string) => textWidthPt(line, sizePt, bold);
  const greedy = wrap(words, widthPt, measure);
  if (greedy.length <= 1) return greedy;
  // The narrowest column that still needs no more lines than the full width does.
  let low = measure(words.join(' ')) / greedy.length;
  let high = widthPt;
  for (let step = 0; step < 20 && high - low > 0.25; step++) {
    const middle = (low + high) / 2;
    if (wrap(words, middle, measure).length <= greedy.length) high = middle;
    else low = middle;
  }
  return wrap(words, high, measure);
}

function wrap(words: string[], widthPt: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && measure(candidate) > widthPt) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
