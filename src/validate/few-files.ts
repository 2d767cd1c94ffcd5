// Validating a few named files with a warm cache, at a cost that does not grow with the repository: the
// registry and the named files are checked (from the cache when their stat data is unchanged), then only the
// index buckets their cross-document rules look in are read (fact-index.ts). Every document found there is
// stat'ed: one whose stat data is what the index recorded counts with the recorded facts; one that changed is
// re-checked and counts as it is now; one that is gone does not count. What this mode cannot see is a file
// that joined one of those buckets since the last run that checked it (edited but not validated since, or
// added): such a file is taken in by the first run that checks it, and a run over the whole repository
// (`giaouoc validate` without paths) always sees everything.

import { lstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isDocumentPath, repoRelative } from '../documents/repository.js';
import { UserError } from '../errors.js';
import type { DocumentFacts } from '../kinds/facts.js';
import { contentHash, sameStamp, stampOf, trusted, type ValidationCache, type FileStamp } from './cache.js';
import type { FileResult, FileRole } from './check-file.js';
import { crossIssues, type KnownDocument } from './cross-rules.js';
import { DAMAGED, FactIndex, needsOf, slimFacts, type Need } from './fact-index.js';
import { cacheNotice } from '../cache/store.js';
import { compareIssues } from './issue.js';
import type { ValidationRun } from './run.js';

export interface FewOptions {
  root: string;
  configFile: string;
  /** Absolute paths of the named files. */
  requested: readonly string[];
  cache: ValidationCache;
  env: NodeJS.ProcessEnv;
  format: string;
}

/** A re-checked document, for the index: the facts it was indexed under and what it is now. */
export interface Change {
  relative: string;
  before?: DocumentFacts;
  after?: { relative: string; hash: string; stamp?: FileStamp; facts: DocumentFacts };
}

interface Loaded {
  result: FileResult;
  hash: string;
}

/** Undefined when the index cannot answer (absent, stale or damaged): the caller validates the whole repository. */
export async function validateFew(options: FewOptions): Promise<ValidationRun | undefined> {
  const { root, configFile, cache } = options;
  const changes: Change[] = [];
  const load = async (file: string, role: FileRole, info: Stats): Promise<Loaded> => {
    const stamp = stampOf(info);
    const known = cache.byStamp(file, stamp);
    if (known) return known;
    const bytes = readOrFail(file);
    const hash = contentHash(bytes);
    const before = cache.previous(file)?.facts;
    const hit = cache.get(file, hash, stamp);
    const result = hit ?? (await (await import('./pool.js')).inlineChecker.check({ file, role, bytes }));
    if (!hit) cache.set(file, hash, result, stamp);
    // Also a file with the same content and new stat data: its index entries take the new stamp.
    if (role !== 'config') changes.push(changeOf(repoRelative(root, file), before, result.facts, hash, stamp));
    return { result, hash };
  };

  const registry = await load(configFile, 'config', statOrFail(configFile));
  const asked = options.requested.filter((file) => file !== configFile);
  const seeds: { file: string; relative: string; result: FileResult }[] = [];
  for (const file of asked) seeds.push({ file, relative: repoRelative(root, file), result: (await load(file, 'document', statOrFail(file))).result });
  const config = registry.result.config;
  const docs = new Map<string, KnownDocument>();
  for (const seed of seeds) if (seed.result.facts) docs.set(seed.relative, { file: seed.file, relative: seed.relative, facts: seed.result.facts });

  let index: FactIndex | undefined;
  if (config) {
    index = FactIndex.open(root, options.env, options.format, registry.hash);
    if (index.state !== 'ready') {
      if (index.state === 'damaged') cacheNotice(DAMAGED);
      return undefined;
    }
    const full = new Set(docs.keys());
    const queue: Need[] = [...docs.values()].flatMap((doc) => needsOf(doc.relative, doc.facts, config, true));
    const done = new Set<string>();
    while (queue.length > 0) {
      const need = queue.shift()!;
      if (done.has(`${need.full}${need.key}`)) continue;
      done.add(`${need.full}${need.key}`);
      let members = index.bucket(need.key);
      if (!members) return undefined;
      // A path named by a document may be a file no run has checked yet: it is looked at as it is now.
      if (members.length === 0 && need.key.startsWith('p:') && isDocumentPath(need.key.slice(2))) members = [{ r: need.key.slice(2), h: '' }];
      for (const member of members) {
        if (full.has(member.r)) continue;
        const file = join(root, member.r);
        const info = regularFile(file);
        if (!info) continue;
        const known = docs.get(member.r);
        if (!need.full && member.f && member.s && sameStamp(member.s, stampOf(info))) {
          // Score sheets of a bloc are read by the year-end rules, which skip documents known by identity only.
          const light = need.key.startsWith('s:') ? undefined : (known?.light ?? true);
          docs.set(member.r, { file, relative: member.r, facts: known?.facts ?? slimFacts(member.f), light });
          continue;
        }
        const facts = (await load(file, 'document', info)).result.facts;
        full.add(member.r);
        if (!facts) {
          docs.delete(member.r);
          continue;
        }
        docs.set(member.r, { file, relative: member.r, facts });
        queue.push(...needsOf(member.r, facts, config, false));
      }
    }
  }

  // Discovery order, as the rules that take the first of several matches expect.
  const documents = [...docs.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const wanted = new Set(options.requested);
  const issues = [
    ...registry.result.issues,
    ...seeds.flatMap((seed) => seed.result.issues),
    ...(config ? crossIssues(config, documents).filter((issue) => wanted.has(issue.file)) : []),
  ].sort(compareIssues);
  if (config && index && changes.length > 0) index.update(changes, config);
  await Promise.all([cache.save(), index?.save()]);
  return { root, config, documents, files: [...wanted], issues };
}

export function changeOf(relative: string, before: DocumentFacts | undefined, facts: DocumentFacts | undefined, hash: string, stamp: FileStamp | undefined): Change {
  return { relative, before, after: facts ? { relative, hash, stamp: stamp && trusted(stamp) ? stamp : undefined, facts } : undefined };
}

function unreadable(file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UserError({ vi: `không đọc được tệp ${file} (${code}); hãy kiểm tra quyền đọc tệp`, en: `cannot read ${file} (${code}); check its permissions` }, { cause: error });
}

/** stat, or the user's sentence naming the file. */
export function statOrFail(file: string): Stats {
  try {
    return statSync(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** The file's bytes, or the user's sentence naming the file. */
export function readOrFail(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** Discovery takes regular files only (no links): anything else at a member's path is no document now. */
function regularFile(file: string): Stats | undefined {
  try {
    const info = lstatSync(file);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}
