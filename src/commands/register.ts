// `giaouoc so-dang-ky --year Y [--issuer U] [--format xlsx|csv|pdf|docx] [--out file]` (`register`): the outgoing
// register of a year built from the repository and its history, written atomically to one file.

import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { pick, type Lang, type RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { requireRoot } from '../documents/repository.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { collectRegister } from '../register/collect.js';
import { registerCsv, registerXlsx, type RegisterTitle } from '../register/tabular.js';
import { closest } from '../validate/suggest.js';

export interface RegisterCommandOptions {
  year: string;
  issuer?: string;
  format: 'xlsx' | 'csv' | 'pdf' | 'docx';
  out?: string;
  lang: Lang;
}

export async function registerCommand(options: RegisterCommandOptions, ctx: RunContext): Promise<number> {
  if (!/^\d{4}$/.test(options.year)) {
    throw new UserError({ vi: `năm “${options.year}” không hợp lệ; hãy ghi năm bằng bốn chữ số, ví dụ --year 2024`, en: `“${options.year}” is not a year; write four digits, e.g. --year 2024` });
  }
  const year = Number(options.year);
  const root = requireRoot(ctx.cwd);
  const target = resolve(ctx.cwd, options.out ?? `so-dang-ky-${year}${options.issuer ? `-${options.issuer}` : ''}.${options.format}`);
  await checkTarget(target, ctx.cwd);
  const { config, entries } = await collectRegister({ root, year, issuer: options.issuer, env: ctx.env });
  const bodies = [...config.units, ...(config.blocs ?? [])];
  if (options.issuer && !bodies.some((body) => body.id === options.issuer)) {
    const suggest = closest(options.issuer, bodies.map((body) => body.id));
    throw new UserError({
      vi: `không có đơn vị hay khối mã “${options.issuer}” trong giaouoc.yaml${suggest ? ` (có phải “${suggest}”?)` : ''}; hãy sửa --issuer`,
      en: `there is no unit or bloc “${options.issuer}” in giaouoc.yaml${suggest ? ` (did you mean “${suggest}”?)` : ''}; correct --issuer`,
    });
  }
  if (entries.length === 0) {
    const whose = options.issuer ? { vi: ` của “${options.issuer}”`, en: ` of “${options.issuer}”` } : { vi: '', en: '' };
    throw new UserError(
      {
        vi: `không có văn bản nào${whose.vi} được đánh số trong năm ${year}; chưa ghi sổ — hãy kiểm tra --year, --issuer hoặc cấp số bằng \`giaouoc cap-so\``,
        en: `no document${whose.en} is numbered in ${year}; nothing written — check --year and --issuer, or number documents with \`giaouoc number\``,
      },
      { exitCode: EXIT.findings },
    );
  }
  const names = [...new Set(entries.map((entry) => entry.issuer))].map((id) => bodies.find((body) => body.id === id)?.name ?? id);
  const title: RegisterTitle = { organ: names.join(', ').toLocaleUpperCase('vi'), year };
  const overrides = join(root, 'templates');
  let data: string | Buffer;
  if (options.format === 'csv') data = registerCsv(entries, options.lang);
  else if (options.format === 'xlsx') data = await registerXlsx(entries, title, options.lang);
  else {
    const print = await import('../register/print.js');
    const view = print.registerView(entries, title, options.lang);
    data = options.format === 'pdf' ? await print.registerPdf(view, overrides, year) : await print.registerDocx(view, overrides, year);
  }
  await writeFileAtomic(target, data);
  const shown = relative(ctx.cwd, target) || target;
  ctx.stdout.write(
    `${pick({ vi: `Đã ghi sổ đăng ký văn bản đi năm ${year} (${entries.length} văn bản) vào ${shown}`, en: `Wrote the ${year} outgoing register (${entries.length} documents) to ${shown}` }, options.lang)}\n`,
  );
  return EXIT.ok;
}

async function checkTarget(target: string, cwd: string): Promise<void> {
  const shown = relative(cwd, target) || target;
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new UserError({ vi: `${shown} là một thư mục; hãy cho --out tên tệp, ví dụ ${join(shown, 'so-dang-ky.xlsx')}`, en: `${shown} is a folder; give --out a file name, e.g. ${join(shown, 'so-dang-ky.xlsx')}` });
  }
  const parent = await stat(dirname(target)).catch(() => undefined);
  if (!parent?.isDirectory()) {
    throw new UserError({ vi: `không có thư mục ${relative(cwd, dirname(target)) || dirname(target)} để ghi sổ; hãy tạo thư mục hoặc sửa --out`, en: `the folder ${relative(cwd, dirname(target)) || dirname(target)} does not exist; create it or correct --out` });
  }
}
