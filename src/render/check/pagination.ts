// The pagination rules a clerk follows, checked on the lines read back: the signature block with the body's last
// lines, the witness with the grid, no heading left at a page foot, no widows or orphans, "./." at the end of a
// line of text, and no trace line printed on a signed copy.
import type { PdfLayout, TextLine } from './read-pdf.js';
import type { PrintExpectations } from './expectations.js';
import { MM, clip, findBlock, findLineStarting, isTrace, margins, normalizeText } from './lines.js';
import type { PrintFinding } from './rules.js';

export function checkSignaturePlacement(layout: PdfLayout, body: TextLine[], expect: PrintExpectations): PrintFinding[] {
  const findings: PrintFinding[] = [];
  const subject = findBlock(body, expect.subject);
  const from = subject ? body.indexOf(subject[subject.length - 1]!) + 1 : 0;
  const start = expect.signatureStart ? findLineStarting(body, expect.signatureStart, from) : undefined;
  if (expect.signatureStart && !start) {
    findings.push({ page: layout.pages.length, code: 'text-missing', args: { which: 'signature', text: clip(expect.signatureStart) } });
  }
  if (start) {
    const above = body.filter((line) => line.page === start.page && line.baseline < start.baseline - 0.5 * line.size && !isTrace(line, expect));
    if (above.length < 2) findings.push({ page: start.page, code: 'signature-alone', args: { lines: above.length } });
  }
  const witness = expect.witnessHeading ? findLineStarting(body, expect.witnessHeading, from) : undefined;
  if (witness) {
    const above = body.filter((line) => line.page === witness.page && line.baseline < witness.baseline - 0.5 * line.size);
    if (above.length === 0) findings.push({ page: witness.page, code: 'witness-alone', args: {} });
  }
  return findings;
}

/** Headings and captions: none ends a page, and none is split across two. */
export function checkHeadings(body: TextLine[], expect: PrintExpectations): PrintFinding[] {
  const findings: PrintFinding[] = [];
  let from = 0;
  for (const heading of expect.headings) {
    const block = findBlock(body, heading, from);
    if (!block) {
      // Its first line ends a page and the rest opens the next one: split across pages.
      const target = normalizeText(heading);
      const start = body.slice(from).find((line) => target.startsWith(`${line.text} `));
      const after = start ? body[body.indexOf(start) + 1] : undefined;
      if (start && after && after.page !== start.page) findings.push({ page: start.page, code: 'lone-heading', args: { text: clip(heading) } });
      continue;
    }
    from = body.indexOf(block[0]!) + 1;
    const pages = new Set(block.map((line) => line.page));
    const last = block[block.length - 1]!;
    const next = body[body.indexOf(last) + 1];
    const nextIsTrace = next ? isTrace(next, expect) : false;
    if (next && !nextIsTrace && (next.page !== last.page || pages.size > 1)) {
      findings.push({ page: last.page, code: 'lone-heading', args: { text: clip(heading) } });
    }
  }
  return findings;
}

export function checkEndMark(lines: TextLine[]): PrintFinding[] {
  const mark = lines.find((line) => line.text.endsWith('./.'));
  if (!mark) return [{ page: lines[lines.length - 1]?.page ?? 1, code: 'end-mark', args: { problem: 'missing' } }];
  if (mark.text === './.') return [{ page: mark.page, code: 'end-mark', args: { problem: 'alone' } }];
  return [];
}

export function checkTrace(lines: TextLine[], expect: PrintExpectations): PrintFinding[] {
  if (!expect.trace) return [];
  const printed = lines.filter((line) => isTrace(line, expect));
  return printed
    .filter((line) => !expect.draft || line.size > expect.profile.trace.size + 0.5)
    .map((line) => ({ page: line.page, code: 'trace-printed' as const, args: { size: Math.round(line.size * 10) / 10 } }));
}

/**
 * A paragraph's last line alone at the top of a page (widow) or its first line alone at the foot (orphan).
 * Body paragraphs are justified with an indented first line: a full line continues its paragraph, a line
 * starting at the indent opens one.
 */
export function checkWidows(layout: PdfLayout, body: TextLine[], expect: PrintExpectations): PrintFinding[] {
  const findings: PrintFinding[] = [];
  const bodySize = expect.profile.body.size;
  const indent = expect.profile.body.firstLineIndent * MM;
  for (let i = 1; i < layout.pages.length; i++) {
    const page = layout.pages[i - 1]!;
    const next = layout.pages[i]!;
    const box = margins(page, expect);
    const isBody = (line: TextLine) => Math.abs(line.size - bodySize) < 0.3 && line.xMin >= box.left - 1 && line.xMin <= box.left + indent + 1;
    const full = (line: TextLine) => line.xMax >= box.right - 1.5;
    const opens = (line: TextLine) => Math.abs(line.xMin - (box.left + indent)) < 1.5;
    const onPage = body.filter((line) => line.page === page.number && !isTrace(line, expect));
    const onNext = body.filter((line) => line.page === next.number && !isTrace(line, expect));
    const last = onPage[onPage.length - 1];
    const first = onNext[0];
    const second = onNext[1];
    if (!last || !first || !isBody(last) || !isBody(first)) continue;
    if (!full(last)) continue;
    if (opens(last)) {
      findings.push({ page: page.number, code: 'orphan', args: { text: clip(last.text) } });
    }
    if (!opens(first) && !full(first) && (!second || opens(second) || !isBody(second) || second.baseline - first.baseline > 1.6 * first.size)) {
      findings.push({ page: next.number, code: 'widow', args: { text: clip(first.text) } });
    }
  }
  return findings;
}
