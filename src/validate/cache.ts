// The validation cache: per-file results keyed by the file's content and the tool and schema versions
// (as ESLint's and Prettier's --cache do). Kept out of the repository; a damaged cache is simply rebuilt.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileResult } from './check-file.js';

interface CacheEntry {
  hash: string;
  result: FileResult;
}

interface CacheFile {
  key: string;
  entries: Record<string, CacheEntry>;
}

export class ValidationCache {
  private fresh: Record<string, CacheEntry> = {};
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly stored: Record<string, CacheEntry>,
  ) {}

  /** `key` must change whenever the checks could give another answer for the same bytes. */
  static async open(root: string, key: string, env: NodeJS.ProcessEnv): Promise<ValidationCache> {
    const file = cacheFile(root, env);
    let stored: Record<string, CacheEntry> = {};
    try {
      const data = deserialize(await readFile(file)) as CacheFile;
      if (data.key === key && data.entries) stored = data.entries;
    } catch {
      // missing or unreadable: start empty
    }
    return new ValidationCache(file, key, stored);
  }

  /** Nothing stored for this repository, tool and schema version: every file will be checked. */
  isEmpty(): boolean {
    for (const _ in this.stored) return false;
    return true;
  }

  get(path: string, hash: string): FileResult | undefined {
    const entry = this.stored[path];
    if (!entry || entry.hash !== hash) return undefined;
    this.fresh[path] = entry;
    return entry.result;
  }

  set(path: string, hash: string, result: FileResult): void {
    this.fresh[path] = { hash, result };
    this.dirty = true;
  }

  /** Keeps only the files seen in this run, so deleted files do not accumulate. */
  async save(): Promise<void> {
    if (!this.dirty && Object.keys(this.fresh).length === Object.keys(this.stored).length) return;
    const data: CacheFile = { key: this.key, entries: this.fresh };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(join(this.file, '..'), { recursive: true });
      await writeFile(temp, serialize(data));
      await rename(temp, this.file);
    } catch {
      // a read-only disk must not fail validation
    }
  }
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/** GIAOUOC_CACHE_DIR when set; inside node_modules/.cache when the repository has one, else the user's cache folder. */
function cacheFile(root: string, env: NodeJS.ProcessEnv): string {
  const name = 'validate-' + createHash('sha1').update(root).digest('hex').slice(0, 16) + '.bin';
  if (env.GIAOUOC_CACHE_DIR) return join(env.GIAOUOC_CACHE_DIR, name);
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'giaouoc', name);
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'giaouoc', name);
}
