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
  ctx.stdout.write(formatStatusText(report, { lang: options.lang, chalk: await painterFor(ctx.stdout, ctx.env) }));
  return EXIT.ok;
}
