// `giaouoc sign <file> --as <unit> [--key <file>]`: one signature commit, one line saying what was signed.

import { pick, type Lang, type RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { signDocument } from '../repo/sign.js';

export interface SignCommandOptions {
  as: string;
  key?: string;
  lang: Lang;
}

export async function signCommand(file: string, options: SignCommandOptions, ctx: RunContext): Promise<number> {
  const result = await signDocument({ file, unit: options.as, key: options.key, cwd: ctx.cwd, env: ctx.env });
  const commit = result.commit.slice(0, 7);
  ctx.stdout.write(
    `${pick(
      {
        vi: `Đã ký ${result.document} thay mặt ${result.unit} (${result.signer}) bằng khóa ${result.fingerprint}: commit ${commit}, mã nội dung ${result.digest}`,
        en: `Signed ${result.document} for ${result.unit} (${result.signer}) with key ${result.fingerprint}: commit ${commit}, content digest ${result.digest}`,
      },
      options.lang,
    )}\n`,
  );
  return EXIT.ok;
}
