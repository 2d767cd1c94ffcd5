// `giaouoc new <kind>`: asks or reads what the document needs, builds it from the registry (and last year's file
// or the plan), and writes it where the repository's convention says — never over an existing file.

import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pick, type Lang, type RunContext } from '../context.js';
import { parseSource, type ParsedSource } from '../documents/parse.js';
import { decodeSource } from '../documents/source.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { EXIT, UserError } from '../errors.js';
import { record } from '../kinds/facts.js';
import { findKind, KINDS, type KindSpec } from '../kinds/registry.js';
import { canPrompt, Prompter } from '../output/prompt.js';
import { gatherAnswers, type FromFacts } from '../scaffold/answers.js';
import { REPOSITORY_SCHEMAS_DIR } from '../scaffold/assets.js';
import { defaultDocumentDate, defaultReportDate, defaultYearEndDate } from '../scaffold/dates.js';
import type { ScaffoldBase } from '../scaffold/document-parts.js';
import { blocTerm, issuerName } from '../scaffold/issuer.js';
import { documentPath } from '../scaffold/target-path.js';
import { validateRepository } from '../validate/run.js';
import { shellArg } from '../output/shell-quote.js';
import { quarterRoman } from '../render/vietnamese/roman.js';

export interface NewCommandOptions {
  year?: string | number;
  quarter?: string | number;
  bloc?: string;
  issuer?: string;
  from?: string;
  out?: string;
  /** The type of a general document (`--type huong-dan`). */
  type?: string;
  /** Ask nothing: take defaults, fail on what has none. */
  yes: boolean;
  lang: Lang;
  /** The day defaults are computed from; today when absent. */
  today?: Date;
}

export async function newCommand(kindName: string, options: NewCommandOptions, ctx: RunContext): Promise<number> {
  const kind = requireKind(kindName);
  const year = integerFlag(options.year, '--year', 2000, 2100);
  const quarter = integerFlag(options.quarter, '--quarter', 1, 4);
  if (quarter !== undefined && !kind.quarterly) {
    throw new UserError({ vi: '--quarter chỉ dùng cho báo cáo quý (giaouoc new bao-cao)', en: '--quarter is only for quarterly reports (giaouoc new report)' });
  }
  if (options.from && kind.continues === null) {
    throw new UserError({
      vi: `${kind.label.vi} không chép từ tệp khác (--from): phiếu được lập từ bảng điểm của khối năm đó; hãy bỏ --from`,
      en: `a ${kind.label.en} is not copied from another file (--from): it is built from the bloc’s scoring table of that year; drop --from`,
    });
  }
  const today = options.today ?? new Date();
  const run = await validateRepository({ cwd: ctx.cwd, paths: [], env: ctx.env });
  const root = run.root;
  const config = run.config;
  if (!config) {
    throw new UserError({
      vi: 'giaouoc.yaml còn lỗi nên chưa tạo được văn bản; hãy chạy `giaouoc validate giaouoc.yaml` và sửa các lỗi',
      en: 'giaouoc.yaml has errors, so no document can be made yet; run `giaouoc validate giaouoc.yaml` and fix them',
    });
  }
  const from = options.from ? await readFrom(resolve(ctx.cwd, options.from), options.from, kind) : undefined;

  const prompter = !options.yes && canPrompt(ctx) && ctx.stdin ? new Prompter(ctx.stdin, ctx.stdout, options.lang) : undefined;
  let answers;
  try {
    // A score sheet's --bloc names the bloc it is scored in; its issuer is always the member union.
    const issuerBloc = kind.blocIsMembership ? undefined : options.bloc;
    answers = await gatherAnswers({ config, kind, flags: { bloc: issuerBloc, issuer: options.issuer, year, quarter }, from: from?.facts, today, asker: prompter });
  } finally {
    prompter?.close();
  }

  const file = options.out ? resolve(ctx.cwd, options.out) : documentPath(root, config, kind, { year: answers.year, issuer: answers.issuer.id, quarter: answers.quarter });
  const shownPath = shown(ctx.cwd, file);
  if (existsSync(file)) throw alreadyThere(shownPath);
  const date = kind.quarterly
    ? defaultReportDate(answers.year, answers.quarter ?? 1, today)
    : kind.datedAtYearEnd
      ? defaultYearEndDate(answers.year, today)
      : defaultDocumentDate(answers.year, today);
  const base: ScaffoldBase = { config, kind, issuer: answers.issuer, year: answers.year, date, target: { root, file, shownPath } };
  const scaffolder = await kind.scaffold();
  const scaffold = await scaffolder({
    base,
    documents: run.documents,
    from: from ? { parsed: from.parsed, shown: from.shown, relative: from.relative(root) } : undefined,
    quarter: answers.quarter,
    bloc: options.bloc,
    type: options.type,
  });

  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFileAtomic(file, scaffold.text, { exclusive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyThere(shownPath, error);
    throw error;
  }

  const lang = options.lang;
  const out = (text: { vi: string; en: string }) => ctx.stdout.write(`${pick(text, lang)}\n`);
  out({
    vi: `Đã tạo ${shownPath}: ${kind.label.vi}${answers.quarter ? ` ${quarterRoman(answers.quarter)}` : ''} năm ${answers.year} của ${issuerName(answers.issuer)}.`,
    en: `Created ${shownPath}: ${kind.label.en} for ${answers.quarter ? `Q${answers.quarter} ` : ''}${answers.year} of ${issuerName(answers.issuer)}.`,
  });
  // A document whose parties come from the bloc's members says when they were borrowed from another year.
  if (answers.issuer.type === 'bloc' && Array.isArray(scaffold.value.parties) && blocTerm(answers.issuer.bloc, answers.year).borrowedFrom !== undefined) {
    out({
      vi: `Lưu ý: giaouoc.yaml chưa có thành viên của ${answers.issuer.bloc.name} năm ${answers.year}; các bên ký được lấy theo năm gần nhất — hãy cập nhật giaouoc.yaml.`,
      en: `Note: giaouoc.yaml has no members of ${answers.issuer.bloc.name} for ${answers.year}; the parties come from the latest year — update giaouoc.yaml.`,
    });
  }
  if (!existsSync(join(root, REPOSITORY_SCHEMAS_DIR, `${kind.schema}.schema.json`))) {
    out({
      vi: `Kho chưa có ${REPOSITORY_SCHEMAS_DIR}/: chạy \`giaouoc init --force\` để trình soạn thảo gợi ý các trường.`,
      en: `The repository has no ${REPOSITORY_SCHEMAS_DIR}/: run \`giaouoc init --force\` so editors can complete fields.`,
    });
  }
  out({
    vi: `Bước tiếp theo: thay mỗi chỗ trống «✎ …» bằng nội dung thật, rồi chạy \`giaouoc validate ${shellArg(shownPath)}\`.`,
    en: `Next: replace each blank «✎ …» with the real content, then run \`giaouoc validate ${shellArg(shownPath)}\`.`,
  });
  return EXIT.ok;
}

function requireKind(name: string): KindSpec {
  const kind = findKind(name);
  if (kind) return kind;
  const names = KINDS.map((spec) => `${spec.name} (${spec.aliases[0]})`).join(', ');
  throw new UserError({ vi: `không có loại văn bản ${JSON.stringify(name)}; hãy dùng một trong: ${names}`, en: `there is no document kind ${JSON.stringify(name)}; use one of: ${names}` });
}

function integerFlag(value: string | number | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new UserError({ vi: `${flag} phải là một số nguyên từ ${min} đến ${max}`, en: `${flag} must be a whole number from ${min} to ${max}` });
  }
  return number;
}

