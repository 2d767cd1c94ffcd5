// The index that lets validating a few files cost a few files: for every key a cross-document rule looks
// documents up by (path; kind, year and issuer; the duplicate rule's identity; a number series; a bloc's score
// sheets of a year), the documents that had it when last checked, each with its content hash and stat data.
// A one-file run reads only the buckets of the keys its file's rules read, and re-checks every member whose stat
// data moved, so a member that changed or went away is never taken on trust.
//
// Kept in the validation store's sealed shards (src/cache/store.ts). Buckets are only as good as the whole they
// belong to: a rebuild writes every shard under a fresh generation with a marker per shard, and a bucket is used
// only when its shard's marker carries the generation that the index's head names. A shard that is missing,
// tampered with, past its size limit or from another rebuild makes the index unusable, never a bucket empty.

import { randomBytes } from 'node:crypto';
import { ShardedStore, cacheNotice, shardOwnKey } from '../cache/store.js';
import { emptyFacts, type DocumentFacts } from '../kinds/facts.js';
import type { RepositoryConfig } from '../kinds/model.js';
import type { ScoreSheetFacts } from '../kinds/score-sheet.js';
import { readNumber, seriesKey } from '../numbers/rules.js';
import type { FileStamp } from './cache.js';
import { identityOf } from './cross-rules.js';
import { needsOf as ruleNeeds } from './dependencies.js';

/** A document as a bucket holds it; `f` (its facts without what only its own rules read) in the buckets of rules that read no more. */
export interface Member {
  r: string;
  h: string;
  s?: FileStamp;
  f?: DocumentFacts;
}

export interface IndexedDocument {
  relative: string;
  hash: string;
  /** Only a stamp old enough to vouch for the content (see cache.ts). */
  stamp?: FileStamp;
  facts: DocumentFacts;
}

/** A key a rule looks up, and whether the rule reads the found documents' full facts or only their slim ones. */
export interface Need {
  key: string;
  full: boolean;
}

interface Bucket {
  g: string;
  m: Member[];
}

interface Head {
  g: string;
  /** The content hash of giaouoc.yaml: number series are read against it. */
  config: string;
  /** How many shards the buckets are spread over (shardCountFor). */
  n: number;
}

type Entry = Bucket | Head | string;

/** The head's shard: a file of its own, whatever the count of the others. The head is that shard's marker. */
export const HEAD_SHARD = 'head';
const HEAD = shardOwnKey(HEAD_SHARD);
/**
 * Shard files of the buckets: about 25 documents' worth each, from 16 for a small repository (a rebuild writes every
 * shard, and creating a file is slow on some disks) to 2,048 at 50,000 documents (each about 50 KB, so a one-file
 * run reads little).
 */
const DOCUMENTS_PER_SHARD = 25;
const MIN_SHARDS = 16;
export const MAX_SHARDS = 2048;

function shardCountFor(documents: number): number {
  let count = MIN_SHARDS;
  while (count < MAX_SHARDS && count * DOCUMENTS_PER_SHARD < documents) count *= 2;
  return count;
}
/** More changed documents than this and an update costs more than a rebuild. */
const UPDATE_LIMIT = 2000;

export type IndexState = 'ready' | 'absent' | 'damaged';

export class FactIndex {
  private constructor(
    private readonly store: ShardedStore<Entry>,
    private head: Head | undefined,
    readonly state: IndexState,
    private readonly configHash: string,
  ) {}

  /** `format` as the validation cache's; `configHash` the registry's content hash. */
  static open(root: string, env: NodeJS.ProcessEnv, format: string, configHash: string): FactIndex {
    const store = ShardedStore.open<Entry>({ name: 'validate-index', root, env, format, shards: MAX_SHARDS });
    const head = asHead(store.get(HEAD));
    if (head) store.useShardCount(head.n);
    const state: IndexState = !head ? (store.hasAny() ? 'damaged' : 'absent') : head.config !== configHash ? 'absent' : 'ready';
    return new FactIndex(store, state === 'ready' ? head : undefined, state, configHash);
  }

  /** The members under `key`; undefined when the index cannot vouch for that bucket (then it must not be used). */
  bucket(key: string): Member[] | undefined {
    const head = this.head;
    if (!head || this.store.get(this.markerOf(key)) !== head.g) return this.broken();
    const entry = this.store.get(key);
    if (entry === undefined) return [];
    if (!isBucket(entry) || entry.g !== head.g || !entry.m.every(isMember)) return this.broken();
    return entry.m;
  }

