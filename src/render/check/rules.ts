// The layout profile's rules checked on a printed PDF, page by page. Every finding carries the page and the
// measured number, so a clerk can see what is off and by how much.
import type { PageLayout, PdfLayout, Rule, TextLine } from './read-pdf.js';
import type { PrintExpectations } from './expectations.js';
import { breakAllowed } from '../name-lines.js';

export type PrintRuleCode =
  | 'page-size'
  | 'margin'
  | 'page-number'
  | 'font-not-embedded'
  | 'text-missing'
  | 'rule-missing'
  | 'rule-ratio'
  | 'rule-gap'
  | 'header-word-break'
  | 'signature-alone'
  | 'witness-alone'
  | 'lone-heading'
  | 'end-mark'
  | 'trace-printed'
  | 'widow'
  | 'orphan';

export interface PrintFinding {
  page: number;
  code: PrintRuleCode;
  /** Values for the sentence: what was measured, what the profile asks, which text. */
  args: Record<string, string | number>;
}

const MM = 72 / 25.4;
/** How far a measurement may stray from the profile before it counts: rounding of the PDF's coordinates. */
const TOLERANCE_PT = 1;
/** Times New Roman's descender, in ems: how far below the baseline the letters g, p, y and ạ reach. */
const DESCENT_EM = 0.217;
const ASCENT_EM = 0.891;
const RULE_RATIO = { min: 1 / 3, max: 1 / 2 };
/** The smallest clear space between the lowest descender and a rule under the line. */
const MIN_RULE_GAP_PT = 0.5;

const mm = (pt: number): number => Math.round((pt / MM) * 10) / 10;
const ratio = (value: number): number => Math.round(value * 100) / 100;

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function checkPrint(layout: PdfLayout, expect: PrintExpectations): PrintFinding[] {
  const findings: PrintFinding[] = [];
  for (const name of layout.notEmbedded) findings.push({ page: 1, code: 'font-not-embedded', args: { font: name } });
  const lines = layout.pages.flatMap((page) => page.lines);
  for (const page of layout.pages) {
    findings.push(...checkPage(page, expect));
  }
  const body = bodyLines(layout, expect);
  findings.push(...checkHeaderRules(layout, expect));
  findings.push(...checkSignaturePlacement(layout, body, expect));
  findings.push(...checkHeadings(layout, body, expect));
  findings.push(...checkEndMark(lines));
  findings.push(...checkTrace(lines, expect));
  findings.push(...checkWidows(layout, body, expect));
  return findings.sort((a, b) => a.page - b.page);
}

function margins(page: PageLayout, expect: PrintExpectations) {
  const m = expect.profile.page.margin;
  return { top: m.top * MM, bottom: page.height - m.bottom * MM, left: m.left * MM, right: page.width - m.right * MM };
}

function checkPage(page: PageLayout, expect: PrintExpectations): PrintFinding[] {
  const findings: PrintFinding[] = [];
  const p = expect.profile.page;
  const landscape = page.width > page.height;
  const [wantW, wantH] = landscape === p.width > p.height ? [p.width, p.height] : [p.height, p.width];
  if (Math.abs(page.width - wantW * MM) > 2 || Math.abs(page.height - wantH * MM) > 2) {
    findings.push({ page: page.number, code: 'page-size', args: { width: mm(page.width), height: mm(page.height), wantWidth: wantW, wantHeight: wantH } });
  }
  const box = margins(page, expect);
  const numberLines = page.lines.filter((line) => line.baseline < box.top);
  for (const line of page.lines) {
    if (numberLines.includes(line)) continue;
    const sides: Array<[string, number, number]> = [
      ['left', line.xMin, box.left - line.xMin],
      ['right', page.width - line.xMax, line.xMax - box.right],
      ['top', line.baseline - ASCENT_EM * line.size, box.top - (line.baseline - ASCENT_EM * line.size)],
      ['bottom', page.height - line.baseline - DESCENT_EM * line.size, line.baseline + DESCENT_EM * line.size - box.bottom],
    ];
    for (const [side, measured, overflow] of sides) {
      if (overflow > TOLERANCE_PT) {
        findings.push({ page: page.number, code: 'margin', args: { side, measured: mm(measured), wanted: expect.profile.page.margin[side as 'left'], text: clip(line.text) } });
      }
    }
  }
  const expected = String(page.number);
  const numbers = numberLines.filter((line) => /^\d+$/.test(line.text));
  if (page.number === 1) {
    for (const line of numbers) findings.push({ page: 1, code: 'page-number', args: { problem: 'first', text: line.text } });
  } else {
    const found = numbers.find((line) => line.text === expected);
    const centre = (box.left + box.right) / 2;
    if (!found) findings.push({ page: page.number, code: 'page-number', args: { problem: 'missing', text: expected } });
    else if (Math.abs((found.xMin + found.xMax) / 2 - centre) > 3 * MM) {
      findings.push({ page: page.number, code: 'page-number', args: { problem: 'off-centre', text: expected, offset: mm((found.xMin + found.xMax) / 2 - centre) } });
    }
  }
  return findings;
}

