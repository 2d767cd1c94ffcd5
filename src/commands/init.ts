// `giaouoc init [dir]`: makes a folder a document repository — git, the registry, editor and CI settings, and the
// schemas. Refuses an existing setup; `--force` only adds what is missing (and refreshes the schemas).

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pick, type Lang, type RunContext, type Text } from '../context.js';
import { CONFIG_FILE } from '../documents/repository.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { EXIT, UserError } from '../errors.js';
import { ensureGitRepository } from '../repo/init-repo.js';
import { defaultYear } from '../scaffold/dates.js';
import { collectInitFiles, filesToWrite } from '../scaffold/init-files.js';
import { VERSION } from '../version.js';

export interface InitCommandOptions {
  force: boolean;
  lang: Lang;
  /** The day the example bloc's year is computed from; today when absent. */
  today?: Date;
}

export async function initCommand(dir: string | undefined, options: InitCommandOptions, ctx: RunContext): Promise<number> {
  const root = resolve(ctx.cwd, dir ?? '.');
  const shownRoot = relative(ctx.cwd, root) || '.';
  if (existsSync(join(root, CONFIG_FILE)) && !options.force) {
    throw new UserError({
      vi: `${shownRoot} đã là kho văn bản (có ${CONFIG_FILE}); dùng \`giaouoc init --force\` để chỉ thêm các tệp còn thiếu`,
      en: `${shownRoot} is already a document repository (it has ${CONFIG_FILE}); use \`giaouoc init --force\` to add only the missing files`,
    });
  }
  await mkdir(root, { recursive: true });
  const { created } = await ensureGitRepository(root, ctx.env);

  // The example bloc is registered for the year a new compact defaults to, so the first `new` works as is.
  const files = await collectInitFiles({ year: defaultYear('compact', options.today ?? new Date()), version: VERSION, folder: basename(root) });
  const exists = (path: string) => existsSync(join(root, ...path.split('/')));
  const { write, kept } = filesToWrite(files, exists);
  const refreshed = new Set(write.filter((file) => exists(file.path)).map((file) => file.path));
  for (const file of write) {
    const target = join(root, ...file.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.content, { exclusive: !file.refresh });
  }

  const say = (text: Text) => ctx.stdout.write(`${pick(text, options.lang)}\n`);
  if (created) say({ vi: `Đã tạo kho git ở ${shownRoot}.`, en: `Created a git repository in ${shownRoot}.` });
  for (const file of write) {
    const mark = refreshed.has(file.path) ? '~' : '+';
    say({ vi: `  ${mark} ${file.path}${mark === '~' ? ' (cập nhật)' : ''}`, en: `  ${mark} ${file.path}${mark === '~' ? ' (refreshed)' : ''}` });
  }
  if (kept.length > 0) {
    say({ vi: `Giữ nguyên ${kept.length} tệp đã có (không ghi đè).`, en: `Kept ${kept.length} existing files (nothing overwritten).` });
  }
  say({
    vi: `Bước tiếp theo: khai báo đơn vị và khối thi đua của mình trong ${CONFIG_FILE}, rồi tạo văn bản, ví dụ \`giaouoc new giao-uoc --bloc khoi-thi-dua-1\`. Chạy \`npm install\` một lần và commit package-lock.json để CI dùng đúng giaouoc ${VERSION}.`,
    en: `Next: register your units and blocs in ${CONFIG_FILE}, then make a document, e.g. \`giaouoc new compact --bloc khoi-thi-dua-1\`. Run \`npm install\` once and commit package-lock.json so that CI runs giaouoc ${VERSION} exactly.`,
  });
  return EXIT.ok;
}
