// Loads the install's own CommonJS scripts (the bundled CLI, the generated validators) with V8's code cache, so
// that a run does not parse and compile again what the previous run compiled. The cache is a speed-up only: data
// that V8 rejects (another Node, other flags, another file) is ignored and the script compiles from its source.
//
// Code cache data is code: it is read only from where this user alone writes, never from a document repository.
// - the folder is `code/` of the user's cache folder (GIAOUOC_CACHE_DIR or $XDG_CACHE_HOME/giaouoc), made 0700;
//   it and each file must be this user's own and writable by no one else, files 0600, not links;
// - a folder inside the repository of the working directory is not used (a committed file is never loaded);
// - each entry is named by the script's path and its stat identity (device, inode, size, change time), so a
//   rebuilt or reinstalled script never meets the data of another; Node's version and the architecture too.
// Writing happens once per script, identity and variant, at the end of a run that had no usable entry.

import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, parse, relative, isAbsolute } from 'node:path';
import { isAscii } from 'node:buffer';
import vm from 'node:vm';
import { cacheBase } from '../cache/base.js';

interface Pending {
  script: vm.Script;
  entry: string;
  /** The script's name, which every entry of it starts with. */
  name: string;
  slot: string;
}

/** Entries kept per script: its variants (see start.ts) beyond this many, the least recently written go. */
const VARIANTS_KEPT = 16;

interface State {
  folder?: string;
  pending: Pending[];
  /** Scripts this process ran from cached code. */
  hits: number;
}

// One state per process, shared by the copy of this module in start.cjs and the one bundled into the CLI (which
// loads the validators): the start decides where the cache is, the CLI's loads use it.
const state: State = ((globalThis as Record<symbol, State>)[Symbol.for('giaouoc.codeCache')] ??= { pending: [], hits: 0 });

/**
 * Lets this process use (and fill) the code cache under `env`'s cache folder. Called by the command-line start
 * only: in-process callers (tests, tools) compile from source as before.
 */
export function useCodeCache(env: NodeJS.ProcessEnv, cwd: string): void {
  const base = cacheBase(env);
  let dir: string;
  try {
    mkdirSync(join(base, 'code'), { recursive: true, mode: 0o700 });
    dir = realpathSync(join(base, 'code'));
  } catch {
    return;
  }
  if (!insideRepository(dir, cwd) && ownedSafely(lstatSafe(dir), true)) state.folder = dir;
}

/** The folder this process uses, for its worker threads (undefined: none). */
export function codeCacheFolder(): string | undefined {
  return state.folder;
}

/** In a worker thread: the folder the process that started it checked and uses. */
export function useCodeCacheFolder(dir: string | undefined): void {
  if (dir) state.folder = dir;
}

/**
 * Runs a CommonJS script of the install and returns its exports. `variant` tells apart caches of one script
 * filled by runs that exercise different parts of it (the CLI's commands).
 */
export function loadCommonJs(file: string, variant = ''): unknown {
  const bytes = readFileSync(file);
  // An ASCII file reads as a one-byte string without decoding (the bundles are written so).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const entry = state.folder ? entryOf(file, variant) : undefined;
  const cachedData = entry ? readEntry(entry) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (entry && (!cachedData || script.cachedDataRejected)) state.pending.push({ script, entry, name: parse(file).name, slot: slotOf(file, variant) });
  else if (cachedData) state.hits++;
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** How many scripts this process ran from cached code (for tests and benchmarks). */
export function codeCacheHits(): number {
  return state.hits;
}

/** Writes the entries this run could not use, with what the run compiled. Failures cost only speed: ignored. */
export function saveCodeCache(): void {
  for (const { script, entry, name: scriptName, slot } of state.pending.splice(0)) {
    const temp = `${entry}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(temp, script.createCachedData(), { mode: 0o600, flag: 'wx' });
      renameSync(temp, entry);
    } catch {
      rmSync(temp, { force: true });
      continue;
    }
    // The entries of earlier builds of the same script are of no more use, and the oldest go past a few variants.
    const ours = new RegExp(`^${scriptName.replace(/[^a-z0-9]/gi, '\\$&')}-[0-9a-f]{16}-[0-9a-f]{16}\\.v8$`);
    const others = readdirSafe(state.folder!).filter((name) => ours.test(name) && join(state.folder!, name) !== entry);
    for (const name of others.filter((other) => other.startsWith(`${slot}-`))) rmSync(join(state.folder!, name), { force: true });
    const kept = others
      .filter((other) => !other.startsWith(`${slot}-`))
      .map((name) => ({ name, time: lstatSafe(join(state.folder!, name))?.mtimeMs ?? 0 }))
      .sort((a, b) => b.time - a.time);
    for (const { name } of kept.slice(VARIANTS_KEPT - 1)) rmSync(join(state.folder!, name), { force: true });
  }
}

function entryOf(file: string, variant: string): string | undefined {
  let info: Stats;
  try {
    info = statSync(file);
  } catch {
    return undefined;
  }
  const identity = [process.version, process.arch, info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs].join('\0');
  return join(state.folder!, `${slotOf(file, variant)}-${digest(identity)}.v8`);
}

/** The part of an entry's name that stays when the script is rebuilt: one entry per script and variant is kept. */
function slotOf(file: string, variant: string): string {
  return `${parse(file).name}-${digest(`${file}\0${variant}`)}`;
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

function readEntry(entry: string): Buffer | undefined {
  if (!ownedSafely(lstatSafe(entry), false)) return undefined;
  try {
    return readFileSync(entry);
  } catch {
    return undefined;
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function lstatSafe(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** This user's own, not a link, and nobody else may write it (a file: nor read it). */
function ownedSafely(info: Stats | undefined, folder: boolean): boolean {
  if (!info || (folder ? !info.isDirectory() : !info.isFile())) return false;
  if (typeof process.getuid !== 'function') return true;
  return info.uid === process.getuid() && (info.mode & (folder ? 0o022 : 0o077)) === 0;
}

/** The repository around the working directory (nearest folder with giaouoc.yaml or .git) holds `dir`. */
function insideRepository(dir: string, cwd: string): boolean {
  for (let at = cwd; ; at = dirname(at)) {
    if (existsSync(join(at, 'giaouoc.yaml')) || existsSync(join(at, '.git'))) {
      const rel = relative(at, dir);
      return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    }
    if (dirname(at) === at) return false;
  }
}
