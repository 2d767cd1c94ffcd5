// The words of a PDF in reading order, independent of how a writer ordered its text: per page, words
// whose baselines lie within a few points form a line, lines go top to bottom, words left to right. Two
// writers that place the same words on the same lines then give the same sequence.
import { pdfWords, type Word } from '../poppler.js';

const SAME_LINE_PT = 4;

export function wordsInReadingOrder(file: string): string[][] {
  const pages = new Map<number, Word[]>();
  for (const word of pdfWords(file)) {
    const list = pages.get(word.page) ?? [];
    list.push(word);
    pages.set(word.page, list);
  }
  return [...pages.keys()].sort((a, b) => a - b).map((page) => orderPage(pages.get(page)!));
}

function orderPage(words: Word[]): string[] {
  const byBaseline = [...words].sort((a, b) => a.yMax - b.yMax);
  const lines: Word[][] = [];
  for (const word of byBaseline) {
    const line = lines[lines.length - 1];
    if (line && word.yMax - line[0]!.yMax <= SAME_LINE_PT) line.push(word);
    else lines.push([word]);
  }
  return lines.flatMap((line) => line.sort((a, b) => a.xMin - b.xMin).map((word) => word.text));
}
