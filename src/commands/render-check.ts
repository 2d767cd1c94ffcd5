// The `--check` half of `giaouoc render`: every printed file read back and held against the layout profile.
// DOCX files go through LibreOffice first, all in one start.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang, RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { displayPath } from '../output/issues-text.js';
import { formatPrintFindings } from '../output/print-check-text.js';
import type { LayoutProfile } from '../render/profile.js';
import type { CheckableView } from '../render/check/index.js';

export interface PrintedFile {
  file: string;
  view: CheckableView;
}

export async function checkPrinted(printed: PrintedFile[], format: 'pdf' | 'docx', profile: LayoutProfile, lang: Lang, ctx: RunContext): Promise<number> {
  const check = await import('../render/check/index.js');
  const scratch = format === 'docx' ? await mkdtemp(join(tmpdir(), 'giaouoc-check-')) : undefined;
  try {
    const pdfs = scratch ? await check.docxToPdf(printed.map((item) => item.file), scratch, ctx.env) : printed.map((item) => item.file);
    const results = [];
    for (const [index, item] of printed.entries()) {
      results.push({ file: displayPath(item.file, ctx.cwd), findings: await check.checkPdfFile(pdfs[index]!, item.view, profile) });
    }
    ctx.stdout.write(formatPrintFindings(results, lang));
    return results.some((result) => result.findings.length > 0) ? EXIT.findings : EXIT.ok;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