  /** Every document of the repository, after a run that read them all. */
  rebuild(documents: readonly IndexedDocument[], config: RepositoryConfig): void {
    const g = randomBytes(12).toString('base64');
    const buckets = new Map<string, Member[]>();
    for (const doc of documents) {
      // One member object per document, shared by its buckets: a rebuild of 50k documents allocates 50k, not 250k.
      const keys = keysOf(doc.relative, doc.facts, config);
      const slim = memberOf(doc, true);
      const bare = memberOf(doc, false);
      for (const [key, withFacts] of keys) {
        const list = buckets.get(key) ?? [];
        list.push(withFacts ? slim : bare);
        buckets.set(key, list);
      }
    }
    const count = shardCountFor(documents.length);
    this.store.useShardCount(count);
    this.store.clear();
    for (const shard of this.store.shardNames()) this.store.set(shardOwnKey(shard), g);
    for (const [key, m] of buckets) this.store.set(key, { g, m });
    this.head = { g, config: this.configHash, n: count };
    this.store.set(HEAD, this.head);
  }

  /**
   * Moves re-checked documents between buckets: `before` the facts it was indexed under (if known), `after` what
   * it is now (absent when it no longer yields facts). Returns false when there are too many to be worth it.
   */
  update(changes: readonly { relative: string; before?: DocumentFacts; after?: IndexedDocument }[], config: RepositoryConfig): boolean {
    if (!this.head) return false;
    if (changes.length > UPDATE_LIMIT) return this.invalidate();
    const g = this.head.g;
    for (const change of changes) {
      const now = change.after ? keysOf(change.relative, change.after.facts, config) : new Map<string, boolean>();
      const then = change.before ? keysOf(change.relative, change.before, config) : new Map<string, boolean>();
      for (const key of new Set([...then.keys(), ...now.keys()])) {
        const members = this.bucket(key);
        if (!members) return this.invalidate();
        const kept = members.filter((member) => member.r !== change.relative);
        if (now.has(key)) kept.push(memberOf(change.after!, now.get(key)!));
        this.store.set(key, { g, m: kept });
      }
    }
    return true;
  }

  /** Under the store's lock; when another run changed a shard this run had read, the index is marked for a rebuild. */
  save(): Promise<void> {
    return this.store.save({ key: HEAD, value: 'invalid' });
  }

  /** A half-made update must not pass for an index: the head is made unreadable and the next run rebuilds. */
  private invalidate(): false {
    this.head = undefined;
    this.store.set(HEAD, 'invalid');
    return false;
  }

  /** The marker of the shard that holds `key`. */
  private markerOf(key: string): string {
    return shardOwnKey(this.store.shardOf(key));
  }

  private broken(): undefined {
    if (this.head) cacheNotice(DAMAGED);
    this.head = undefined;
    return undefined;
  }
}

export const DAMAGED = {
  vi: 'chỉ mục của bộ nhớ đệm kiểm tra bị hỏng, quá lớn hoặc không khớp nên không dùng; lần này kiểm tra dựa trên cả kho, kết quả vẫn đúng',
  en: 'the validation cache index is damaged, too large or does not match, so it was not used; this run checked against the whole repository and its results are correct',
};

/** The keys a document is found under, each with whether its bucket keeps the slim facts. */
export function keysOf(relative: string, facts: DocumentFacts, config: RepositoryConfig): Map<string, boolean> {
  const keys = new Map<string, boolean>([
    [`p:${relative}`, false],
    [`k:${facts.kind}|${facts.year}|${facts.issuer.id}`, false],
    [`i:${identityOf(facts)}`, true],
  ]);
  const series = seriesOf(relative, facts, config);
  if (series) keys.set(series, true);
  const bloc = isSheet(facts) ? facts.bloc?.id : undefined;
  if (bloc !== undefined) keys.set(`s:${bloc}|${facts.year}`, true);
  return keys;
}

/**
 * What the cross-document rules for a document read: the documents dependencies.ts names (a report's plan, a
 * plan's compact, a sheet's table, a table's sheets) and, for an asked-for document, those its identity, number
 * series, kind/year/issuer and evidence files are compared with. A document found through another (a report's
 * plan) adds only what dependencies.ts names for it.
 */
