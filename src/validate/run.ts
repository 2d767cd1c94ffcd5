// One validation run over a repository: read and hash every document, check what changed (on all cores),
// then apply the cross-document rules to everyone's facts. Reports on the files that were asked for.

import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONFIG_FILE, discoverDocuments, repoRelative, requireRoot } from '../documents/repository.js';
import { UserError } from '../errors.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { ValidationCache, contentHash } from './cache.js';
import type { FileResult, FileRole } from './check-file.js';
import { crossIssues, type KnownDocument } from './cross-rules.js';
import { schemaVersion } from './generated/validators.js';
import { compareIssues, type Issue } from './issue.js';
import { checkFiles } from './pool.js';
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
const READ_CONCURRENCY = 64;

export async function validateRepository(options: ValidateOptions): Promise<ValidationRun> {
  const cwd = options.cwd;
  const first = options.paths[0];
  const root = requireRoot(first ? await startFolder(cwd, first) : cwd);
  const configFile = join(root, CONFIG_FILE);
  const requested = options.paths.length > 0 ? await discoverDocuments(options.paths, cwd) : [];
  const everything = await discoverDocuments([root], root);
  const all = [...new Set([...everything, ...requested.filter((file) => file !== configFile)])];

  const cache = options.cache === false ? undefined : await ValidationCache.open(root, `${CACHE_FORMAT}|${VERSION}|${schemaVersion}`, options.env ?? {});
  const inputs = await readAll([configFile, ...all]);
  const results: FileResult[] = new Array(inputs.length);
  const pending: { index: number; hash: string }[] = [];
  inputs.forEach((input, index) => {
    const hit = cache?.get(input.file, input.hash);
    if (hit) results[index] = hit;
    else pending.push({ index, hash: input.hash });
  });
  const checked = await checkFiles(
    pending.map(({ index }) => ({ file: inputs[index].file, role: (index === 0 ? 'config' : 'document') as FileRole, bytes: inputs[index].bytes })),
    options.jobs,
  );
  pending.forEach(({ index, hash }, i) => {
    results[index] = checked[i];
    cache?.set(inputs[index].file, hash, checked[i]);
  });
  await cache?.save();

  const config = results[0].config;
  const documents: KnownDocument[] = [];
  results.forEach((result, index) => {
    if (index > 0 && result.facts) documents.push({ file: inputs[index].file, relative: repoRelative(root, inputs[index].file), facts: result.facts });
  });
  const wanted = new Set(requested.length > 0 ? requested : all);
  const issues = [
    ...results.flatMap((result, index) => (index === 0 || wanted.has(inputs[index].file) ? result.issues : [])),
    ...(config ? crossIssues(config, documents).filter((issue) => wanted.has(issue.file)) : []),
  ].sort(compareIssues);
  return { root, config, documents, files: [...wanted], issues };
}

interface Input {
  file: string;
  bytes: Uint8Array;
  hash: string;
}

async function readAll(files: string[]): Promise<Input[]> {
  const inputs: Input[] = new Array(files.length);
  let next = 0;
  const reader = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new UserError(
          { vi: `không đọc được tệp ${file} (${(error as NodeJS.ErrnoException).code}); hãy kiểm tra quyền đọc tệp`, en: `cannot read ${file} (${(error as NodeJS.ErrnoException).code}); check its permissions` },
          { cause: error },
        );
      }
      inputs[index] = { file, bytes, hash: contentHash(bytes) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, reader));
  return inputs;
}

async function startFolder(cwd: string, given: string): Promise<string> {
  const path = resolve(cwd, given);
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    throw new UserError({ vi: `không tìm thấy ${given}; hãy kiểm tra lại đường dẫn`, en: `${given} does not exist; check the path` });
  }
  return info.isDirectory() ? path : join(path, '..');
}
