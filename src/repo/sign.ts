// `sign`: checks that the document, the party and the key are what they claim, then records the signature
// as an empty commit (same tree as HEAD) signed through git's SSH signing, with trailers naming the document,
// the party, the signer and the digest of the content. The commit is built with `commit-tree` on HEAD's tree,
// so whatever else happens to be staged can never slip into a signature.

import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { contentDigest } from '../documents/canonical.js';
import { awaitedNumber } from '../numbers/codes.js';
import { parseSource } from '../documents/parse.js';
import { placeIn } from '../documents/place.js';
import { unnamedSigner } from '../domain/signature-block.js';
import { unfilledBlanks } from '../pdfsign/readiness.js';
import { CONFIG_FILE, repoRelative } from '../documents/repository.js';
import { findKind } from '../kinds/registry.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { validateRepository } from '../validate/run.js';
import { committedRegistry } from './key-registry.js';
import { gitPath, hasHead, openLayout, type RepoLayout } from './layout.js';
import { runGit } from './git-process.js';
import { decodeSource } from '../documents/source.js';
import { partiesOf, signerNameFor } from './parties.js';
import { documentDate } from '../domain/period.js';
import { registryOf } from '../domain/registry.js';
import { resolveSigningKey } from './signing-key.js';
import { signatureMessage } from './trailers.js';
import { shellArg } from '../output/shell-quote.js';

export interface SignRequest {
  file: string;
  unit: string;
  key?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface SignResult {
  commit: string;
  /** Path from the document root. */
  document: string;
  unit: string;
  signer: string;
  digest: string;
  fingerprint: string;
  /** How the number of a document that must be numbered begins (“12/KH-…”) when it has none yet: numbering it later voids this signature. */
  awaitedNumber?: string;
}

export async function signDocument(request: SignRequest): Promise<SignResult> {
  const file = resolve(request.cwd, request.file);
  if (!(await stat(file).catch(() => undefined))?.isFile()) {
    throw new UserError({
      vi: `${request.file} không phải một tệp văn bản (không có, là thư mục hay FIFO); hãy chỉ định tệp YAML của văn bản cần ký`,
      en: `${request.file} is not a document file (missing, a folder or a FIFO); name the YAML file of the document to sign`,
    });
  }
  const run = await validateRepository({ cwd: dirname(file), paths: [file], env: request.env });
  const relative = repoRelative(run.root, file);
  const errors = run.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0 || !run.config) {
    throw refusal(
      `văn bản ${relative} chưa hợp lệ (${errors.length} lỗi); hãy chạy \`giaouoc validate ${shellArg(relative)}\` và sửa trước khi ký`,
      `${relative} does not validate (${errors.length} errors); run \`giaouoc validate ${shellArg(relative)}\` and fix it before signing`,
    );
  }
  const blanks = unfilledBlanks(relative, run.issues);
  if (blanks) throw refusal(blanks.vi, blanks.en);
  const config: RepositoryConfig = run.config;
  const parsed = parseSource(await readFile(file, 'utf8'));
  const doc = parsed.value as Record<string, unknown>;
  if (typeof doc.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(doc.date)) {
    throw refusal(
      `văn bản ${relative} chưa ghi đủ ngày ban hành (${String(doc.date)}); hãy ghi ngày ký theo dạng năm-tháng-ngày rồi mới ký`,
      `${relative} has no full date (${String(doc.date)}); write the signing date as year-month-day before signing`,
    );
  }
  const parties = partiesOf(doc, config);
  if (!parties.includes(request.unit)) {
    throw refusal(
      `đơn vị "${request.unit}" không phải một bên của văn bản ${relative} (các bên: ${parties.join(', ')}); chỉ các bên mới được ký`,
      `unit "${request.unit}" is not a party of ${relative} (parties: ${parties.join(', ')}); only parties may sign`,
    );
  }
  const unnamed = unnamedSigner(doc, config, request.unit, (at) => placeIn(relative, parsed, at));
  if (unnamed) throw refusal(unnamed.vi, unnamed.en);

