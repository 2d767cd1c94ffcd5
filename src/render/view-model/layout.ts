// The header's and the title's line breaks and rule lengths, worked out from the font's widths and the layout
// profile so that HTML, PDF and DOCX draw them alike: names break only between words, and the rules under the
// issuer and under the subject are a share (1/3–1/2) of the line just above them.
import { lineWidthMm, wrapLines } from '../name-lines.js';
import type { LayoutProfile } from '../profile.js';
import type { HeaderView, TitleView } from './types.js';
import { ADDRESSEE_LABEL } from './common.js';

export interface HeaderLayout {
  upperLines: string[];
  issuerLines: string[];
  /** Length of the rule under the issuer's last line. */
  issuerRuleMm: number;
}

export interface TitleLayout {
  subjectLines: string[];
  /** Length of the rule under the subject's last line (or the document type when there is no subject). */
  ruleMm: number;
}

/** Slack left in a column so a line measured to fit never wraps in the browser. */
const FIT_SLACK_MM = 1;

const round = (mm: number) => Math.round(mm * 10) / 10;

export function textWidthMm(profile: LayoutProfile): number {
  return profile.page.width - profile.page.margin.left - profile.page.margin.right;
}

export function headerLayout(header: Pick<HeaderView, 'upper' | 'issuer' | 'written'>, profile: LayoutProfile): HeaderLayout {
  const columnMm = (textWidthMm(profile) * profile.header.leftColumnPercent) / 100 - FIT_SLACK_MM;
  const columnPt = (columnMm * 72) / 25.4;
  const upperLines = header.upper ? wrapLines(header.upper, columnPt, profile.header.upperBody, header.written?.upper) : [];
  const issuerLines = wrapLines(header.issuer, columnPt, profile.header.issuer, header.written?.issuer);
  const last = issuerLines[issuerLines.length - 1] ?? '';
  return { upperLines, issuerLines, issuerRuleMm: round(lineWidthMm(last, profile.header.issuer) * profile.header.ruleRatio) };
}

export function titleLayout(title: TitleView, profile: LayoutProfile): TitleLayout {
  const columnPt = ((textWidthMm(profile) - FIT_SLACK_MM) * 72) / 25.4;
  const subjectLines = title.subject ? wrapLines(title.subject, columnPt, profile.title.subject, title.subject) : [];
  const share = (line: string | undefined) =>
    round((line ? lineWidthMm(line, profile.title.subject) : lineWidthMm(title.docType, profile.title.docType)) * profile.title.ruleRatio);
  return { subjectLines, ruleMm: share(subjectLines[subjectLines.length - 1]) };
}

export interface DocumentLayout {
  header: HeaderLayout;
  title: TitleLayout;
  /** Where the draft mark stands: a class of the mark ("under-number" or "top-right"). */
  draftPlace: LayoutProfile['draftMark']['place'];
  /** The number line with its number padded ("Số: 07/KH-…"); absent for an unnumbered document. */
  number?: string;
  /** Each union name printed in a signature cell or the witness block, broken between words for its cell. */
  unitLines: Record<string, string[]>;
}

interface SignatureCells {
  layout?: string;
  cells: Array<{ unitName?: string; unitWritten?: string }>;
  witness?: { unitName?: string; unitWritten?: string; signer?: { unitName?: string; unitWritten?: string } };
}

/** The names in the signature block, each wrapped for the width of the cell it stands in (print.css). */
export function unitLayout(signatures: SignatureCells | undefined, profile: LayoutProfile): Record<string, string[]> {
  const lines: Record<string, string[]> = {};
  if (!signatures) return lines;
  const text = textWidthMm(profile);
  const cellMm =
    signatures.layout === 'grid'
      ? text / profile.signature.gridColumns - 2 * profile.signature.cellPaddingMm
      : signatures.layout === 'two'
        ? text / 2
        : (text * (100 - profile.recipients.columnPercent)) / 100;
  const font = profile.signature.authority;
  const add = (name: string | undefined, written: string | undefined, widthMm: number) => {
    if (name && !lines[name]) lines[name] = wrapLines(name, ((widthMm - FIT_SLACK_MM) * 72) / 25.4, font, written);
  };
  for (const cell of signatures.cells) add(cell.unitName, cell.unitWritten, cellMm);
  add(signatures.witness?.unitName, signatures.witness?.unitWritten, text);
  add(signatures.witness?.signer?.unitName, signatures.witness?.signer?.unitWritten, text);
  return lines;
}

/** How far the lines of several addressees stand in, so that their dashes fall under the colon of “Kính gửi:”. */
export function addresseeIndentMm(profile: LayoutProfile): number {
  return round(lineWidthMm(ADDRESSEE_LABEL, profile.to));
}

/** "Số: 7/KH-X" → "Số: 07/KH-X": the leading number padded to the profile's digits; anything else kept. */
export function paddedNumber(line: string | undefined, profile: LayoutProfile): string | undefined {
  if (line === undefined) return undefined;
  return line.replace(/^(Số:\s*)(\d+)(?=\/)/u, (_, label: string, digits: string) => `${label}${digits.padStart(profile.documentNumber.minDigits, '0')}`);
}

/** The view with its header and title laid out for `profile`. */
export function withLayout<T extends { header: HeaderView; title: TitleView; signatures?: SignatureCells; layout?: DocumentLayout }>(
  view: T,
  profile: LayoutProfile,
): T {
  return {
    ...view,
    layout: {
      header: headerLayout(view.header, profile),
      title: titleLayout(view.title, profile),
      draftPlace: profile.draftMark.place,
      number: paddedNumber(view.header.number, profile),
      unitLines: unitLayout(view.signatures, profile),
    },
  };
}
