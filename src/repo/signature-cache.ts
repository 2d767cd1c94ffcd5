// What verify has already worked out, kept between runs: a commit's summary and the verdict on its SSH
// signature (keyed by the commit id, which hashes the signature and every signed byte) and the digest and
// signing facts of a document's content (keyed by its git blob id). Both are pure functions of what their key names, so a
// cached answer is the answer; the cache lives outside the repository, like the validation cache.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../documents/write-atomic.js';
import type { HistoryCommit } from './history.js';
import type { SshVerification } from './sshsig.js';

export interface ContentFacts {
  kind?: string;
  year?: number;
  issuer?: string;
  parties?: string[];
  signer?: string;
  subject?: string;
}

export interface CachedContent {
  digest: string;
  facts: ContentFacts;
}

/** The verdict without the key blob, which the fingerprint already names. */
export type CachedVerdict = { ok: true; fingerprint: string } | { ok: false; reason: Exclude<SshVerification, { ok: true }>['reason']; fingerprint?: string };

const FORMAT = 2;

interface CacheFile {
  format: number;
  commits: Record<string, HistoryCommit>;
  verdicts: Record<string, CachedVerdict>;
  contents: Record<string, CachedContent>;
}

export class SignatureCache {
  private dirty = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly data: CacheFile,
  ) {}

  /** A disabled cache remembers within the run only. */
  static async open(root: string, env: NodeJS.ProcessEnv, enabled = true): Promise<SignatureCache> {
    const empty: CacheFile = { format: FORMAT, commits: {}, verdicts: {}, contents: {} };
    if (!enabled) return new SignatureCache(undefined, empty);
    const file = cacheFile(root, env);
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
      return new SignatureCache(file, data.format === FORMAT && data.commits && data.verdicts && data.contents ? data : empty);
    } catch {
      return new SignatureCache(file, empty);
    }
  }

  commit(oid: string): HistoryCommit | undefined {
    return this.data.commits[oid];
  }

  setCommit(oid: string, summary: HistoryCommit): void {
    this.data.commits[oid] = summary;
    this.dirty = true;
  }

  verdict(commit: string): CachedVerdict | undefined {
    return this.data.verdicts[commit];
  }

  setVerdict(commit: string, verdict: SshVerification): void {
    this.data.verdicts[commit] = verdict.ok ? { ok: true, fingerprint: verdict.fingerprint } : verdict;
    this.dirty = true;
  }

  content(blob: string): CachedContent | undefined {
    return this.data.contents[blob];
  }

  setContent(blob: string, content: CachedContent): void {
    this.data.contents[blob] = content;
    this.dirty = true;
  }

  /** A cache that cannot be written is only slower next time, never an error. */
  async save(): Promise<void> {
    if (!this.file || !this.dirty) return;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(this.data));
    } catch {
      // keep going without a cache
    }
  }
}

/** GIAOUOC_CACHE_DIR when set; inside node_modules/.cache when the repository has one, else the user's cache folder. */
function cacheFile(root: string, env: NodeJS.ProcessEnv): string {
  const name = `signatures-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`;
  if (env.GIAOUOC_CACHE_DIR) return join(env.GIAOUOC_CACHE_DIR, name);
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'giaouoc', name);
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'giaouoc', name);
}
