// What verify has already worked out, kept between runs: a commit's summary and the verdict on its SSH
// signature (keyed by the commit id, which hashes the signature and every signed byte) and the digest and
// signing facts of a document's content (keyed by its git blob id). Each is a pure function of what its key
// names, so a remembered answer is the answer — provided it was remembered by giaouoc itself: the store
// (src/cache/store.ts) keeps it outside the repository and reads back only entries sealed with the user's secret.

import { ShardedStore } from '../cache/store.js';
import type { HistoryCommit } from './history.js';
import type { SshVerification } from './sshsig.js';
import type { DocumentSignatures } from './verify.js';
import { VERSION } from '../version.js';

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

// The tool's version is part of it: a remembered verdict (see remembered-reports.ts) follows the rules that made it.
const FORMAT = `signatures-4|${VERSION}`;

type Entry = HistoryCommit | CachedVerdict | CachedContent;

export class SignatureCache {
  private constructor(
    private readonly store: ShardedStore<Entry>,
    // Kept apart so that a run answered by remembered reports reads none of the history's entries.
    private readonly reports: ShardedStore<DocumentSignatures>,
  ) {}

  /** A disabled cache remembers within the run only. */
  static async open(root: string, env: NodeJS.ProcessEnv, enabled = true): Promise<SignatureCache> {
    if (!enabled) return new SignatureCache(ShardedStore.memory(), ShardedStore.memory());
    return new SignatureCache(
      ShardedStore.open<Entry>({ name: 'signatures', root, env, format: FORMAT }),
      ShardedStore.open<DocumentSignatures>({ name: 'reports', root, env, format: FORMAT }),
    );
  }

  commit(oid: string): HistoryCommit | undefined {
    return this.store.get(`c${oid}`) as HistoryCommit | undefined;
  }

  setCommit(oid: string, summary: HistoryCommit): void {
    this.store.set(`c${oid}`, summary);
  }

  verdict(commit: string): CachedVerdict | undefined {
    return this.store.get(`v${commit}`) as CachedVerdict | undefined;
  }

  setVerdict(commit: string, verdict: SshVerification): void {
    this.store.set(`v${commit}`, verdict.ok ? { ok: true, fingerprint: verdict.fingerprint } : verdict);
  }

  content(blob: string): CachedContent | undefined {
    return this.store.get(`b${blob}`) as CachedContent | undefined;
  }

  setContent(blob: string, content: CachedContent): void {
    this.store.set(`b${blob}`, content);
  }

  report(key: string): DocumentSignatures | undefined {
    return this.reports.get(key);
  }

  setReport(key: string, report: DocumentSignatures): void {
    this.reports.set(key, report);
  }

  /** A cache that cannot be written is only slower next time; the store reports it. */
  async save(): Promise<void> {
    await Promise.all([this.store.save(), this.reports.save()]);
  }
}
