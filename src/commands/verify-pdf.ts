// `giaouoc verify-pdf <pdf…>`: every CA signature of each PDF, checked offline against the user's trust anchors,
// the PDF bound to its source in the repository. Exit 1 when a PDF is invalid.

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Lang, RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { displayPath } from '../output/issues-text.js';
import { formatPdfReports } from '../output/pdf-verify-text.js';
import { painterFor } from '../output/style.js';
import { openRepoContext } from '../pdfsign/binding.js';
import { verifyPdf, type PdfReport } from '../pdfsign/verify-pdf.js';
import { loadAnchors } from '../pki/trust-store.js';

export interface VerifyPdfOptions {
  format: 'text' | 'json';
  lang: Lang;
}

export async function verifyPdfCommand(paths: string[], options: VerifyPdfOptions, ctx: RunContext): Promise<number> {
  const files = paths.map((path) => resolve(ctx.cwd, path));
  const reports = await verifyPdfFiles(files, ctx);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify({ pdfs: reports }, null, 2)}\n`);
  } else {
    const paint = painterFor(ctx.stdout, ctx.env);
    ctx.stdout.write(formatPdfReports(reports, { lang: options.lang, paint, display: (file) => displayPath(file, ctx.cwd) }));
  }
  return reports.some((report) => report.state === 'invalid') ? EXIT.findings : EXIT.ok;
}

/** Reads every file first (a missing one is a usage error before any verdict), then verifies them in turn. */
export async function verifyPdfFiles(files: string[], ctx: RunContext): Promise<PdfReport[]> {
  const contents = await Promise.all(
    files.map((file) =>
      readFile(file).catch((error) => {
        throw new UserError({ vi: `không đọc được tệp ${displayPath(file, ctx.cwd)}; hãy kiểm tra đường dẫn`, en: `cannot read ${displayPath(file, ctx.cwd)}; check the path` }, { cause: error });
      }),
    ),
  );
  const anchors = (await loadAnchors(ctx.env)).map((anchor) => anchor.cert);
  // The repository the PDFs lie in, else the one the command runs in (a signed PDF arrives from outside).
  const repo = (files[0] ? await openRepoContext(dirname(files[0]), ctx.env) : undefined) ?? (await openRepoContext(ctx.cwd, ctx.env));
  const reports: PdfReport[] = [];
  for (const [index, file] of files.entries()) reports.push(await verifyPdf(file, contents[index]!, anchors, repo));
  return reports;
}
