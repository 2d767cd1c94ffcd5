// Binding a signed PDF to its source in git: the XMP of the revision the first signature covers names the
// document, its digest and the commit it was printed from; the sign-ready records (ban-ky/**.json) name the
// hash of every sign-ready print. Either way the claim is checked against git itself — the document at the named
// commit must have that digest — and against the document as it is now.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { contentDigest } from '../documents/canonical.js';
import { parseSource } from '../documents/parse.js';
import { findRoot, CONFIG_FILE } from '../documents/repository.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { readSignReadyXmp } from '../render/pdf/metadata.js';
import { gitPath, openLayout, type RepoLayout } from '../repo/layout.js';
import { partiesOf } from '../repo/parties.js';
import { finding, type Finding } from './findings.js';
import { SIGNED_FOLDER, type Manifest, type PrintRecord } from './manifest.js';
import type { PdfFile } from './pdf-file.js';

export interface RepoContext {
  root: string;
  config?: RepositoryConfig;
  layout: RepoLayout;
  /** Sign-ready prints by sha256 of their bytes. */
  prints: Map<string, { manifest: Manifest; print: PrintRecord }>;
  /** Document values by "commit:path", read once per run. */
  atCommit: Map<string, Promise<Record<string, unknown> | undefined>>;
  current: Map<string, Promise<string | undefined>>;
}

export interface Binding {
  document?: string;
  commit?: string;
  digest?: string;
  number?: string;
  /** The sha256 of the sign-ready print this PDF extends, when it is one the repository recorded. */
  recordedPrint?: string;
  /** The parties and the year of the document at the printed commit. */
  parties?: string[];
  year?: number;
  findings: Finding[];
}

export async function openRepoContext(start: string, env: NodeJS.ProcessEnv): Promise<RepoContext | undefined> {
  const root = findRoot(start);
  if (!root) return undefined;
  const layout = await openLayout(root, env).catch(() => undefined);
  if (!layout) return undefined;
  const configText = await readFile(join(root, CONFIG_FILE), 'utf8').catch(() => undefined);
  const parsed = configText === undefined ? undefined : parseSource(configText);
  const config = parsed && parsed.problems.length === 0 ? (parsed.value as RepositoryConfig) : undefined;
  return { root, config, layout, prints: await readPrints(root), atCommit: new Map(), current: new Map() };
}

async function readPrints(root: string): Promise<RepoContext['prints']> {
  const prints: RepoContext['prints'] = new Map();
  const folder = join(root, SIGNED_FOLDER);
  for (const year of await readdir(folder).catch(() => [] as string[])) {
    for (const name of (await readdir(join(folder, year)).catch(() => [] as string[])).filter((item) => item.endsWith('.json'))) {
      try {
        const manifest = JSON.parse(await readFile(join(folder, year, name), 'utf8')) as Manifest;
        for (const print of Array.isArray(manifest.prints) ? manifest.prints : []) if (typeof print.sha256 === 'string') prints.set(print.sha256, { manifest, print });
      } catch {
        // a record that does not parse binds nothing
      }
    }
  }
  return prints;
}

/** `signedRevision`: the revision the first signature covers (the sign-ready print or a signer's rewrite of it). */
export async function bindPdf(file: PdfFile, signedRevision: number, repo: RepoContext | undefined): Promise<Binding> {
  const trace = readTrace(file, signedRevision);
  const binding: Binding = { ...trace, findings: [] };
  if (!repo) {
    binding.findings.push(finding('outside-repository'));
    return binding;
  }
  for (let index = 0; index <= signedRevision; index++) {
    const { end, markEnd } = file.revisions[index]!;
    const recorded = [...new Set([markEnd, end])]
      .map((length) => repo.prints.get(createHash('sha256').update(file.bytes.subarray(0, length)).digest('hex')))
      .find(Boolean);
    if (!recorded) continue;
    binding.recordedPrint = recorded.print.sha256;
    binding.document ??= recorded.manifest.document;
    binding.digest ??= recorded.print.digest;
    binding.commit ??= recorded.print.commit;
    binding.number ??= recorded.print.number;
  }
  const { document, commit, digest } = binding;
  if (!document || !commit || !digest) {
    binding.findings.push(finding('not-bound'));
    return binding;
  }
  const value = await documentAt(repo, commit, document);
  if (!value) {
    binding.findings.push(finding('document-missing', { document, commit: commit.slice(0, 12) }));
    return binding;
  }
  const actual = contentDigest(value);
  if (actual !== digest) {
    binding.findings.push(finding('digest-at-commit-mismatch', { pdf: digest, document, commit: commit.slice(0, 12), actual }));
    return binding;
  }
  binding.parties = partiesOf(value, repo.config);
  binding.year = typeof value.year === 'number' ? value.year : undefined;
  const now = await currentDigest(repo, document);
  if (now !== undefined && now !== digest) binding.findings.push(finding('other-version', { document, commit: commit.slice(0, 12) }));
  return binding;
}

function readTrace(file: PdfFile, revision: number): Omit<Binding, 'findings'> {
  const catalog = file.dict(file.revisions[revision]!.trailer.get(PDFName.of('Root')), revision);
  const stream = file.resolve(catalog?.get(PDFName.of('Metadata')), revision);
  if (!(stream instanceof PDFRawStream)) return {};
  try {
    const xmp = Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
    return readSignReadyXmp(xmp) ?? {};
  } catch {
    return {};
  }
}

const SAFE_PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\0\n]+\.ya?ml$/;

async function documentAt(repo: RepoContext, commit: string, document: string): Promise<Record<string, unknown> | undefined> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit) || !SAFE_PATH.test(document)) return undefined;
  const key = `${commit}:${document}`;
  let pending = repo.atCommit.get(key);
  if (!pending) {
    pending = repo.layout.git
      .probe(['show', `${commit}:${gitPath(repo.layout, document)}`])
      .then((result) => (result.code === 0 ? (parseSource(result.stdout).value as Record<string, unknown>) : undefined))
      .catch(() => undefined);
    repo.atCommit.set(key, pending);
  }
  return pending;
}

async function currentDigest(repo: RepoContext, document: string): Promise<string | undefined> {
  if (!SAFE_PATH.test(document)) return undefined;
  let pending = repo.current.get(document);
  if (!pending) {
    pending = readFile(join(repo.root, document), 'utf8')
      .then((text) => contentDigest(parseSource(text.replace(/^\uFEFF/, '')).value))
      .catch(() => undefined);
    repo.current.set(document, pending);
  }
  return pending;
}
