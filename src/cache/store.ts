// Where giaouoc remembers work between runs, and why a remembered answer can only save time, never decide:
// - the store lives in the user's cache folder (or GIAOUOC_CACHE_DIR), never under the repository, and is
//   refused when that folder lies inside the repository, so nothing a pull request commits is ever read;
// - every shard file is sealed with an HMAC under a per-user secret (mode 0600, owned by the user), bound
//   to the store's name, the repository's real path and the format key; a shard that fails the check,
//   cannot be read or does not parse counts as empty and is rebuilt;
// - entries are spread over 256 shard files by the hash of their key and a shard is read only when one of
//   its keys is asked for, so no file or string grows with the whole repository (and none past 64 MiB);
// - a save that fails is reported through `cacheNotices`, not swallowed.

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Text } from '../context.js';
import { rename, rm, writeFile } from 'node:fs/promises';
import { fileStamp, withSaveLock } from './save-lock.js';
import { cacheBase } from './base.js';

const SECRET_FILE = 'secret';
/** In a store's folder: the digest of the format its shards were written in. */
const FORMAT_FILE = 'format';
const SECRET_BYTES = 32;
const MAC_BYTES = 32;
/** No shard grows past this; a larger one is not written and the run says so. */
let shardLimit = 64 * 1024 * 1024;

/** Lowers the per-shard limit, so that a test can pass it with a small repository. */
export function setShardLimit(bytes: number): void {
  shardLimit = bytes;
}
/** Temp files of an interrupted save older than this are removed. */
const STALE_TEMP_MS = 10 * 60 * 1000;

const notices: Text[] = [];

/** Sentences about the cache for the user (a save that failed, a secret that is not safe); read once by run(). */
export function takeCacheNotices(): Text[] {
  return notices.splice(0, notices.length);
}

/** Adds a sentence about the cache for the user (said once per run however often it is added). */
export function cacheNotice(text: Text): void {
  notice(text);
}

function notice(text: Text): void {
  if (!notices.some((known) => known.en === text.en)) notices.push(text);
}

/** The folder of every giaouoc cache of this user. */
export { cacheBase } from './base.js';

export interface StoreOptions {
  /** The store's name: "validate", "signatures". */
  name: string;
  /** The document root. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** Must change whenever a stored answer could be another for the same key (tool, schema, format versions). */
  format: string;
  /** Drop, on save, entries of a read shard that this run neither read nor wrote. */
  prune?: boolean;
  /**
   * How many shard files (256 unless said): a store read a few keys at a time in a large repository takes more,
   * so that each read loads less.
   */
  shards?: 256 | 1024 | 2048 | 4096;
}

interface Shard<V> {
  entries: Map<string, V>;
  touched: Set<string>;
  dirty: boolean;
  /** The file as it was read (fileStamp), for a guarded save; none for a shard rebuilt from scratch. */
  read?: string;
}

/** A guarded save's answer when another run wrote a shard this run had read: that key alone is set, freshly read. */
export interface SaveGuard<V> {
  key: string;
  value: V;
}

export class ShardedStore<V> {
  private readonly shards = new Map<string, Shard<V>>();
  private rebuilt = false;
  /** storedShards, as read before this store's first save. */
  private stored: number | undefined;

  private constructor(
    private readonly dir: string | undefined,
    private readonly secret: Buffer | undefined,
    private readonly binding: string,
    private prune: boolean,
    private count: number = 256,
  ) {}

  /** A store that remembers within this run only: `--no-cache`, or no safe place to keep one. */
  static memory<V>(): ShardedStore<V> {
    return new ShardedStore<V>(undefined, undefined, '', false);
  }

  static open<V>(options: StoreOptions): ShardedStore<V> {
    const base = cacheBase(options.env);
    let realRoot: string;
    try {
      realRoot = realpathSync(options.root);
    } catch {
      return ShardedStore.memory();
    }
    if (inside(realRoot, base)) {
      notice({
        vi: `bỏ qua bộ nhớ đệm ở ${base} vì thư mục đó nằm trong kho văn bản; hãy đặt GIAOUOC_CACHE_DIR ra ngoài kho`,
        en: `the cache at ${base} is ignored because it lies inside the document repository; set GIAOUOC_CACHE_DIR outside it`,
      });
      return ShardedStore.memory();
    }
    const secret = userSecret(base);
    if (!secret) return ShardedStore.memory();
    const repoId = createHash('sha256').update(realRoot).digest('hex').slice(0, 32);
    const dir = join(base, repoId, options.name);
    return new ShardedStore<V>(dir, secret, `${options.name}\0${realRoot}\0${options.format}`, options.prune === true, options.shards ?? 256);
  }

