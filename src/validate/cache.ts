// The validation cache: per-file results keyed by the file's path and content and by the tool and schema
// versions (as ESLint's and Prettier's --cache do). Kept by src/cache/store.ts outside the repository and
// sealed with the user's secret, so a cache a repository ships is never read; a damaged one is rebuilt.

import { createHash } from 'node:crypto';
import { ShardedStore } from '../cache/store.js';
import type { FileResult } from './check-file.js';

interface CacheEntry {
  hash: string;
  result: FileResult;
}

export class ValidationCache {
  private constructor(private readonly store: ShardedStore<CacheEntry>) {}

  /** `key` must change whenever the checks could give another answer for the same bytes. */
  static async open(root: string, key: string, env: NodeJS.ProcessEnv): Promise<ValidationCache> {
    // Entries of files no run asks for any more (deleted, renamed) are dropped when their shard is saved.
    return new ValidationCache(ShardedStore.open<CacheEntry>({ name: 'validate', root, env, format: key, prune: true }));
  }

  /** Nothing stored for this repository, tool and schema version: every file will be checked. */
  isEmpty(): boolean {
    return !this.store.hasAny();
  }

  get(path: string, hash: string): FileResult | undefined {
    const entry = this.store.get(path);
    return entry && entry.hash === hash ? entry.result : undefined;
  }

  set(path: string, hash: string, result: FileResult): void {
    this.store.set(path, { hash, result });
  }

  save(): Promise<void> {
    return this.store.save();
  }
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}
