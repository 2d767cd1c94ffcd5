// The validation cache: per-file results keyed by the file's path and content and by the tool and schema
// versions (as ESLint's and Prettier's --cache do). Kept by src/cache/store.ts outside the repository and
// sealed with the user's secret, so a cache a repository ships is never read; a damaged one is rebuilt.

import { createHash } from 'node:crypto';
import { ShardedStore } from '../cache/store.js';
import { statVouches } from '../cache/racy.js';
import type { FileResult } from './check-file.js';

/** What stat says of a file: when all of it is unchanged, the file is taken as unchanged without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

interface CacheEntry {
  hash: string;
  result: FileResult;
  /** Absent when the file changed too shortly before it was read for a stamp to vouch for it. */
  stamp?: FileStamp;
}


/** The share of a whole run's shard files that makes a cache warm enough to answer a pass over the repository. */
const MOST = 0.9;

export class ValidationCache {
  private constructor(private readonly store: ShardedStore<CacheEntry>) {}

  /** `key` must change whenever the checks could give another answer for the same bytes. */
  static async open(root: string, key: string, env: NodeJS.ProcessEnv): Promise<ValidationCache> {
    // Entries of files no run asks for any more (deleted, renamed) are dropped when their shard is saved.
    // 1,024 shards: a one-file run reads a few entries, and at 50,000 documents each shard still holds only about 50.
    return new ValidationCache(ShardedStore.open<CacheEntry>({ name: 'validate', root, env, format: key, prune: true, shards: 1024 }));
  }

  /** A run that reads a few entries must keep the others when it saves (they are dropped only by whole runs). */
  keepUnread(keep: boolean): void {
    this.store.setPruning(!keep);
  }

  /** Nothing stored for this repository, tool and schema version: every file will be checked. */
  isEmpty(): boolean {
    return !this.store.hasAny();
  }

  /**
   * Whether the cache holds answers for most of a repository of `documents` files, as after a whole run: about as many
   * shard files as that many entries fill. Runs that checked a few files each leave far fewer.
   */
  holdsMostOf(documents: number): boolean {
    return this.store.storedShards() >= MOST * this.store.shardsFor(documents);
  }

  /** The stored answer when stat data alone shows the file unchanged (nothing read, nothing hashed). */
  byStamp(path: string, stamp: FileStamp): { hash: string; result: FileResult } | undefined {
    const entry = this.store.get(path);
    return entry?.stamp && sameStamp(entry.stamp, stamp) ? entry : undefined;
  }

  get(path: string, hash: string, stamp?: FileStamp): FileResult | undefined {
    const entry = this.store.get(path);
    if (!entry || entry.hash !== hash) return undefined;
    // Same content, new stamp (a checkout, a touch): remember the stamp so that the next run need not read it.
    if (stamp && trusted(stamp) && !(entry.stamp && sameStamp(entry.stamp, stamp))) this.store.set(path, { hash: entry.hash, result: entry.result, stamp });
    return entry.result;
  }

  /** What was last stored for the path, whatever its content now: the facts a changed file had before. */
  previous(path: string): FileResult | undefined {
    return this.store.get(path)?.result;
  }

  set(path: string, hash: string, result: FileResult, stamp?: FileStamp): void {
    this.store.set(path, { hash, result, stamp: stamp && trusted(stamp) ? stamp : undefined });
  }

  save(): Promise<void> {
    return this.store.save();
  }
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

export function stampOf(info: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): FileStamp {
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
}

/** Whether the stamp may stand for the content (src/cache/racy.ts: git's racily-clean rule). */
export function trusted(stamp: FileStamp): boolean {
  return statVouches(Math.max(stamp.mtimeMs, stamp.ctimeMs));
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}
