// One validation run over a repository: read and hash every document, check what changed (on all cores),
// then apply the cross-document rules to everyone's facts. Reports on the files that were asked for.

import { join, resolve } from 'node:path';
import { CONFIG_FILE, discoverDocuments, isDocumentPath, repoRelative, requireRoot, statAnyForm } from '../documents/repository.js';
import { UserError } from '../errors.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { ValidationCache, contentHash, stampOf, trusted, type FileStamp } from './cache.js';
import { FactIndex, type IndexedDocument } from './fact-index.js';
import { changeOf, readOrFail, statOrFail, validateFew, type Change } from './few-files.js';
import type { FileResult, FileRole } from './check-file.js';
import { crossIssues, type KnownDocument } from './cross-rules.js';
import { schemaVersion } from './generated/schema-version.js';
import { compareIssues, type Issue } from './issue.js';
import type { Checker } from './pool.js';
import { MIN_FILES_FOR_WORKERS } from './pool-size.js';
import { headerFacts, isComplete, needsOf, readHeader, satisfies, type Header } from './dependencies.js';
import { availableParallelism } from 'node:os';
import { CACHE_BUILD } from '../version.js';
import { keepHeapNearLive, letYoungGenerationGrow } from '../startup/heap-growth.js';
import { cacheNotice } from '../cache/store.js';
import type { Text } from '../context.js';
import { stringTable } from '../repo/interner.js';