interface FromFile {
  parsed: ParsedSource;
  facts: FromFacts;
  shown: string;
  relative(root: string): string;
}

/** The file a new document continues: last year's compact or plan, or the plan a report follows. */
async function readFrom(file: string, given: string, kind: KindSpec): Promise<FromFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UserError({ vi: `không đọc được tệp ${given} (--from); hãy kiểm tra đường dẫn`, en: `cannot read ${given} (--from); check the path` }, { cause: error });
  }
  const parsed = parseSource(decodeSource(bytes).text);
  const value = record(parsed.value);
  const wanted = kind.continues ?? kind.name;
  if (parsed.problems.length > 0 || value.kind !== wanted || typeof value.year !== 'number' || typeof value.issuer !== 'string') {
    const label = findKind(wanted)?.label ?? kind.label;
    throw new UserError({
      vi: `${given} (--from) không phải một ${label.vi} đọc được; hãy chạy \`giaouoc validate ${shellArg(given)}\` hoặc chọn tệp khác`,
      en: `${given} (--from) is not a readable ${label.en}; run \`giaouoc validate ${shellArg(given)}\` or choose another file`,
    });
  }
  return {
    parsed,
    facts: { kind: wanted, year: value.year, issuer: value.issuer },
    shown: given,
    relative: (root) => relative(root, file).split(sep).join('/'),
  };
}

function shown(cwd: string, file: string): string {
  return relative(cwd, file).split(sep).join('/') || file;
}

function alreadyThere(path: string, cause?: unknown): UserError {
  return new UserError(
    {
      vi: `đã có tệp ${path}; giaouoc new không ghi đè tệp có sẵn — hãy chọn tên khác bằng --out hoặc xóa tệp cũ`,
      en: `${path} already exists; giaouoc new never overwrites a file — choose another name with --out or remove the old file`,
    },
    { cause },
  );
}