export function needsOf(relative: string, facts: DocumentFacts, config: RepositoryConfig, asked: boolean): Need[] {
  const needs: Need[] = ruleNeeds(facts).map((need) => {
    if ('path' in need) return { key: `p:${need.path}`, full: true };
    if (need.issuer !== undefined) return { key: `k:${need.kind}|${need.year}|${need.issuer}`, full: true };
    // Every sheet of the year: the year-end rules count those of the asking table's bloc (yearend-rules.ts).
    return { key: `s:${facts.issuer.id}|${need.year}`, full: false };
  });
  if (!asked) return needs;
  needs.push({ key: `i:${identityOf(facts)}`, full: false });
  // Others of its kind, year and issuer: of two scoring tables of one bloc, the later is checked against the sheets.
  needs.push({ key: `k:${facts.kind}|${facts.year}|${facts.issuer.id}`, full: true });
  const series = seriesOf(relative, facts, config);
  if (series) needs.push({ key: series, full: false });
  for (const file of (facts as Partial<ScoreSheetFacts>).evidenceFiles ?? []) needs.push({ key: `p:${file.id.replace(/^\.\//, '')}`, full: true });
  return needs;
}

/** Facts without what only the document's own rules read: enough for the duplicate, number and sheet-presence rules. */
export function slimFacts(facts: DocumentFacts): DocumentFacts {
  const slim: DocumentFacts = { ...emptyFacts(facts.kind, facts.year, facts.issuer) };
  if (facts.quarter !== undefined) slim.quarter = facts.quarter;
  if (facts.period !== undefined) slim.period = facts.period;
  if (facts.distinct !== undefined) slim.distinct = facts.distinct;
  if (facts.number !== undefined) slim.number = facts.number;
  if (facts.date !== undefined) slim.date = facts.date;
  if (facts.type !== undefined) slim.type = facts.type;
  if (facts.typeCode !== undefined) slim.typeCode = facts.typeCode;
  if (!isSheet(facts)) return slim;
  // Keys added in place, not spread into a new object: V8 gives a spread object with further keys a hidden class
  // of its own, one per sheet of a large bloc.
  const sheet = slim as ScoreSheetFacts;
  if (facts.bloc) sheet.bloc = facts.bloc;
  sheet.scores = [];
  sheet.bonuses = [];
  sheet.penalties = [];
  sheet.evidenceFiles = [];
  return sheet;
}

/** A score sheet, known by the evidence it lists (the year-end rules read a sheet's bloc and issuer). */
function isSheet(facts: DocumentFacts): facts is ScoreSheetFacts {
  return Array.isArray((facts as Partial<ScoreSheetFacts>).evidenceFiles);
}

function seriesOf(relative: string, facts: DocumentFacts, config: RepositoryConfig): string | undefined {
  const { numbered } = readNumber({ file: relative, relative, facts }, config);
  return numbered ? `n:${seriesKey(numbered.code, numbered.year)}` : undefined;
}

function memberOf(doc: IndexedDocument, slim: boolean): Member {
  return { r: doc.relative, h: doc.hash, ...(doc.stamp ? { s: doc.stamp } : {}), ...(slim ? { f: slimFacts(doc.facts) } : {}) };
}

function asHead(entry: Entry | undefined): Head | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  const head = entry as Partial<Head>;
  const count = head.n;
  const counted = typeof count === 'number' && Number.isInteger(count) && count >= MIN_SHARDS && count <= MAX_SHARDS && (count & (count - 1)) === 0;
  return typeof head.g === 'string' && head.g !== '' && typeof head.config === 'string' && counted ? (entry as Head) : undefined;
}

/** Sealed with the user's secret, but read as if anyone wrote it: a path must stay inside the repository. */
function isMember(member: unknown): member is Member {
  if (!member || typeof member !== 'object') return false;
  const { r, h, s, f } = member as Record<string, unknown>;
  if (typeof r !== 'string' || r === '' || r.startsWith('/') || r.includes('\\') || r.split('/').some((part) => part === '..' || part === '')) return false;
  if (typeof h !== 'string') return false;
  if (s !== undefined && !(s && typeof s === 'object' && ['size', 'mtimeMs', 'ctimeMs', 'ino'].every((field) => typeof (s as Record<string, unknown>)[field] === 'number'))) return false;
  if (f === undefined) return true;
  const facts = f as Partial<DocumentFacts>;
  return typeof facts === 'object' && facts !== null && typeof facts.kind === 'string' && typeof facts.year === 'number' && typeof facts.issuer?.id === 'string';
}

function isBucket(entry: Entry): entry is Bucket {
  return typeof entry === 'object' && entry !== null && typeof (entry as Bucket).g === 'string' && Array.isArray((entry as Bucket).m);
}
