// One validation run over a repository: read and hash every document, check what changed (on all cores),
// then apply the cross-document rules to everyone's facts. Reports on the files that were asked for.

import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONFIG_FILE, discoverDocuments, repoRelative, requireRoot } from '../documents/repository.js';
import { UserError } from '../errors.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { ValidationCache, contentHash } from './cache.js';
import type { FileResult } from './check-file.js';
import { crossIssues, type KnownDocument } from './cross-rules.js';
import { schemaVersion } from './generated/schema-version.js';
import { compareIssues, type Issue } from './issue.js';
import type { Checker } from './pool.js';
import { availableParallelism } from 'node:os';
import { VERSION } from '../version.js';

export interface ValidateOptions {
  cwd: string;
  /** Files or folders; empty means the whole repository. */
  paths: readonly string[];
  cache?: boolean;
  jobs?: number;
  env?: NodeJS.ProcessEnv;
}

export interface ValidationRun {
  root: string;
  config?: RepositoryConfig;
  /** The documents of the repository whose facts could be read. */
  documents: KnownDocument[];
  /** The files that were asked for. */
  files: string[];
  issues: Issue[];
}

const CACHE_FORMAT = 2;
const READ_BATCH = 64;

export async function validateRepository(options: ValidateOptions): Promise<ValidationRun> {
  const cwd = options.cwd;
  const first = options.paths[0];
  const root = requireRoot(first ? await startFolder(cwd, first) : cwd);
  const configFile = join(root, CONFIG_FILE);
  const requested = options.paths.length > 0 ? await discoverDocuments(options.paths, cwd) : [];
  const everything = await discoverDocuments([root], root);
  const all = [...new Set([...everything, ...requested.filter((file) => file !== configFile)])];

  const cache = options.cache === false ? undefined : await ValidationCache.open(root, `${CACHE_FORMAT}|${VERSION}|${schemaVersion}`, options.env ?? {});
  const files = [configFile, ...all];
  // A cold run checks everything: start the workers now, while the files are being read.
  const jobs = options.jobs ?? availableParallelism();
  const cold = !cache || cache.isEmpty();
  // The checker (YAML parser, validators) loads only when some file is not answered by the cache.
  const checkers = cold ? await import('./pool.js') : undefined;
  let pool: Checker | undefined = checkers && files.length >= checkers.MIN_FILES_FOR_WORKERS && jobs > 1 ? checkers.workerChecker(jobs) : undefined;
  const results: FileResult[] = new Array(files.length);
  const checks: Promise<void>[] = [];
  const misses: Input[] = [];
  const check = (input: Input, checker: Checker) =>
    checks.push(
      checker.check({ file: input.file, role: input.index === 0 ? 'config' : 'document', bytes: input.bytes }).then((result) => {
        results[input.index] = result;
        cache?.set(input.file, input.hash, result);
      }),
    );
  try {
    await readAll(files, (input) => {
      const hit = cache?.get(input.file, input.hash);
      if (hit) results[input.index] = hit;
      else if (pool) check(input, pool);
      else misses.push(input);
    });
    if (misses.length > 0) {
      const { MIN_FILES_FOR_WORKERS, inlineChecker, workerChecker } = checkers ?? (await import('./pool.js'));
      if (misses.length >= MIN_FILES_FOR_WORKERS && jobs > 1) pool = workerChecker(jobs);
      for (const input of misses) check(input, pool ?? inlineChecker);
    }
    await Promise.all(checks);
  } finally {
    await pool?.close();
  }
  await cache?.save();

  const config = results[0].config;
  const documents: KnownDocument[] = [];
  results.forEach((result, index) => {
    if (index > 0 && result.facts) documents.push({ file: files[index], relative: repoRelative(root, files[index]), facts: result.facts });
  });
  const wanted = new Set(requested.length > 0 ? requested : all);
  const issues = [
    ...results.flatMap((result, index) => (index === 0 || wanted.has(files[index]) ? result.issues : [])),
    ...(config ? crossIssues(config, documents).filter((issue) => wanted.has(issue.file)) : []),
  ].sort(compareIssues);
  return { root, config, documents, files: [...wanted], issues };
}

interface Input {
  index: number;
  file: string;
  bytes: Uint8Array;
  hash: string;
}

/**
 * Reads every file and hands each to `onRead` as soon as it is in memory. Synchronous reads of small files are
 * several times cheaper than promise-based ones; yielding every few files lets finished checks come back.
 */
async function readAll(files: string[], onRead: (input: Input) => void): Promise<void> {
  for (let index = 0; index < files.length; index++) {
    const file = files[index];
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new UserError(
        { vi: `không đọc được tệp ${file} (${(error as NodeJS.ErrnoException).code}); hãy kiểm tra quyền đọc tệp`, en: `cannot read ${file} (${(error as NodeJS.ErrnoException).code}); check its permissions` },
        { cause: error },
      );
    }
    onRead({ index, file, bytes, hash: contentHash(bytes) });
    if (index % READ_BATCH === READ_BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
  }
}

async function startFolder(cwd: string, given: string): Promise<string> {
  const path = resolve(cwd, given);
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    throw new UserError({ vi: `không tìm thấy ${given}; hãy kiểm tra lại đường dẫn`, en: `${given} does not exist; check the path` });
  }
  return info.isDirectory() ? path : join(path, '..');
}
