// What verify has already worked out, kept between runs: a commit's summary and the verdict on its SSH
// signature (keyed by the commit id, which hashes the signature and every signed byte) and the digest and
// signing facts of a document's content (keyed by its git blob id). Each is a pure function of what its key
// names, so a remembered answer is the answer — provided it was remembered by giaouoc itself: the store
// (src/cache/store.ts) keeps it outside the repository and reads back only entries sealed with the user's secret.

import { ShardedStore } from '../cache/store.js';
import { interner, ownCopy } from './interner.js';
import type { RepositoryConfig } from '../kinds/model.js';
import type { HistoryCommit } from './history.js';
import type { SshVerification } from './sshsig.js';
import type { DocumentSignatures } from './verify.js';
import { CACHE_BUILD } from '../version.js';

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
const FORMAT = `signatures-6|${CACHE_BUILD}`;

type Entry = HistoryCommit | CachedVerdict | CachedContent;

/** A working file as stat saw it: device, inode, size, mtime and ctime in nanoseconds. */
export type StatStamp = readonly [bigint, bigint, bigint, bigint, bigint];

/** The git blob id of a working file's bytes, vouched for by its stat data as long as that stays the same. */
export interface WorkingBlob {
  stamp: StatStamp;
  blob: string;
  /** False when the file was modified too close to the reading for stat to tell a later change (git's racy case). */
  trusted: boolean;
}

/** A document's verdicts and the inputs they were judged from (see remembered-reports.ts). */
export interface RememberedReport {
  inputs: string;
  blob: string;
  report: DocumentSignatures;
}

/** Everything remembered about one working document, in one entry, so that none outlives the document. */
interface DocumentEntry {
  working?: WorkingBlob;
  reports: Record<string, RememberedReport>;
}

type RememberedEntry = DocumentEntry | { config: RepositoryConfig | undefined };

/** One kind of entry: in the store under a one-letter prefix, or, for a run that keeps nothing, in a plain map. */
interface Table<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): unknown;
}

function inStore<V extends Entry>(store: ShardedStore<Entry>, prefix: string): Table<V> {
  return { get: (key) => store.get(prefix + key) as V | undefined, set: (key, value) => store.set(prefix + key, value) };
}

export class SignatureCache {
  // A verdict names one of a handful of keys, and facts repeat the same few unit ids: tens of thousands of
  // signatures share one object or string each instead of holding a copy (they are never modified).
  private readonly verdicts = new Map<string, CachedVerdict>();
  private readonly same = interner();

  private readonly commits: Table<HistoryCommit>;
  private readonly verdictsByCommit: Table<CachedVerdict>;
  private readonly contents: Table<CachedContent>;

  private constructor(
    private readonly store: ShardedStore<Entry>,
    // Kept apart so that a run answered by remembered reports reads none of the history's entries.
    private readonly remembered: ShardedStore<RememberedEntry>,
    /** False for a run that keeps nothing (`--no-cache`). */
    readonly keeps: boolean,
  ) {
    // A run that keeps nothing holds one entry per commit of a large archive in maps keyed by the commit id
    // itself: no prefixed copy of every id, no shard hashing of every key.
    this.commits = keeps ? inStore(store, 'c') : new Map();
    this.verdictsByCommit = keeps ? inStore(store, 'v') : new Map();
    this.contents = keeps ? inStore(store, 'b') : new Map();
  }

  /**
   * A disabled cache remembers within the run only. `whole`: the run covers every document, so a remembered
   * document it did not meet is gone and is dropped (its entries are per path, and paths come and go).
   */
  static async open(root: string, env: NodeJS.ProcessEnv, enabled = true, options: { whole?: boolean } = {}): Promise<SignatureCache> {
    if (!enabled) return new SignatureCache(ShardedStore.memory(), ShardedStore.memory(), false);
    return new SignatureCache(
      ShardedStore.open<Entry>({ name: 'signatures', root, env, format: FORMAT }),
      ShardedStore.open<RememberedEntry>({ name: 'reports', root, env, format: FORMAT, prune: options.whole === true }),
      true,
    );
  }

  commit(oid: string): HistoryCommit | undefined {
    return this.commits.get(oid);
  }

  setCommit(oid: string, summary: HistoryCommit): void {
    this.commits.set(oid, summary);
  }

  verdict(commit: string): CachedVerdict | undefined {
    return this.verdictsByCommit.get(commit);
  }

  setVerdict(commit: string, verdict: SshVerification | CachedVerdict): void {
    const key = verdict.ok ? `+${verdict.fingerprint}` : `-${verdict.reason}\0${verdict.fingerprint ?? ''}`;
    let shared = this.verdicts.get(key);
    if (!shared) {
      shared = verdict.ok ? { ok: true, fingerprint: verdict.fingerprint } : { ok: false, reason: verdict.reason, fingerprint: verdict.fingerprint };
      this.verdicts.set(key, shared);
    }
    this.verdictsByCommit.set(commit, shared);
  }

  content(blob: string): CachedContent | undefined {
    return this.contents.get(blob);
  }

  setContent(blob: string, content: CachedContent): void {
    const { facts } = content;
    const same = this.same;
    const text = (value: string | undefined) => (value === undefined ? undefined : same(value));
    const parties = facts.parties === undefined ? undefined : (same.list(facts.parties) as string[]);
    // Every string kept is its own: a value cut from the document's source would keep the whole source alive.
    this.contents.set(blob, {
      digest: content.digest,
      facts: { kind: text(facts.kind), year: facts.year, issuer: text(facts.issuer), parties, signer: text(facts.signer), subject: facts.subject === undefined ? undefined : ownCopy(facts.subject) },
    });
  }

  working(relative: string): WorkingBlob | undefined {
    return this.document(relative)?.working;
  }

  setWorking(relative: string, working: WorkingBlob): void {
    const entry = this.document(relative) ?? { reports: {} };
    this.remembered.set(`d${relative}`, { working, reports: entry.reports });
  }

  report(relative: string, variant: string): RememberedReport | undefined {
    return this.document(relative)?.reports[variant];
  }

  setReport(relative: string, variant: string, report: RememberedReport): void {
    const entry = this.document(relative) ?? { reports: {} };
    // Literals rather than spreads: a spread object given a further key gets a hidden class of its own in V8.
    this.remembered.set(`d${relative}`, { working: entry.working, reports: Object.assign({}, entry.reports, { [variant]: report }) });
  }

  /** giaouoc.yaml parsed, by the SHA-1 of its bytes: a run that remembered verdicts answer parses no YAML. */
  config(sha1: string): { config: RepositoryConfig | undefined } | undefined {
    return this.remembered.get(`g${sha1}`) as { config: RepositoryConfig | undefined } | undefined;
  }

  setConfig(sha1: string, config: RepositoryConfig | undefined): void {
    this.remembered.set(`g${sha1}`, { config });
  }

  /** A cache that cannot be written is only slower next time; the store reports it. */
  async save(): Promise<void> {
    // One store after the other: each serializes a few shards at a time, and two at once doubled the buffers
    // a first run of a large archive holds while it saves.
    await this.store.save();
    await this.remembered.save();
  }

  private document(relative: string): DocumentEntry | undefined {
    return this.remembered.get(`d${relative}`) as DocumentEntry | undefined;
  }
}
