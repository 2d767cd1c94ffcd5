// `log`: the revisions of one document (the commits that changed it, through renames) and, under each,
// the signatures made while it was the current revision, each with its verdict.

import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseSource } from '../documents/parse.js';
import { CONFIG_FILE, repoRelative, requireRoot } from '../documents/repository.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { UserError } from '../errors.js';
import { signaturesByPath, trackDocuments } from './document-tracking.js';
import { isoTime, readHistory } from './history.js';
import { ensureFullHistory, fromGitPath, openLayout } from './layout.js';
import { RevisionReader } from './revision-reader.js';
import { SignatureCache } from './signature-cache.js';
import { KeyHistory, pinnedRegistrars } from './key-history.js';
import { verdictsOf, checkSignatures, type SignatureProblem } from './signature-check.js';

export interface LoggedSignature {
  commit: string;
  unit: string;
  signer?: string;
  signedAt: string;
  problem?: SignatureProblem;
  fingerprint?: string;
}

export interface Revision {
  commit: string;
  author: string;
  date: string;
  subject: string;
  signatures: LoggedSignature[];
}

export interface DocumentLog {
  relative: string;
  config?: RepositoryConfig;
  /** Newest first, as `git log` shows them. */
  revisions: Revision[];
}

export async function documentLog(options: { cwd: string; file: string; env?: NodeJS.ProcessEnv }): Promise<DocumentLog> {
  const file = resolve(options.cwd, options.file);
  if (!(await stat(file).catch(() => undefined))?.isFile()) {
    throw new UserError({ vi: `không tìm thấy tệp ${options.file}; hãy kiểm tra lại đường dẫn`, en: `${options.file} does not exist; check the path` });
  }
  const root = requireRoot(dirname(file));
  const relative = repoRelative(root, file);
  const configText = await readFile(resolve(root, CONFIG_FILE), 'utf8');
  const config = parseSource(configText).value as RepositoryConfig | undefined;
  const layout = await openLayout(root, options.env);
  await ensureFullHistory(layout);
  const cache = await SignatureCache.open(root, options.env ?? {});
  const history = await readHistory(layout, cache);
  try {
    const reader = new RevisionReader(layout, history.batch, cache);
    const digest = reader.fromBytes(await readFile(file)).digest;
    const tracked = trackDocuments(history, (path) => fromGitPath(layout, path));
    const attached = signaturesByPath(tracked, new Map([[digest, relative]])).get(relative) ?? [];
    const position = new Map(history.commits.map((commit, index) => [commit.oid, index]));
    const changes = tracked.revisions.get(relative) ?? [];
    const revisions: Revision[] = changes.map((commit) => ({
      commit: commit.oid,
      author: commit.author.name,
      date: isoTime(commit.author),
      subject: commit.subject,
      signatures: [],
    }));
    const keys = await KeyHistory.build(layout, history, reader, pinnedRegistrars(options.env ?? {}), (oids) => verdictsOf(oids, { cache, readCommit: history.readCommit }));
    const checks = await checkSignatures(attached, { reader, cache, config, keys, treeOf: (oid) => history.byOid.get(oid)?.tree, committedAt: (oid) => history.byOid.get(oid)?.committer.time, readCommit: history.readCommit });
    for (const [index, item] of attached.entries()) {
      const at = position.get(item.commit.oid)!;
      const revision = [...revisions].reverse().find((candidate) => position.get(candidate.commit)! <= at);
      if (!revision) continue;
      const check = checks[index];
      revision.signatures.push({
        commit: item.commit.oid,
        unit: item.claim.party,
        signer: item.claim.signer,
        signedAt: isoTime(item.commit.committer),
        problem: check.problem,
        fingerprint: check.fingerprint,
      });
    }
    await cache.save();
    return { relative, config, revisions: revisions.reverse() };
  } finally {
    await history.close();
  }
}