  /**
   * Has anything been stored for this repository and format? (Reads the folder, not the shards.) Shards of another
   * format (an earlier giaouoc) are not this store's: they read as empty and are replaced as they are written.
   */
  hasAny(): boolean {
    return this.storedShards() > 0;
  }

  /**
   * How many shard files are stored for this repository and format (reads the folder, not the shards; once until
   * this store saves).
   */
  storedShards(): number {
    this.stored ??= this.countStored();
    return this.stored;
  }

  private countStored(): number {
    if (!this.dir) return 0;
    try {
      if (readFileSync(join(this.dir, FORMAT_FILE), 'utf8') !== this.formatTag()) return 0;
      return readdirSync(this.dir).filter((name) => name.endsWith('.bin')).length;
    } catch {
      return 0;
    }
  }

  /** How many shard files a store holding `keys` keys has, on average (keys fall on shards by their hash). */
  shardsFor(keys: number): number {
    return this.count * (1 - (1 - 1 / this.count) ** keys);
  }

  /** Names the format of the shards in the folder (a hint for hasAny only: every shard carries its own seal). */
  private async markFormat(): Promise<void> {
    const file = join(this.dir!, FORMAT_FILE);
    const tag = this.formatTag();
    try {
      if (readFileSync(file, 'utf8') === tag) return;
    } catch {
      // absent: written below
    }
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, tag, { mode: 0o600 });
      await rename(temp, file);
    } catch {
      await rm(temp, { force: true });
    }
  }

  private formatTag(): string {
    return createHash('sha256').update(this.binding).digest('hex');
  }

  get(key: string): V | undefined {
    const shard = this.shard(key);
    const value = shard.entries.get(key);
    if (value !== undefined && this.prune) shard.touched.add(key);
    return value;
  }

  set(key: string, value: V): void {
    const shard = this.shard(key);
    shard.entries.set(key, value);
    if (this.prune) shard.touched.add(key);
    shard.dirty = true;
  }

  /** Whether a save drops untouched entries: only a run that asks for every key may. */
  setPruning(on: boolean): void {
    this.prune = on;
  }

  /** The name of the shard that holds `key`. */
  shardOf(key: string): string {
    return shardNameOf(key, this.count);
  }

  /** Every shard's name. */
  shardNames(): string[] {
    return Array.from({ length: this.count }, (_, index) => index.toString(16).padStart(this.count === 256 ? 2 : 3, '0'));
  }

  /**
   * Spreads keys over `count` shards from now on, for a store that records its count in a shard named for itself
   * (shardOwnKey). Only before a key of another shard is read or written.
   */
  useShardCount(count: number): void {
    this.count = count;
  }

  /**
   * Empties every shard without reading it; the next save writes all of them and removes the folder's other shard
   * files, those of another shard count included (a store rebuilt from scratch). Shards named for themselves stay.
   */
  clear(): void {
    for (const name of [...this.shards.keys()]) if (SHARD_NUMBER.test(name)) this.shards.delete(name);
    for (const name of this.shardNames()) this.shards.set(name, { entries: new Map(), touched: new Set(), dirty: true });
    this.rebuilt = true;
  }

  /**
   * Writes what changed. With a guard the save holds the folder's lock, and when another run has written a shard
   * this run read since it read it, writes nothing of its own but the guard's key: a store whose shards must agree
   * (the fact index) is then marked for a rebuild instead of mixing two runs' views.
   */
  async save(guard?: SaveGuard<V>): Promise<void> {
    if (!this.dir || !this.secret) return;
    this.stored = undefined;
    if (guard && [...this.shards.values()].some((shard) => shard.dirty)) {
      sweep(this.dir);
      const saved = await withSaveLock(this.dir, async () => {
        const moved = [...this.shards].some(([name, shard]) => shard.dirty && shard.read !== undefined && shard.read !== fileStamp(this.fileOf(name)));
        if (!moved) return this.writePending();
        const name = this.shardOf(guard.key);
        const fresh = { entries: this.readShard(name), touched: new Set<string>(), dirty: true };
        fresh.entries.set(guard.key, guard.value);
        this.writeShard(name, fresh);
        await this.markFormat();
      });
      if (!saved) {
        // Without the lock nothing can be written safely; the guard's shard is removed so that nothing stale is trusted.
        rmSync(this.fileOf(this.shardOf(guard.key)), { force: true });
      }
      return;
    }
    return this.writePending();
  }

  /** Shard files this store neither read nor wrote, after a rebuild: nothing another shard count left is kept. */
  private removeOthers(): void {
    try {
      for (const file of readdirSync(this.dir!)) {
        if (file.endsWith('.bin') && !this.shards.has(file.slice(0, -'.bin'.length))) rmSync(join(this.dir!, file), { force: true });
      }
    } catch {
      // a file left over is never read under this count; the next rebuild tries again
    }
  }

  private fileOf(name: string): string {
    return join(this.dir!, `${name}.bin`);
  }

  private async writePending(): Promise<void> {
    const pending: [string, Shard<V>][] = [];
    for (const [name, shard] of this.shards) {
      const stale = this.prune && shard.entries.size > shard.touched.size;
      if (!shard.dirty && !stale) continue;
      if (stale) for (const key of shard.entries.keys()) if (!shard.touched.has(key)) shard.entries.delete(key);
      pending.push([name, shard]);
    }
    if (pending.length === 0) return;
    sweep(this.dir!);
    // One shard at a time, each serialized only when written, so that a save of every shard never holds them all at
    // once. Written synchronously: a shard is a small file, and the thread pool's round trips for its open, writes,
    // close and rename cost more than the writes (2,048 shards of a small repository's index: 1.4 s, against 0.1 s).
    for (const [name, shard] of pending) this.writeShard(name, shard);
    if (this.rebuilt) this.removeOthers();
    await this.markFormat();
  }

  private shard(key: string): Shard<V> {
    const name = this.shardOf(key);
    let shard = this.shards.get(name);
    if (!shard) {
      // Stamped before reading: a file replaced between the two counts as moved, never as unchanged.
      const read = this.dir ? fileStamp(this.fileOf(name)) : undefined;
      shard = { entries: this.readShard(name), touched: new Set(), dirty: false, read };
      this.shards.set(name, shard);
    }
    return shard;
  }

  private mac(name: string, payload: Uint8Array): Buffer {
    return createHmac('sha256', this.secret!).update(`${this.binding}\0${name}\0`).update(payload).digest();
  }

  /** Anything but a sealed shard of this store, repository and format reads as empty. */
  private readShard(name: string): Map<string, V> {
    if (!this.dir) return new Map();
    try {
      const bytes = readFileSync(join(this.dir, `${name}.bin`));
      if (bytes.length <= MAC_BYTES || bytes.length > shardLimit + MAC_BYTES) return new Map();
      const payload = bytes.subarray(MAC_BYTES);
      if (!timingSafeEqual(bytes.subarray(0, MAC_BYTES), this.mac(name, payload))) return new Map();
      const entries = deserialize(payload) as unknown;
      return entries instanceof Map ? (entries as Map<string, V>) : new Map();
    } catch {
      return new Map();
    }
  }

  private writeShard(name: string, shard: Shard<V>): void {
    const dir = this.dir!;
    try {
      const payload = serialize(shard.entries);
      if (payload.length > shardLimit) {
        const limit = `${Math.round((shardLimit / 1024 / 1024) * 100) / 100} MiB`;
        notice({
          vi: `bộ nhớ đệm ${dir} vượt giới hạn ${limit} một tệp nên không được lưu; kết quả vẫn đúng nhưng lần sau sẽ chậm hơn`,
          en: `the cache ${dir} passed its limit of ${limit} per file and was not saved; results stay correct but the next run is slower`,
        });
        return;
      }
      // Temp file and rename, but no fsync: a shard torn by a crash fails its seal and reads as empty.
      const temp = join(dir, `.${name}.bin.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        writeSealed(temp, this.mac(name, payload), payload);
        renameSync(temp, join(dir, `${name}.bin`));
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      notice({
        vi: `không ghi được bộ nhớ đệm vào ${dir} (${reason}); kết quả vẫn đúng nhưng lần sau sẽ chậm hơn — hãy kiểm tra quyền ghi hoặc đặt GIAOUOC_CACHE_DIR`,
        en: `cannot write the cache in ${dir} (${reason}); results stay correct but the next run is slower — check write permission or set GIAOUOC_CACHE_DIR`,
      });
    }
  }
}

const OWN_KEY = '\0shard:';
/** The name of a numbered shard (shardNames); a shard named for itself has another. */
const SHARD_NUMBER = /^[0-9a-f]{2,3}$/;

/** The shard a key is kept in. */
export function shardNameOf(key: string, count = 256): string {
  if (key.startsWith(OWN_KEY)) return key.slice(OWN_KEY.length);
  return count === 256 ? shardName(key) : (fnv(key) % count).toString(16).padStart(3, '0');
}

/** A key that lives in the named shard: a store whose entries must agree across shards marks each with one. */
export function shardOwnKey(shard: string): string {
  return OWN_KEY + shard;
}

/** Two hex digits from FNV-1a over the key: spreads keys evenly and costs far less than a cryptographic hash per read. */
function shardName(key: string): string {
  const hash = fnv(key);
  return ((hash >>> 24) ^ (hash & 0xff)).toString(16).padStart(2, '0');
}

function fnv(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

function inside(root: string, path: string): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    real = path;
  }
  const rel = relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The per-user secret, created on first use; undefined (no cache) when it exists but is not safely the user's own. */
function userSecret(base: string): Buffer | undefined {
  const file = join(base, SECRET_FILE);
  try {
    mkdirSync(base, { recursive: true, mode: 0o700 });
  } catch (error) {
    notice({
      vi: `không tạo được thư mục bộ nhớ đệm ${base} (${(error as NodeJS.ErrnoException).code}); lần chạy này không dùng bộ nhớ đệm — hãy đặt GIAOUOC_CACHE_DIR`,
      en: `cannot create the cache folder ${base} (${(error as NodeJS.ErrnoException).code}); this run uses no cache — set GIAOUOC_CACHE_DIR`,
    });
    return undefined;
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const info = lstatSync(file);
      const own = typeof process.getuid !== 'function' || (info.uid === process.getuid() && (info.mode & 0o077) === 0);
      if (!info.isFile() || !own || info.size !== SECRET_BYTES) {
        notice({
          vi: `bỏ qua bộ nhớ đệm: tệp ${file} không phải của người dùng này hoặc người khác đọc được (cần chế độ 0600); hãy xóa tệp đó`,
          en: `the cache is ignored: ${file} is not this user's own or is readable by others (mode 0600 needed); delete it`,
        });
        return undefined;
      }
      return readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
    }
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, randomBytes(SECRET_BYTES));
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      // Another run created it first: read theirs on the next pass.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
  }
  return undefined;
}

/** Makes the store's folder and removes temp files that a killed run left there. */
function sweep(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    removeStaleTemps(dir);
  } catch {
    // the write that follows reports what is wrong with the folder
  }
}

function removeStaleTemps(dir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.tmp')) continue;
    try {
      if (now - lstatSync(join(dir, name)).mtimeMs > STALE_TEMP_MS) rmSync(join(dir, name), { force: true });
    } catch {
      // another run removed it
    }
  }
}

/** The seal and the payload in one write, without a copy of the payload joined to its seal. */
function writeSealed(file: string, seal: Uint8Array, payload: Uint8Array): void {
  const fd = openSync(file, 'wx', 0o600);
  try {
    let written = 0;
    const total = seal.length + payload.length;
    while (written < total) {
      const parts = written < seal.length ? [seal.subarray(written), payload] : [payload.subarray(written - seal.length)];
      written += writevSync(fd, parts);
    }
  } finally {
    closeSync(fd);
  }
}
