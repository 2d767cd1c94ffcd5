// `giaouoc sign <file> --as <unit> [--key <file>]`: one signature commit, one line saying what was signed.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pick, type Lang, type RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { defaultKeyFolder } from '../repo/key-pair.js';
import { signDocument } from '../repo/sign.js';

export interface SignCommandOptions {
  as: string;
  key?: string;
  lang: Lang;
}

export async function signCommand(file: string, options: SignCommandOptions, ctx: RunContext): Promise<number> {
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
  if (result.awaitedNumber) {
    const note = {
      vi: `văn bản chưa có số; số là một phần nội dung được ký, nên cấp số sau này (\`giaouoc cap-so\`) làm chữ ký này mất hiệu lực — văn bản cần số thì hãy cấp số trước khi các bên ký`,
      en: `the document has no number yet; the number is part of what is signed, so numbering it later (\`giaouoc cap-so\`) voids this signature — give a document that needs a number its number before the parties sign`,
    };
    ctx.stderr.write(`giaouoc: ${pick(note, options.lang)}\n`);
  }
  return EXIT.ok;
}
