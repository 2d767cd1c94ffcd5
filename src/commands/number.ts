// `giaouoc cap-so <file>` (`number`): one numbering commit, one line saying which number was given.

import { pick, type Lang, type RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { assignNumber } from '../numbers/assign.js';

export interface NumberCommandOptions {
  lang: Lang;
  force?: boolean;
}

export async function numberCommand(file: string, options: NumberCommandOptions, ctx: RunContext): Promise<number> {
  const result = await assignNumber({ file, cwd: ctx.cwd, env: ctx.env, force: options.force });
  const commit = result.commit.slice(0, 7);
  ctx.stdout.write(
    `${pick({ vi: `Đã cấp số ${result.number} cho ${result.document}: commit ${commit}`, en: `Numbered ${result.document} ${result.number}: commit ${commit}` }, options.lang)}\n`,
  );
  return EXIT.ok;
}