  const layout = await openLayout(run.root, request.env);
  const path = gitPath(layout, relative);
  const changes = (await hasHead(layout)) ? await layout.git.run(['status', '--porcelain', '--untracked-files=all', '--', path]) : '?? ';
  // The registry in the signature's parent is the one the signature is judged and printed by: it must be the one
  // that decided who signs here.
  const configChanges = (await hasHead(layout)) ? await layout.git.run(['status', '--porcelain', '--untracked-files=all', '--', gitPath(layout, CONFIG_FILE)]) : '';
  if (configChanges.trim() !== '') {
    throw refusal(
      `${CONFIG_FILE} có thay đổi chưa commit; chữ ký được đối chiếu với danh mục đã commit, hãy commit trước khi ký: git add ${CONFIG_FILE} && git commit -m "Sửa danh mục đơn vị"`,
      `${CONFIG_FILE} has uncommitted changes; a signature is judged by the committed registry, so commit it before signing: git add ${CONFIG_FILE} && git commit -m "Edit the registry"`,
    );
  }
  if (changes.trim() !== '') {
    throw refusal(
      `văn bản ${relative} có thay đổi chưa commit; hãy commit trước khi ký: git add ${relative} && git commit -m "Sửa ${relative}"`,
      `${relative} has uncommitted changes; commit it before signing: git add ${relative} && git commit -m "Edit ${relative}"`,
    );
  }
  const registered = (await committedRegistry(layout)).get(request.unit) ?? [];
  if (registered.length === 0) {
    throw refusal(
      `đơn vị "${request.unit}" chưa đăng ký khóa ký; hãy chạy \`giaouoc key new ${request.unit}\` hoặc \`giaouoc key add ${request.unit} <tệp .pub>\``,
      `unit "${request.unit}" has no registered signing key; run \`giaouoc key new ${request.unit}\` or \`giaouoc key add ${request.unit} <file.pub>\``,
    );
  }
  const key = await resolveSigningKey(layout, request.key, request.cwd, request.env);
  if (!registered.some((item) => item.fingerprint === key.publicKey.fingerprint)) {
    throw refusal(
      `khóa ${key.publicKey.fingerprint} không phải khóa đã đăng ký của "${request.unit}" (${registered.map((item) => item.fingerprint).join(', ')}); hãy ký bằng đúng khóa của đơn vị`,
      `key ${key.publicKey.fingerprint} is not the registered key of "${request.unit}" (${registered.map((item) => item.fingerprint).join(', ')}); sign with the unit's own key`,
    );
  }

  // The signature names the committed blob, so that is what is digested; a working file that reads differently
  // (assume-unchanged, skip-worktree, an `ident` or clean filter) would have the signature cover unseen content.
  const committed = await committedValue(layout, path);
  const digest = contentDigest(committed);
  if (committed === undefined || digest !== contentDigest(doc)) {
    throw refusal(
      `bản đã commit của ${relative} khác tệp đang mở (do assume-unchanged, skip-worktree hay bộ lọc git); hãy commit đúng nội dung muốn ký rồi ký lại`,
      `the committed ${relative} differs from the file in the working folder (assume-unchanged, skip-worktree or a git filter); commit the content you mean to sign, then sign`,
    );
  }
  const unitName = registryOf(config).fullName(request.unit, documentDate(doc));
  const signer = signerNameFor(doc, config, request.unit) ?? unitName;
  const message = signatureMessage(documentTitle(doc), unitName, { document: relative, party: request.unit, signer, digest });
  const head = (await layout.git.run(['rev-parse', 'HEAD'])).trim();
  const commit = (
    await layout.git.run(['-c', 'gpg.format=ssh', '-c', `user.signingKey=${key.gitValue}`, 'commit-tree', '-S', '-p', head, '-m', message, `${head}^{tree}`])
  ).trim();
  await layout.git.run(['update-ref', '-m', `giaouoc sign: ${relative} ${request.unit}`, 'HEAD', commit, head]);
  return { commit, document: relative, unit: request.unit, signer, digest, fingerprint: key.publicKey.fingerprint, awaitedNumber: awaitedNumber(doc) };
}

async function committedValue(layout: RepoLayout, path: string): Promise<unknown> {
  const bytes = await runGit(layout.toplevel, ['cat-file', 'blob', `HEAD:${path}`], { env: layout.env }).catch(() => undefined);
  if (!bytes) return undefined;
  const parsed = parseSource(decodeSource(bytes).text);
  return parsed.problems.length === 0 ? parsed.value : undefined;
}

export function documentTitle(doc: Record<string, unknown>): string {
  if (typeof doc.subject === 'string' && doc.subject.trim()) return doc.subject.trim();
  const label = findKind(String(doc.kind ?? ''))?.label.vi ?? 'văn bản';
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} năm ${String(doc.year ?? '')}`.trim();
}

function refusal(vi: string, en: string): UserError {
  return new UserError({ vi, en }, { exitCode: EXIT.findings });
}
