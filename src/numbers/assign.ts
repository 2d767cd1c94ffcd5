// `cap-so`: the next free number of the document's issuer and year, written into the file and committed with a
// trailer, so the number is part of history. Everything from reading the numbers in use to moving HEAD happens
// under one lock in git's folder, and HEAD moves by compare-and-swap: two runs never hand out the same number,
// and a commit made meanwhile by someone else makes this run fail cleanly instead of being overwritten.

import { readFile, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { repoRelative, requireRoot } from '../documents/repository.js';
import { parseSource } from '../documents/parse.js';
import { documentTitle } from '../repo/sign.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { runGit } from '../repo/git-process.js';
import { gitPath, hasHead, openLayout, type RepoLayout } from '../repo/layout.js';
import { validateRepository } from '../validate/run.js';
import { unitOf } from '../repo/parties.js';
import { issuerCodesOf, numberingYear, typeCodeOf } from './codes.js';
import { withNumber } from './insert.js';
import { acquireLock } from './lock.js';
import { pad, symbolOf } from './number.js';
import { readNumber } from './rules.js';
import { numberMessage } from './trailer.js';
import { givenNumbers, givenSpans, outsideSpans, seriesKey } from './accounted.js';

export interface AssignRequest {
  file: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Wait this long for another run holding the lock. */
  lockTimeoutMs?: number;
  /** Number it even when parties have signed its present content (their signatures then sign an earlier version). */
  force?: boolean;
}

export interface AssignResult {
  number: string;
  document: string;
  commit: string;
}

export async function assignNumber(request: AssignRequest): Promise<AssignResult> {
  const file = resolve(request.cwd, request.file);
  await stat(file).catch(() => {
    throw new UserError({ vi: `không tìm thấy ${request.file}; hãy kiểm tra lại đường dẫn`, en: `${request.file} does not exist; check the path` });
  });
  const layout = await openLayout(requireRoot(dirname(file)), request.env);
  if (!(await hasHead(layout))) {
    throw refusal('kho git chưa có commit nào; hãy commit giaouoc.yaml và các văn bản trước khi cấp số', 'the git repository has no commit yet; commit giaouoc.yaml and the documents before numbering', EXIT.usage);
  }
  const commonDir = (await layout.git.run(['rev-parse', '--git-common-dir'])).trim();
  const gitDir = isAbsolute(commonDir) ? commonDir : resolve(layout.toplevel, commonDir);
  const lock = await acquireLock(join(gitDir, 'giaouoc-cap-so.lock'), { timeoutMs: request.lockTimeoutMs });
  try {
    return await assignLocked(file, layout, gitDir, request.env, request.force === true);
  } finally {
    await lock.release();
  }
}

async function assignLocked(file: string, layout: RepoLayout, gitDir: string, env: NodeJS.ProcessEnv, force: boolean): Promise<AssignResult> {
  // Read again under the lock: another run may have numbered a document since.
  const run = await validateRepository({ cwd: dirname(file), paths: [file], env });
  const relative = repoRelative(run.root, file);
  const errors = run.issues.filter((issue) => issue.severity === 'error');
  const doc = run.documents.find((entry) => entry.file === file);
  if (errors.length > 0 || !run.config || !doc) {
    throw refusal(
      `văn bản ${relative} chưa hợp lệ (${errors.length} lỗi); hãy chạy \`giaouoc validate ${relative}\` và sửa trước khi cấp số`,
      `${relative} does not validate (${errors.length} errors); run \`giaouoc validate ${relative}\` and fix it before numbering`,
    );
  }
  if (doc.facts.number) {
    throw refusal(
      `văn bản ${relative} đã có số ${doc.facts.number.id} (dòng ${doc.facts.number.line}); mỗi văn bản chỉ cấp số một lần — muốn đánh lại thì xóa dòng “number” trước`,
      `${relative} already has the number ${doc.facts.number.id} (line ${doc.facts.number.line}); a document is numbered once — delete the “number” line to renumber it`,
    );
  }
  const config = run.config;
  // The number is part of what a party signs: numbering a signed document voids its signatures.
  if (!force) {
    const signed = await signedBy(run.root, file, env);
    if (signed.length > 0) {
      const names = signed.map((id) => unitOf(config, id)?.name ?? id).join(', ');
      throw refusal(
        `văn bản ${relative} đã được ${names} ký đúng nội dung hiện tại; số là một phần nội dung được ký nên cấp số bây giờ làm chữ ký ấy mất hiệu lực — hãy cấp số trước khi ký, hoặc thêm --force để vẫn cấp số rồi ký lại`,
        `${relative} is signed as it stands by ${names}; the number is part of what is signed, so numbering it now voids that signature — number documents before they are signed, or add --force to number it anyway and sign again`,
      );
    }
  }
  const date = doc.facts.date?.id;
  const [code] = issuerCodesOf(config, doc.facts.issuer.id, date, doc.facts.year);
  if (!code) {
    throw refusal(
      `đơn vị ban hành “${doc.facts.issuer.id}” chưa có mã ký hiệu; hãy khai báo trường “code” của đơn vị trong giaouoc.yaml rồi cấp số`,
      `the issuer “${doc.facts.issuer.id}” has no code; declare the unit's “code” in giaouoc.yaml, then number the document`,
    );
  }
  const year = numberingYear(date, doc.facts.year);
  const symbol = symbolOf(typeCodeOf(doc.facts), code);
  // A symbol written for the blank (`symbol:`) gives way to the number only when the number carries that symbol.
  const written = doc.facts.symbol;
  if (written && written.id.normalize('NFC') !== symbol) {
    throw refusal(
      `văn bản ${relative} ghi ký hiệu “${written.id}” (dòng ${written.line}), còn số cấp theo mã loại và mã đơn vị có ký hiệu “${symbol}”; hãy sửa dòng “symbol” thành “${symbol}” hoặc xóa nó rồi cấp số`,
      `${relative} writes the symbol “${written.id}” (line ${written.line}), but the number given by type and issuer code has the symbol “${symbol}”; change the “symbol” line to “${symbol}” or delete it, then number the document`,
    );
  }
  const used = new Set<number>();
  for (const other of run.documents) {
    const numbered = readNumber(other, config).numbered;
    if (numbered && numbered.code === code && numbered.year === year) used.add(numbered.ordinal);
  }
  // A number given once stays given, even when its document was withdrawn (deleted) since; a number declared used
  // outside the repository is not given again either.
  for (const [ordinal] of givenSpans(await givenNumbers(layout.git), code, year)) used.add(ordinal);
  const declared = outsideSpans(config).get(seriesKey(code, year)) ?? [];
  const ordinal = Math.max(0, ...used, ...declared.map(([, to]) => to)) + 1;
  const number = `${pad(ordinal)}/${symbol}`;

  const original = await readFile(file, 'utf8');
  const text = withNumber(original, number);
  if (!text) {
    throw refusal(
      `không ghi được số vào ${relative} mà giữ nguyên phần còn lại của văn bản (cần dòng “issuer:” ở đầu dòng, mỗi trường một dòng); hãy viết văn bản theo dạng của \`giaouoc new\``,
      `cannot write the number into ${relative} and keep the rest of the document as it is (it needs an “issuer:” line at the start of a line, one field per line); lay it out as \`giaouoc new\` does`,
    );
  }
  await writeFileAtomic(file, text);
  try {
    const commit = await commitFile(layout, gitDir, relative, numberMessage(documentTitle((parseSource(original).value ?? {}) as Record<string, unknown>), { document: relative, number, year }));
    return { number, document: relative, commit };
  } catch (error) {
    await writeFileAtomic(file, original);
    throw error;
  }
}

/**
 * Commits the file alone on HEAD, through a private index, whatever else is staged; HEAD moves only if it is
 * still the commit the number was computed on. The user's index then records the file as committed.
 */
async function commitFile(layout: RepoLayout, gitDir: string, relative: string, message: string): Promise<string> {
  const path = gitPath(layout, relative);
  const head = (await layout.git.run(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
  const index = join(gitDir, `giaouoc-cap-so.${process.pid}.index`);
  const privateEnv = { ...layout.env, GIT_INDEX_FILE: index };
  const git = (args: string[], withIndex = false) => runGit(layout.toplevel, args, { env: withIndex ? privateEnv : layout.env }).then((out) => out.toString('utf8').trim());
  try {
    const blob = await git(['hash-object', '-w', `--path=${path}`, '--', path]);
    await git(['read-tree', head], true);
    await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], true);
    const tree = await git(['write-tree'], true);
    const commit = await git(['commit-tree', tree, '-p', head, '-m', message]);
    await git(['update-ref', '-m', `giaouoc cap-so: ${relative}`, 'HEAD', commit, head]).catch((error) => {
      throw new UserError(
        { vi: `HEAD đã đổi trong lúc cấp số cho ${relative} (có commit khác xen vào); chưa cấp số nào — hãy chạy lại lệnh`, en: `HEAD moved while numbering ${relative} (another commit came in between); no number was given — run the command again` },
        { cause: error },
      );
    });
    // The commit stands; an index left stale (a locked index, say) only shows the file as changed in `git status`.
    await git(['add', '--', path]).catch(() => undefined);
    return commit;
  } finally {
    await rm(index, { force: true });
  }
}

/** The parties whose signature stands on the document's present content. */
async function signedBy(root: string, file: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const { inspectSignatures } = await import('../repo/verify.js');
  const report = await inspectSignatures({ cwd: root, paths: [file], env });
  return (report.documents[0]?.parties ?? []).filter((party) => party.status === 'valid').map((party) => party.unit);
}

function refusal(vi: string, en: string, exitCode: number = EXIT.findings): UserError {
  return new UserError({ vi, en }, { exitCode });
}