export interface ValidateOptions {
  cwd: string;
  /** Files or folders; empty means the whole repository. */
  paths: readonly string[];
  cache?: boolean;
  jobs?: number;
  env?: NodeJS.ProcessEnv;
  /**
   * A few named files may be validated through the fact index (few-files.ts): `documents` then holds only the
   * documents their rules read. For callers that show findings only; others need every document's facts.
   */
  index?: boolean;
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

const CACHE_FORMAT = 3;
const READ_BATCH = 64;
/** From this many files a run holds its heap near what it keeps (startup/heap-growth.ts). */
const LARGE_RUN = 5000;
/** Up to this many named files go through the fact index; more are cheaper checked in one pass. */
const FEW_FILES = 32;
/**
 * From this many documents a pass over the whole repository takes seconds: a run on a few files without the index
 * makes one only when the cache answers for most files, and otherwise says how to build the index.
 */
const LARGE_FOR_INDEX = 2000;

function noIndexYet(documents: number): Text {
  return {
    vi: `kho có ${documents} văn bản mà bộ nhớ đệm chưa có chỉ mục nên lần kiểm tra này phải đọc mọi tệp; hãy chạy \`giaouoc validate\` cho cả kho một lần để những lần kiểm tra vài tệp sau chỉ đọc những gì chúng cần`,
    en: `the repository has ${documents} documents and the cache has no index yet, so this check read every file; run \`giaouoc validate\` on the whole repository once, and later checks of a few files will read only what they need`,
  };
}

export async function validateRepository(options: ValidateOptions): Promise<ValidationRun> {
  const cwd = options.cwd;
  const first = options.paths[0];
  const root = requireRoot(first ? await startFolder(cwd, first) : cwd);
  const configFile = join(root, CONFIG_FILE);
  const requested = options.paths.length > 0 ? await discoverDocuments(options.paths, cwd) : [];
  const format = `${CACHE_FORMAT}|${CACHE_BUILD}|${schemaVersion}`;
  const env = options.env ?? {};
  const cache = options.cache === false ? undefined : await ValidationCache.open(root, format, env);
  // The repository's own folder asks for every document: the same run as no path at all (it keeps the index too).
  let whole = requested.length === 0 || options.paths.some((path) => resolve(cwd, path) === root);
  let everything: string[] | undefined;
  if (cache && options.index && !whole && requested.length <= FEW_FILES) {
    cache.keepUnread(true);
    const few = await validateFew({ root, configFile, requested, cache, env, format });
    if (few) return { ...few, issues: await accountedGaps(root, few.issues, options.env) };
    everything = await discoverDocuments([root], root);
    // No usable index: a pass over the whole repository builds it. That pass is cheap when the cache answers for most
    // files (a whole run filled it), and affordable in a small repository once a first run has been answered. In a
    // large one whose cache holds only what runs on a few files checked, it would check nearly every file (21 s at
    // 50,000 documents): this run checks what its files' rules need, keeps the entries it does not read, and says
    // how to build the index.
    const large = everything.length >= LARGE_FOR_INDEX;
    whole = cache.holdsMostOf(everything.length) || (!large && !cache.isEmpty());
    cache.keepUnread(!whole);
    if (!whole && large) cacheNotice(noIndexYet(everything.length));
  }
  everything ??= await discoverDocuments([root], root);
  const all = [...new Set([...everything, ...requested.filter((file) => file !== configFile)])];

  const files = [configFile, ...all];
  // Up to twice its live data: 10,000 documents cold peaked at 307-318 MiB without it, 281 MiB with it, in the same time
  // (a fifth, as verify takes, cost validation a tenth more time).
  if (files.length >= LARGE_RUN) keepHeapNearLive(100);
  const targeted = !whole;
  const changes: Change[] = [];
  // Without a cache, a file checked only for the facts the named files' rules read needs no schema or text checks.
  const asked = new Set(requested);
  const roleOf = (input: Input): FileRole => (input.index === 0 ? 'config' : !cache && targeted && !asked.has(input.file) ? 'facts' : 'document');
  const jobs = options.jobs ?? availableParallelism();
  const results: FileResult[] = new Array(files.length);
  const inputs: Input[] = new Array(files.length);
  const checks: Promise<void>[] = [];
  // Of a file that is answered, or that a targeted run may not need to check, the run keeps the header (its
  // identity, for such a run) and lets the bytes go: memory holds the files being checked, not the repository's text.
  const setAside = (input: Input) => {
    if (input.bytes === UNREAD) return;
    if (targeted && input.index > 0) headerOf(input);
    input.bytes = UNREAD;
  };
  const check = (input: Input, checker: Checker) =>
    checks.push(
      checker.check({ file: input.file, role: roleOf(input), bytes: bytesOf(input) }).then((result) => {
        results[input.index] = result;
        if (cache && input.index > 0) changes.push(changeOf(repoRelative(root, input.file), cache.previous(input.file)?.facts, result.facts, input.hash, input.stamp));
        cache?.set(input.file, input.hash, result, input.stamp);
        setAside(input);
      }),
    );
  // A cold run over the whole repository checks everything: start the workers now, while the files are read.
  // The checker (YAML parser, validators) loads only when some file is not answered by the cache.
  const coldWhole = !targeted && (!cache || cache.isEmpty()) && files.length >= MIN_FILES_FOR_WORKERS && jobs > 1;
  // A warm pass keeps what it reads from the cache, and a young generation kept small would copy all of it piecemeal.
  if (!targeted && cache && !cache.isEmpty()) letYoungGenerationGrow();
  // What a run keeps of each document it checks (facts, issues) repeats the same ids and pointers: one copy of each
  // string the workers send back. (Not of what the cache answers: sharing its strings cost a warm run a third more.)
  const share = stringTable();
  let pool: Checker | undefined = coldWhole ? (await import('./pool.js')).workerChecker(jobs, share) : undefined;
  const misses: Input[] = [];
  let light = new Set<number>();
  try {
    await readAll(files, cache, (input) => {
      inputs[input.index] = input;
      const hit = input.known ?? cache?.get(input.file, input.hash, input.stamp);
      // Same content under new stat data: the index takes the new stamp.
      if (hit && !input.known && input.index > 0) changes.push(changeOf(repoRelative(root, input.file), hit.facts, hit.facts, input.hash, input.stamp));
      if (hit) {
        results[input.index] = hit;
        setAside(input);
      } else if (pool) {
        check(input, pool);
      } else {
        misses.push(input);
        if (targeted && !asked.has(input.file)) setAside(input);
      }
    });
    const checkAll = async (round: Input[]) => {
      if (round.length === 0) return;
      const { inlineChecker, workerChecker } = await import('./pool.js');
      if (!pool && round.length >= MIN_FILES_FOR_WORKERS && jobs > 1) pool = workerChecker(jobs, share);
      for (const input of round) check(input, pool ?? inlineChecker);
      await Promise.all(checks);
    };
    if (targeted) light = await checkTargeted(root, inputs, results, misses, new Set([configFile, ...requested]), checkAll);
    else await checkAll(misses);
    await Promise.all(checks);
  } finally {
    await pool?.close();
  }
  await cache?.save();

  const config = results[0].config;
  if (cache && config) await keepIndex(root, env, format, inputs[0].hash, config, whole, changes, () => indexed(root, inputs, results));
  const documents: KnownDocument[] = [];
  for (let index = 1; index < files.length; index++) {
    const facts = light.has(index) ? headerFacts(headerOf(inputs[index])) : results[index]?.facts;
    if (facts) documents.push({ file: files[index], relative: repoRelative(root, files[index]), facts, light: light.has(index) || undefined, hash: inputs[index].hash });
  }
  const wanted = new Set(requested.length > 0 ? requested : all);
  let issues = [
    ...results.flatMap((result, index) => (result && (index === 0 || wanted.has(files[index])) ? result.issues : [])),
    ...(config ? crossIssues(config, documents).filter((issue) => wanted.has(issue.file)) : []),
  ].sort(compareIssues);
  issues = await accountedGaps(root, issues, options.env);
  return { root, config, documents, files: [...wanted], issues };
}

/** Only a gap needs history (the numbers cap-so gave): a repository without one never runs git here. */
async function accountedGaps(root: string, issues: Issue[], env: NodeJS.ProcessEnv | undefined): Promise<Issue[]> {
  if (!issues.some((issue) => issue.code === 'number-gap')) return issues;
  const { withoutGivenNumbers } = await import('../numbers/given.js');
  return withoutGivenNumbers(root, issues, env);
}

/** Keeps the fact index in step with this run: moved entries for what was re-checked, or all of it rebuilt. */
async function keepIndex(root: string, env: NodeJS.ProcessEnv, format: string, configHash: string, config: RepositoryConfig, whole: boolean, changes: Change[], all: () => IndexedDocument[]): Promise<void> {
  const index = FactIndex.open(root, env, format, configHash);
  if (whole) {
    if (index.state !== 'ready' || !index.update(changes, config)) index.rebuild(all(), config);
  } else if (index.state === 'ready' && changes.length > 0) {
    // A run that knew some files by their header only cannot rebuild; a failed update leaves the index unusable.
    index.update(changes, config);
  }
  await index.save();
}

function indexed(root: string, inputs: Input[], results: FileResult[]): IndexedDocument[] {
  const documents: IndexedDocument[] = [];
  for (let index = 1; index < inputs.length; index++) {
    const facts = results[index]?.facts;
    const relative = repoRelative(root, inputs[index].file);
    if (!facts || !isDocumentPath(relative)) continue;
    const stamp = inputs[index].stamp;
    documents.push({ relative, hash: inputs[index].hash, stamp: stamp && trusted(stamp) ? stamp : undefined, facts });
  }
  return documents;
}

/**
 * Only some files were asked for: check those, then round by round the unchecked files their rules read (see
 * dependencies.ts); every other unchecked file stays light, known by the identity in its header. Returns the
 * indexes of the light files.
 */
async function checkTargeted(
  root: string,
  inputs: Input[],
  results: FileResult[],
  misses: Input[],
  requested: Set<string>,
  checkAll: (round: Input[]) => Promise<void>,
): Promise<Set<number>> {
  const pending = new Map(misses.map((input) => [input.index, input]));
  const identity = (index: number): Header => {
    const facts = results[index]?.facts;
    return facts ? { kind: facts.kind, year: facts.year, issuer: facts.issuer.id } : headerOf(inputs[index]);
  };
  const relative = inputs.map((input) => repoRelative(root, input.file));
  const take = async (indexes: number[]) => {
    const round = indexes.map((index) => pending.get(index)).filter((input): input is Input => input !== undefined);
    for (const input of round) pending.delete(input.index);
    await checkAll(round);
  };
  // A file whose identity cannot be read from its header is checked in full: its facts must decide.
  let relevant = inputs.filter((input) => requested.has(input.file)).map((input) => input.index);
  await take([...relevant, ...[...pending.keys()].filter((index) => index > 0 && !isComplete(headerOf(inputs[index])))]);
  const expanded = new Set<number>();
  while (relevant.length > 0) {
    const needs = relevant.flatMap((index) => {
      expanded.add(index);
      const facts = results[index]?.facts;
      return facts ? needsOf(facts) : [];
    });
    const needed = needs.length === 0 ? [] : inputs.filter((input) => input.index > 0 && needs.some((need) => satisfies(need, relative[input.index], identity(input.index)))).map((input) => input.index);
    await take(needed);
    relevant = needed.filter((index) => !expanded.has(index));
  }
  return new Set(pending.keys());
}

const headers = new WeakMap<Input, Header>();

function headerOf(input: Input): Header {
  let header = headers.get(input);
  if (!header) {
    header = readHeader(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength).toString('utf8'));
    headers.set(input, header);
  }
  return header;
}

