// `giaouoc init [dir]`: makes a folder a document repository — git, the registry, editor and CI settings, and the
// schemas. Refuses an existing setup; `--force` only adds what is missing (and refreshes the schemas).

import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pick, type Lang, type RunContext, type Text } from '../context.js';
import { CONFIG_FILE } from '../documents/repository.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { EXIT, UserError } from '../errors.js';
import { ensureGitRepository } from '../repo/init-repo.js';
import { defaultYear } from '../scaffold/dates.js';
import { collectInitFiles, filesToWrite } from '../scaffold/init-files.js';
import { vendoredPath, type VendorResult } from '../scaffold/vendor.js';
import { refuseLinkedPaths } from '../scaffold/no-links.js';
import { VERSION } from '../version.js';

export interface InitCommandOptions {
  force: boolean;
  lang: Lang;
  /**
   * Vendor the running giaouoc (vendor.ts) and, with `lock`, have npm write package-lock.json. The command line
   * always asks for it (`--offline` leaves out the lock); without it only the package's own files are written.
   */
  npm?: { lock: boolean };
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
  const exists = (path: string) => existsSync(join(root, ...path.split('/')));
  // A registry the repository has (--force) gives the schema copies its ids; one that is not a plain file gives none.
  const registry = exists(CONFIG_FILE) ? await readRegistry(join(root, CONFIG_FILE)) : undefined;
  const files = await collectInitFiles({ year: defaultYear('compact', options.today ?? new Date()), version: VERSION, folder: basename(root), registry });
  const { write, kept } = filesToWrite(files, exists);
  const refreshed = new Set(write.filter((file) => exists(file.path)).map((file) => file.path));
  await refuseLinkedPaths(root, write.map((file) => file.path));
  for (const file of write) {
    const target = join(root, ...file.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.content, { exclusive: !file.refresh });
  }

  let vendored: VendorResult | undefined;
  if (options.npm) {
    const { vendorGiaouoc } = await import('../scaffold/vendor.js');
    vendored = await vendorGiaouoc(root, VERSION, { lock: options.npm.lock, env: ctx.env });
  }

  const say = (text: Text) => ctx.stdout.write(`${pick(text, options.lang)}\n`);
  if (created) say({ vi: `Đã tạo kho git ở ${shownRoot}.`, en: `Created a git repository in ${shownRoot}.` });
  for (const file of write) {
    const mark = refreshed.has(file.path) ? '~' : '+';
    say({ vi: `  ${mark} ${file.path}${mark === '~' ? ' (cập nhật)' : ''}`, en: `  ${mark} ${file.path}${mark === '~' ? ' (refreshed)' : ''}` });
  }
  for (const file of vendored?.written ?? []) {
    if (write.some((written) => written.path === file.path)) continue;
    say({ vi: `  ${file.refreshed ? '~' : '+'} ${file.path}${file.refreshed ? ' (cập nhật)' : ''}`, en: `  ${file.refreshed ? '~' : '+'} ${file.path}${file.refreshed ? ' (refreshed)' : ''}` });
  }
  for (const path of vendored?.removed ?? []) say({ vi: `  - ${path} (phiên bản cũ)`, en: `  - ${path} (older version)` });
  if (kept.length > 0) {
    say({ vi: `Giữ nguyên ${kept.length} tệp đã có (không ghi đè).`, en: `Kept ${kept.length} existing files (nothing overwritten).` });
  }
  const tarball = vendoredPath(VERSION);
  say({
    vi: `Bước tiếp theo: khai báo đơn vị và khối, cụm thi đua của mình trong ${CONFIG_FILE}, rồi tạo văn bản, ví dụ \`giaouoc new giao-uoc --bloc cum-thi-dua-1\`. Commit cả ${tarball} và package-lock.json: CI cài đúng giaouoc ${VERSION} từ tệp này bằng \`npm ci\`.`,
    en: `Next: register your units and blocs in ${CONFIG_FILE}, then make a document, e.g. \`giaouoc new compact --bloc cum-thi-dua-1\`. Commit ${tarball} and package-lock.json too: CI installs exactly giaouoc ${VERSION} from that file with \`npm ci\`.`,
  });
  if (options.npm && !options.npm.lock) {
    ctx.stderr.write(`${pick({ vi: `Chưa tạo package-lock.json (--offline): khi có mạng, hãy chạy \`npm install\` trong kho rồi commit package-lock.json — CI cần tệp này.`, en: 'No package-lock.json yet (--offline): once online, run `npm install` in the repository and commit package-lock.json — CI needs it.' }, options.lang)}\n`);
  } else if (vendored?.lockProblem) {
    const problem = vendored.lockProblem;
    ctx.stderr.write(`${pick({ vi: `Chưa có package-lock.json: ${problem.vi}; khi có mạng, hãy chạy \`npm install\` trong kho rồi commit package-lock.json — CI cần tệp này.`, en: `No package-lock.json: ${problem.en}; once online, run \`npm install\` in the repository and commit package-lock.json — CI needs it.` }, options.lang)}\n`);
  }
  return EXIT.ok;
}

/** The repository's giaouoc.yaml, read only when it is a plain file (a pipe would never end, a link may lead anywhere). */
async function readRegistry(file: string): Promise<Uint8Array> {
  if (!lstatSync(file).isFile()) return new Uint8Array();
  return readFile(file).catch(() => new Uint8Array());
}
