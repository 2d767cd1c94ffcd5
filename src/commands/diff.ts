// `giaouoc diff <file> [rev] [rev]`: a field-by-field diff in plain words, not a line diff.

import type { Lang, RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { formatDiffText } from '../output/revisions-text.js';
import { documentDiff } from '../repo/document-diff.js';

export async function diffCommand(file: string, revs: string[], options: { lang: Lang }, ctx: RunContext): Promise<number> {
  const diff = await documentDiff({ cwd: ctx.cwd, file, revs, env: ctx.env });
  ctx.stdout.write(formatDiffText(diff, options.lang));
  return EXIT.ok;
}