interface Input {
  index: number;
  file: string;
  /** Empty when stat data showed the file unchanged (`known`): it was not read. */
  bytes: Uint8Array;
  hash: string;
  stamp?: FileStamp;
  known?: FileResult;
}

const UNREAD = new Uint8Array(0);

/** The bytes to check: read again when they were set aside. Content changed since the first read is checked as it is now. */
function bytesOf(input: Input): Uint8Array {
  if (input.bytes !== UNREAD || input.known) return input.bytes;
  const bytes = readOrFail(input.file);
  const hash = contentHash(bytes);
  if (hash !== input.hash) {
    input.hash = hash;
    input.stamp = undefined;
  }
  return bytes;
}

/**
 * Reads every file and hands each to `onRead` as soon as it is in memory. Synchronous reads of small files are
 * several times cheaper than promise-based ones; yielding every few files lets finished checks come back.
 */
async function readAll(files: string[], cache: ValidationCache | undefined, onRead: (input: Input) => void): Promise<void> {
  for (let index = 0; index < files.length; index++) {
    const file = files[index];
    // Like git's index: a file whose stat data is unchanged since it was checked is neither read nor hashed.
    const stamp = cache ? stampOf(statOrFail(file)) : undefined;
    const known = stamp && cache!.byStamp(file, stamp);
    if (known) {
      onRead({ index, file, bytes: UNREAD, hash: known.hash, stamp, known: known.result });
      continue;
    }
    const bytes = readOrFail(file);
    onRead({ index, file, bytes, hash: contentHash(bytes), stamp });
    if (index % READ_BATCH === READ_BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
  }
}

async function startFolder(cwd: string, given: string): Promise<string> {
  const [path, info] = await statAnyForm(resolve(cwd, given));
  if (!info) {
    throw new UserError({ vi: `không tìm thấy ${given}; hãy kiểm tra lại đường dẫn`, en: `${given} does not exist; check the path` });
  }
  return info.isDirectory() ? path : join(path, '..');
}
