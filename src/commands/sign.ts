// `giaouoc sign <file> --as <unit> [--key <file>]`: one signature commit, one line saying what was signed.

import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pick, type Lang, type RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { shellArg } from '../output/shell-quote.js';
import { defaultKeyFolder } from '../repo/key-pair.js';
import { signDocument } from '../repo/sign.js';

export interface SignCommandOptions {
  as: string;
  key?: string;
  lang: Lang;
}

export async function signCommand(file: string, options: SignCommandOptions, ctx: RunContext): Promise<number> {
  if (statSync(resolve(ctx.cwd, file), { throwIfNoEntry: false })?.isDirectory()) {
    throw new UserError({
      vi: `${shellArg(file)} là thư mục; mỗi lần ký một văn bản — hãy chỉ tên một tệp văn bản trong thư mục đó`,
      en: `${shellArg(file)} is a folder; sign one document at a time — name a document file in it`,
    });
  }
  // Without --key, the key that `giaouoc key new <unit>` made for this unit, if it is there; else git's user.signingkey.
  const unitKey = join(defaultKeyFolder(options.as, ctx.env), 'id_ed25519');
  const key = options.key ?? (existsSync(unitKey) ? unitKey : undefined);
  const result = await signDocument({ file, unit: options.as, key, cwd: ctx.cwd, env: ctx.env });
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
