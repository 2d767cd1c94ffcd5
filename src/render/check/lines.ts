// Finding a document's parts among the lines read back from its PDF: the lines of a block of text, the line a
// block starts on, the body without page numbers. Shared by the layout rules and the pagination rules.
import type { PageLayout, PdfLayout, TextLine } from './read-pdf.js';
import type { PrintExpectations } from './expectations.js';

export const MM = 72 / 25.4;

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function margins(page: PageLayout, expect: PrintExpectations) {
  const m = expect.profile.page.margin;
  return { top: m.top * MM, bottom: page.height - m.bottom * MM, left: m.left * MM, right: page.width - m.right * MM };
}

/** Lines in reading order without the page numbers in the top margin. */
export function bodyLines(layout: PdfLayout, expect: PrintExpectations): TextLine[] {
  return layout.pages.flatMap((page) => {
    const top = margins(page, expect).top;
    return page.lines.filter((line) => line.baseline >= top);
  });
}

/**
 * The lines that print `text`, found by its first line: later lines of the same block lie below and overlap it
 * horizontally (the header's columns interleave in reading order, so neighbours alone would not do).
 */
export function findBlock(lines: TextLine[], text: string, from = 0): TextLine[] | undefined {
  const target = normalizeText(text);
  if (!target) return undefined;
  for (let i = from; i < lines.length; i++) {
    const first = lines[i]!;
    if (!startsWithWords(target, first.text)) continue;
    const block = [first];
    let joined = first.text;
    let last = first;
    while (joined.length < target.length) {
      const next = lines.slice(lines.indexOf(last) + 1).find(
        (line) => line.page === last.page && line.baseline > last.baseline + 0.5 * line.size && line.xMin < last.xMax && line.xMax > last.xMin,
      );
      if (!next || !startsWithWords(target, `${joined} ${next.text}`)) break;
      block.push(next);
      joined = `${joined} ${next.text}`;
      last = next;
    }
    if (joined === target) return block;
  }
  return undefined;
}

/**
 * The first line from `from` on that begins with `text`. pdf.js may join the cells of one row of a signature
 * grid into one line ("TM. BAN CHẤP HÀNH TM. BAN CHẤP HÀNH"), so a row is found by its first cell.
 */
export function findLineStarting(lines: TextLine[], text: string, from: number): TextLine | undefined {
  const target = normalizeText(text);
  // The recipients' heading may share the signature's first baseline and be joined to it.
  const at = (line: TextLine) =>
    line.text === target || line.text.startsWith(`${target} `) || line.text.endsWith(` ${target}`) || line.text.includes(` ${target} `);
  return lines.slice(from).find(at);
}

function startsWithWords(target: string, text: string): boolean {
  return target === text || target.startsWith(`${text} `);
}

export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function isTrace(line: TextLine, expect: PrintExpectations): boolean {
  return Boolean(expect.trace) && normalizeText(expect.trace!).startsWith(line.text.slice(0, 20));
}
