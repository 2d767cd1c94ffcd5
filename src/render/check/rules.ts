// The layout profile's rules checked on a printed PDF, page by page. Every finding carries the page and the
// measured number, so a clerk can see what is off and by how much.
import type { PageLayout, PdfLayout, Rule, TextLine } from './read-pdf.js';
import type { PrintExpectations } from './expectations.js';
import { unjustifiedBreaks } from './word-breaks.js';
import { MM, bodyLines, clip, findBlock, margins } from './lines.js';
import { checkEndMark, checkHeadings, checkSignaturePlacement, checkTrace, checkWidows } from './pagination.js';

export { normalizeText, findBlock } from './lines.js';

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
  findings.push(...checkHeadings(body, expect));
  findings.push(...checkEndMark(lines));
  findings.push(...checkTrace(lines, expect));
  findings.push(...checkWidows(layout, body, expect));
  return findings.sort((a, b) => a.page - b.page);
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

function checkHeaderRules(layout: PdfLayout, expect: PrintExpectations): PrintFinding[] {
  const findings: PrintFinding[] = [];
  const page1 = layout.pages[0];
  if (!page1) return findings;
  const lines = page1.lines;
  const parts: Array<{ which: string; text: string; ratio?: typeof RULE_RATIO; written?: string; under?: string }> = [
    { which: 'issuer', text: expect.issuer, ratio: RULE_RATIO, written: expect.issuerWritten },
    ...(expect.letter ? [] : [{ which: 'subject', text: expect.subject, ratio: RULE_RATIO, written: expect.subject, under: expect.issuedWith }]),
    { which: 'motto', text: expect.motto },
  ];
  const letterSubject = expect.letter && expect.subject ? findBlock(lines, expect.subject) : undefined;
  if (expect.letter && expect.subject && !letterSubject) findings.push({ page: 1, code: 'text-missing', args: { which: 'subject', text: clip(expect.subject) } });
  if (letterSubject) findings.push(...checkNameBreaks(letterSubject, expect.subject, 'subject'));
  const upper = expect.upper ? findBlock(lines, expect.upper) : undefined;
  if (upper) findings.push(...checkNameBreaks(upper, expect.upperWritten, 'name'));
  for (const part of parts) {
    const block = findBlock(lines, part.text);
    if (!block) {
      // A header line the check cannot find has been broken or reworded in print: say so rather than pass.
      findings.push({ page: 1, code: 'text-missing', args: { which: part.which, text: clip(part.text) } });
      continue;
    }
    const last = block[block.length - 1]!;
    // The rule sits under the line below the subject when there is one ("(Kèm theo …)"); its length is the subject's.
    const below = part.under ? findBlock(lines, part.under) : undefined;
    if (part.under && !below) findings.push({ page: 1, code: 'text-missing', args: { which: 'issued-with', text: clip(part.under) } });
    const over = below ? below[below.length - 1]! : last;
    const rule = ruleUnder(page1.rules, over);
    if (!rule) {
      findings.push({ page: 1, code: 'rule-missing', args: { which: part.which, text: clip(over.text) } });
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
    const gap = rule.y - rule.thickness / 2 - (over.baseline + DESCENT_EM * over.size);
    if (gap < MIN_RULE_GAP_PT) findings.push({ page: 1, code: 'rule-gap', args: { which: part.which, measured: Math.round(gap * 10) / 10 } });
    if (part.which !== 'motto') findings.push(...checkNameBreaks(block, part.written, part.which === 'subject' ? 'subject' : 'name'));
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

/** A wrapped name may break only between words: never inside "LAO ĐỘNG", "Y TẾ", "VIỆT NAM" (word-breaks.ts). */
function checkNameBreaks(block: TextLine[], written: string | undefined, kind: 'name' | 'subject'): PrintFinding[] {
  const texts = block.map((line) => line.text);
  const syllables = texts.join(' ').split(/\s+/).filter(Boolean);
  let first = 0;
  const pageAt = block.map((line) => {
    const at = first;
    first += line.text.split(/\s+/).filter(Boolean).length;
    return { at, page: line.page };
  });
  return unjustifiedBreaks(texts, written, kind).map((verdict) => ({
    page: pageAt.find((entry) => entry.at === verdict.at)?.page ?? block[0]!.page,
    code: 'header-word-break' as const,
    args: { text: `${syllables[verdict.at - 1]} ⏎ ${syllables[verdict.at]}` },
  }));
}
