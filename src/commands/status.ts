// `giaouoc status`: every document of the repository with its signing state, from one pass over history.

import type { Lang, RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { formatStatusText } from '../output/status-text.js';
import { painterFor } from '../output/style.js';
import { inspectSignatures } from '../repo/verify.js';

export interface StatusCommandOptions {
  lang: Lang;
}

export async function statusCommand(options: StatusCommandOptions, ctx: RunContext): Promise<number> {
  const report = await inspectSignatures({ cwd: ctx.cwd, paths: [], env: ctx.env });
  const { caSignedDocuments } = await import('../pdfsign/ca-status.js');
  const caSigned = await caSignedDocuments(report.root, report.documents.map((doc) => ({ relative: doc.relative, digest: doc.digest, year: doc.year })));
  ctx.stdout.write(formatStatusText(report, { lang: options.lang, paint: painterFor(ctx.stdout, ctx.env), caSigned: new Set(caSigned.keys()) }));
  return EXIT.ok;
}
