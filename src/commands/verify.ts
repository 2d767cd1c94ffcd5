// `giaouoc verify [paths…] [--require-complete] [--format text|json]`: exit 1 on any invalid signature;
// with --require-complete also on a missing or stale one (for the branch that holds final documents).

import type { Lang, RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { formatSignaturesJson, signaturesTextChunks } from '../output/signatures-text.js';
import { painterFor } from '../output/style.js';
import { inspectSignatures, type SignatureReport } from '../repo/verify.js';
import type { PdfReport } from '../pdfsign/verify-pdf.js';

export interface VerifyCommandOptions {
  requireComplete: boolean;
  format: 'text' | 'json';
  /** false: verify every signature again instead of trusting remembered verdicts (`--no-cache`). */
  cache?: boolean;
  /** Registrar fingerprints pinned on the command line (`--registrar`). */
  registrar?: string[];
  lang: Lang;
}

export async function verifyCommand(paths: string[], options: VerifyCommandOptions, ctx: RunContext): Promise<number> {
  const report = await inspectSignatures({ cwd: ctx.cwd, paths, env: ctx.env, cache: options.cache, registrars: options.registrar });
  const pdfs = await storedPdfReports(report, ctx);
  if (options.format === 'json') {
    const json = formatSignaturesJson(report, options.lang);
    ctx.stdout.write(pdfs.length === 0 ? json : `${JSON.stringify({ ...JSON.parse(json), pdfs }, null, 2)}\n`);
  } else {
    const paint = painterFor(ctx.stdout, ctx.env);
    for (const chunk of signaturesTextChunks(report, { lang: options.lang, paint })) ctx.stdout.write(chunk);
    if (pdfs.length > 0) {
      const { formatPdfReports } = await import('../output/pdf-verify-text.js');
      const { displayPath } = await import('../output/issues-text.js');
      ctx.stdout.write(formatPdfReports(pdfs, { lang: options.lang, paint, display: (file) => displayPath(file, ctx.cwd) }));
    }
  }
  // A stored PDF of an older revision is like a stale signature: it fails only with --require-complete.
  const errors = pdfs.flatMap((pdf) => [...pdf.findings, ...(pdf.binding?.findings ?? []), ...pdf.signatures.flatMap((item) => item.findings)]).filter((item) => item.severity === 'error');
  if (errors.some((item) => item.code !== 'other-version')) return EXIT.findings;
  if (options.requireComplete && (errors.length > 0 || pdfs.some((pdf) => pdf.state === 'incomplete'))) return EXIT.findings;
  const all = report.documents.flatMap((doc) => [...doc.parties, ...doc.others]);
  if (all.some((party) => party.status === 'invalid')) return EXIT.findings;
  if (options.requireComplete && all.some((party) => party.status === 'missing' || party.status === 'stale')) return EXIT.findings;
  return EXIT.ok;
}

/** The CA-signed PDFs stored for these documents (ban-ky/), verified in full like `verify-pdf`. */
async function storedPdfReports(report: SignatureReport, ctx: RunContext): Promise<PdfReport[]> {
  const { storedSignedPdfs } = await import('../pdfsign/ca-status.js');
  const files = await storedSignedPdfs(report.root, report.documents.map((doc) => ({ relative: doc.relative, digest: doc.digest, year: doc.year })));
  if (files.length === 0) return [];
  const { verifyPdfFiles } = await import('./verify-pdf.js');
  return verifyPdfFiles(files, ctx);
}
