// `giaouoc render --check`: a printed document read back and held against the layout profile.
import { readFile } from 'node:fs/promises';
import type { LayoutProfile } from '../profile.js';
import { expectationsOf, type CheckableView } from './expectations.js';
import { readPdfLayout } from './read-pdf.js';
import { checkPrint, type PrintFinding } from './rules.js';

export type { PrintFinding, PrintRuleCode } from './rules.js';
export { printFindingText } from './messages.js';
export { expectationsOf, type CheckableView } from './expectations.js';
export { readPdfLayout, type PdfLayout } from './read-pdf.js';
export { docxToPdf } from './libreoffice.js';

export async function checkPdfBytes(bytes: Uint8Array, view: CheckableView, profile: LayoutProfile): Promise<PrintFinding[]> {
  return checkPrint(await readPdfLayout(bytes), expectationsOf(view, profile));
}

export async function checkPdfFile(file: string, view: CheckableView, profile: LayoutProfile): Promise<PrintFinding[]> {
  return checkPdfBytes(new Uint8Array(await readFile(file)), view, profile);
}
