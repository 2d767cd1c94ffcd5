// `giaouoc log <file>`: the document's revisions with the signatures made on each.

import type { Lang, RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { formatLogText } from '../output/revisions-text.js';
import { painterFor } from '../output/style.js';
import { documentLog } from '../repo/document-log.js';

export async function logCommand(file: string, options: { lang: Lang }, ctx: RunContext): Promise<number> {
  const log = await documentLog({ cwd: ctx.cwd, file, env: ctx.env });
  ctx.stdout.write(formatLogText(log, { lang: options.lang, paint: painterFor(ctx.stdout, ctx.env) }));
  return EXIT.ok;
}
