// `giaouoc verify [paths…] [--require-complete] [--format text|json]`: exit 1 on any invalid signature;
// with --require-complete also on a missing or stale one (for the branch that holds final documents).

import type { Lang, RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { formatSignaturesJson, formatSignaturesText } from '../output/signatures-text.js';
import { painterFor } from '../output/style.js';
import { inspectSignatures } from '../repo/verify.js';

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
  if (options.format === 'json') ctx.stdout.write(formatSignaturesJson(report, options.lang));
  else ctx.stdout.write(formatSignaturesText(report, { lang: options.lang, chalk: await painterFor(ctx.stdout, ctx.env) }));
  const all = report.documents.flatMap((doc) => [...doc.parties, ...doc.others]);
  if (all.some((party) => party.status === 'invalid')) return EXIT.findings;
  if (options.requireComplete && all.some((party) => party.status === 'missing' || party.status === 'stale')) return EXIT.findings;
  return EXIT.ok;
}