/** Lines in reading order without the page numbers in the top margin. */
function bodyLines(layout: PdfLayout, expect: PrintExpectations): TextLine[] {
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
function findLineStarting(lines: TextLine[], text: string, from: number): TextLine | undefined {
  const target = normalizeText(text);
  // The recipients' heading may share the signature's first baseline and be joined to it.
  const at = (line: TextLine) =>
    line.text === target || line.text.startsWith(`${target} `) || line.text.endsWith(` ${target}`) || line.text.includes(` ${target} `);
  return lines.slice(from).find(at);
}

function startsWithWords(target: string, text: string): boolean {
  return target === text || target.startsWith(`${text} `);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function checkHeaderRules(layout: PdfLayout, expect: PrintExpectations): PrintFinding[] {
  const findings: PrintFinding[] = [];
  const page1 = layout.pages[0];
  if (!page1) return findings;
  const lines = page1.lines;
  const parts: Array<{ which: string; text: string; ratio?: typeof RULE_RATIO }> = [
    { which: 'issuer', text: expect.issuer, ratio: RULE_RATIO },
    { which: 'subject', text: expect.subject, ratio: RULE_RATIO },
    { which: 'motto', text: expect.motto },
  ];
  for (const part of parts) {
    const block = findBlock(lines, part.text);
    if (!block) {
      // A header line the check cannot find has been broken or reworded in print: say so rather than pass.
      findings.push({ page: 1, code: 'text-missing', args: { which: part.which, text: clip(part.text) } });
      continue;
    }
    const last = block[block.length - 1]!;
    const rule = ruleUnder(page1.rules, last);
    if (!rule) {
      findings.push({ page: 1, code: 'rule-missing', args: { which: part.which, text: clip(last.text) } });
      continue;
    }
    const width = last.xMax - last.xMin;
    const measured = (rule.xMax - rule.xMin) / width;
    if (part.ratio && (measured < part.ratio.min - 0.01 || measured > part.ratio.max + 0.01)) {
      findings.push({ page: 1, code: 'rule-ratio', args: { which: part.which, measured: ratio(measured), length: mm(rule.xMax - rule.xMin), line: mm(width) } });
    }
    if (!part.ratio && Math.abs(measured - 1) > 0.06) {
      findings.push({ page: 1, code: 'rule-ratio', args: { which: part.which, measured: ratio(measured), length: mm(rule.xMax - rule.xMin), line: mm(width) } });
    }
    const gap = rule.y - rule.thickness / 2 - (last.baseline + DESCENT_EM * last.size);
    if (gap < MIN_RULE_GAP_PT) findings.push({ page: 1, code: 'rule-gap', args: { which: part.which, measured: Math.round(gap * 10) / 10 } });
    if (part.which !== 'motto') findings.push(...checkNameBreaks(block));
  }
  return findings;
}

/** The nearest rule below a line, overlapping its middle, within two lines' height. */
function ruleUnder(rules: Rule[], line: TextLine): Rule | undefined {
  const middle = (line.xMin + line.xMax) / 2;
  return rules
    .filter((rule) => rule.y > line.baseline && rule.y - line.baseline < 2 * line.size && rule.xMin < middle && rule.xMax > middle)
    .sort((a, b) => a.y - b.y)[0];
}

/** A wrapped name may break only between words: never inside "LAO ĐỘNG", "Y TẾ", "VIỆT NAM". */
function checkNameBreaks(block: TextLine[]): PrintFinding[] {
  const findings: PrintFinding[] = [];
  for (let i = 1; i < block.length; i++) {
    const before = block[i - 1]!.text.split(' ').pop()!;
    const after = block[i]!.text.split(' ')[0]!;
    if (!breakAllowed(before, after)) findings.push({ page: block[i]!.page, code: 'header-word-break', args: { text: `${before} ⏎ ${after}` } });
  }
  return findings;
}


function checkSignaturePlacement(layout: PdfLayout, body: TextLine[], expect: PrintExpectations): PrintFinding[] {
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

function isTrace(line: TextLine, expect: PrintExpectations): boolean {
  return Boolean(expect.trace) && normalizeText(expect.trace!).startsWith(line.text.slice(0, 20));
}

function checkHeadings(layout: PdfLayout, body: TextLine[], expect: PrintExpectations): PrintFinding[] {
  const findings: PrintFinding[] = [];
  let from = 0;
  for (const heading of expect.headings) {
    const block = findBlock(body, heading, from);
    if (!block) continue;
    from = body.indexOf(block[0]!) + 1;
    const pages = new Set(block.map((line) => line.page));
    const last = block[block.length - 1]!;
    const next = body[body.indexOf(last) + 1];
    const nextIsTrace = next ? isTrace(next, expect) : false;
    if (next && !nextIsTrace && (next.page !== last.page || pages.size > 1)) {
      findings.push({ page: last.page, code: 'lone-heading', args: { text: clip(heading) } });
    }
  }
  void layout;
  return findings;
}

function checkEndMark(lines: TextLine[]): PrintFinding[] {
  const mark = lines.find((line) => line.text.endsWith('./.'));
  if (!mark) return [{ page: lines[lines.length - 1]?.page ?? 1, code: 'end-mark', args: { problem: 'missing' } }];
  if (mark.text === './.') return [{ page: mark.page, code: 'end-mark', args: { problem: 'alone' } }];
  return [];
}

function checkTrace(lines: TextLine[], expect: PrintExpectations): PrintFinding[] {
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
function checkWidows(layout: PdfLayout, body: TextLine[], expect: PrintExpectations): PrintFinding[] {
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
