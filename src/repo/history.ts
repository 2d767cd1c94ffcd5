// The whole history needed by verify, status and log, read in a fixed number of git processes whatever
// the repository's size: one `rev-list` for the commit ids, one `cat-file --batch` for the commit objects
// (and later for the blobs and trees they name), one `diff-tree --stdin` for which files the commits that
// changed the tree changed (tree-changes.ts).
// A commit's summary is a pure function of its id, so summaries are cached: a warm run reads only the
// commits it has not seen.

import { CatFileBatch } from './cat-file.js';
import { runGit } from './git-process.js';
import { parseCommitObject, type CommitObject, type Person } from './commit-object.js';
import { readCommitForHistory, type CommitForHistory } from './commit-for-history.js';
import { CHANGE_RECORDS, TreeChanges } from './tree-changes.js';
import { keepHeapNearLive } from '../startup/heap-growth.js';
import { interner, type Interner } from './interner.js';
import { hasHead, type RepoLayout } from './layout.js';
import type { SignatureCache } from './signature-cache.js';
import type { SignatureWork, SignedItem } from './signature-pool.js';
import type { SignatureClaim } from './trailers.js';

/** What the walks need of a commit; the raw object (for its signature) is read only when needed. */
export interface HistoryCommit {
  oid: string;
  tree: string;
  parents: string[];
  author: Person;
  committer: Person;
  subject: string;
  /** What the commit claims to sign (its Giaouoc-* trailers), shared by every signature the walks attach it to. */
  claim?: SignatureClaim;
  /** Does the commit carry a signature header at all? */
  signed: boolean;
}

export interface FileChange {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed. */
  status: string;
  /** Path from the git top level after the change. */
  path: string;
  /** For a rename or copy: the path before. */
  from?: string;
  /** Blob id after the change (all zeros for a deletion). */
  blob: string;
}

export interface History {
  /** Oldest first (the reverse of rev-list's order). */
  commits: HistoryCommit[];
  /** A view over `commits` through `position`: one map of a large history's ids, not two. */
  byOid: { get(oid: string): HistoryCommit | undefined };
  /** Each commit's index in `commits`. */
  position: Map<string, number>;
  /** Changes under the document root, by commit. */
  changes: Map<string, FileChange[]>;
  /** Open for further reads (commits, blobs, trees) until `close()`. */
  batch: CatFileBatch;
  /** The full commit object, with the exact bytes its signature covers (read again from git: none is kept). */
  readCommit(oid: string): Promise<CommitObject>;
  /** Settles when the signatures read with `verifyAll` are verified and their verdicts are in the cache. */
  verified: Promise<void>;
  /** The same, one promise per slice of the history, in the order the slices were read and handed over. */
  verifiedSlices: Promise<void>[];
  close(): Promise<void>;
}

export interface ReadOptions {
  /**
   * Verify every signed commit whose verdict the cache lacks as soon as it is read, on `work`: for a run over the
   * whole repository, which needs nearly all of them. The commit objects are then never kept in memory.
   */
  verifyAll?: SignatureWork;
}

// Commits are read, summarised and let go in slices, so memory holds a few slices of objects, not the whole history:
// the slice being parsed and the one git is writing meanwhile. The checks of AHEAD slices may wait on the thread
// pool (each check holds only the hash its signature covers, the signature and its key), enough to keep every
// core busy while the main thread digests documents between slices.
const SLICE = 1000;
// The first slices are smaller: the thread pool starts checking signatures as soon as a hundred commits are read,
// instead of waiting while git writes and the main thread parses a thousand with its code not yet optimised.
const FIRST_SLICES = [128, 256, 512];
const AHEAD = 4;
// From this many commits on, what a run keeps per commit is most of its memory, and the heap is held near it
// (heap-growth.ts); a smaller history keeps V8's own growth, which collects less often.
const LARGE_HISTORY = 20_000;

/** The git side of the history, started at once so git works while the caller opens its cache and files. */
export interface HistoryRead {
  /** Newest first, children before parents. */
  oids: Promise<string[]>;
  /**
   * For a history with merges, `git log --raw` of the document root, started as soon as the commits are listed:
   * which files each commit changed then follows git's own simplified history of the root. Undefined for a linear
   * history, where git is asked only about the commits that changed the tree (tree-changes.ts).
   */
  merged: Promise<{ log: Promise<Buffer> } | undefined>;
}

/** `headExists`: already known (src/repo/probe.ts), so that no git process is started to ask again. */
export function startHistory(layout: RepoLayout, headExists?: boolean): HistoryRead {
  const head = headExists === undefined ? hasHead(layout) : Promise.resolve(headExists);
  const whenHead = <T>(read: () => Promise<T>, none: T) => head.then((exists) => (exists ? read() : none));
  // Parents before children (reversed), which the key history's ancestry marks rely on.
  const listed = whenHead(async () => listHistory(await runGit(layout.toplevel, ['rev-list', '--topo-order', '--parents', 'HEAD'], { env: layout.env })), { oids: [], merges: false });
  const oids = listed.then((list) => list.oids);
  const merged = listed.then((list) => {
    if (!list.merges) return undefined;
    const log = runGit(layout.toplevel, ['log', ...CHANGE_RECORDS, 'HEAD', '--', layout.prefix || '.'], { env: layout.env });
    log.catch(() => undefined);
    return { log };
  });
  // Nobody may be waiting yet: keep a failure for whoever awaits, without an unhandled rejection meanwhile.
  oids.catch(() => undefined);
  merged.catch(() => undefined);
  return { oids, merged };
}

/** `rev-list --parents`: each line a commit id, then its parents' ids. */
function listHistory(output: Buffer): { oids: string[]; merges: boolean } {
  const oids: string[] = [];
  let merges = false;
  for (const line of output.toString('latin1').split('\n')) {
    if (!line) continue;
    const first = line.indexOf(' ');
    if (first < 0) {
      oids.push(line);
      continue;
    }
    oids.push(line.slice(0, first));
    if (line.indexOf(' ', first + 1) >= 0) merges = true;
  }
  return { oids, merges };
}

export async function readHistory(layout: RepoLayout, cache: SignatureCache, started: HistoryRead = startHistory(layout), options: ReadOptions = {}): Promise<History> {
  const batch = new CatFileBatch(layout.toplevel, { env: layout.env });
  const readCommit = async (oid: string): Promise<CommitObject> => {
    const raw = await batch.read(oid);
    if (!raw || raw.type !== 'commit') throw new Error(`git has no commit ${oid}`);
    return parseCommitObject(raw.content);
  };
  const history: History = { commits: [], byOid: new Map<string, HistoryCommit>(), position: new Map(), changes: new Map(), batch, readCommit, verified: Promise.resolve(), verifiedSlices: [], close: () => batch.close() };
  const changed = new TreeChanges(layout.toplevel, layout.prefix || '.', { env: layout.env });
  try {
    return await fillHistory(history, cache, started, changed, options);
  } catch (error) {
    // The git processes must end on every path, or the run would wait for them forever.
    changed.abandon();
    await batch.close().catch(() => undefined);
    throw error;
  }
}

async function fillHistory(history: History, cache: SignatureCache, started: HistoryRead, changed: TreeChanges, options: ReadOptions): Promise<History> {
  const batch = history.batch;
  const oids = await started.oids;
  if (oids.length === 0) return history;
  const merged = await started.merged;
  if (oids.length >= LARGE_HISTORY) keepHeapNearLive(20);
  // Oldest first, so that a commit's parents are summarised before it and its list of parents can share their
  // id strings instead of holding copies (tens of thousands of 40-character strings in a large archive).
  // A run that keeps nothing holds the summaries here only while it reads: the history holds them afterwards.
  const reading = cache.keeps ? undefined : new Map<string, HistoryCommit>();
  const summaryOf = (oid: string) => (reading ? reading.get(oid) : cache.commit(oid));
  const treeOf = (oid: string) => summaryOf(oid)?.tree;
  const unseen: string[] = [];
  for (let index = oids.length - 1; index >= 0; index--) {
    const known = summaryOf(oids[index]!);
    if (known) {
      if (!merged) changed.consider(known, treeOf);
    } else unseen.push(oids[index]!);
  }
  const verifying: Promise<void>[] = [];
  const same = interner();
  const slices = slicesOf(unseen);
  const ask = (slice: string[]) => {
    const reading = batch.readMany(slice);
    // Awaited below; a failure after an earlier slice failed must not surface as an unhandled rejection.
    reading.catch(() => undefined);
    return reading;
  };
  // The next slice is asked for before this one is parsed, so git keeps writing while the objects are parsed.
  let ahead = slices.length > 0 ? ask(slices[0]!) : undefined;
  for (let index = 0; index < slices.length; index++) {
    const slice = slices[index]!;
    const read = await ahead!;
    if (index + 1 < slices.length) ahead = ask(slices[index + 1]!);
    const signed: SignedItem[] = [];
    const named: string[] = [];
    for (const oid of slice) {
      const object = read.get(oid);
      if (!object) continue;
      const parsed = readCommitForHistory(object.content, options.verifyAll !== undefined && !cache.verdict(oid));
      const summary = summarize(oid, parsed, same, (parent) => summaryOf(parent)?.oid);
      if (reading) reading.set(oid, summary);
      else cache.setCommit(oid, summary);
      if (!merged) changed.consider(summary, treeOf);
      if (parsed.check) {
        signed.push(parsed.check);
        named.push(oid);
      }
    }
    if (signed.length > 0) {
      verifying.push(options.verifyAll!.verify(signed).then((verdicts) => named.forEach((oid, index) => cache.setVerdict(oid, verdicts[index]!))));
      // Reading runs at most AHEAD slices ahead of the verification, so what waits for it stays bounded.
      if (verifying.length > AHEAD) await verifying[verifying.length - AHEAD - 1];
    }
  }
  history.verifiedSlices = verifying;
  history.verified = Promise.all(verifying).then(() => undefined);
  history.verified.catch(() => undefined);
  const raw = merged ? await merged.log : await changed.finish();
  for (let index = oids.length - 1; index >= 0; index--) {
    const summary = summaryOf(oids[index]!);
    if (summary) history.commits.push(summary);
  }
  const position = new Map(history.commits.map((commit, index) => [commit.oid, index]));
  history.position = position;
  history.byOid = byPosition(history.commits, position);
  history.changes = parseRawLog(raw.toString('utf8'));
  return history;
}

/** The commits to read, cut into FIRST_SLICES and then SLICE at a time. */
function slicesOf(oids: string[]): string[][] {
  const slices: string[][] = [];
  for (let from = 0, index = 0; from < oids.length; index++) {
    const size = FIRST_SLICES[index] ?? SLICE;
    slices.push(oids.slice(from, from + size));
    from += size;
  }
  return slices;
}

/** `known`: the id string of a commit already summarised, shared rather than copied. */
function summarize(oid: string, commit: CommitForHistory, same: Interner, known: (oid: string) => string | undefined): HistoryCommit {
  const found = commit.claim;
  // Shared strings: a party's or a document's trailer repeats across many commits, and nothing modifies them.
  const text = (value: string | undefined) => (value === undefined ? undefined : same(value));
  const claim = found && { document: same(found.document), party: same(found.party), signer: text(found.signer), digest: text(found.digest) };
  const person = ({ name, email, time, tz }: Person): Person => ({ name: same(name), email: same(email), time, tz: same(tz) });
  const author = person(commit.author);
  const { committer: c } = commit;
  // Nearly every commit has the same author and committer: one object serves as both.
  const committer = c.name === author.name && c.email === author.email && c.time === author.time && c.tz === author.tz ? author : person(c);
  // The parser's strings are slices of the whole commit text, and a kept slice keeps all of that text alive:
  // every string kept here is the interner's own copy.
  return {
    oid,
    tree: same(commit.tree),
    parents: commit.parents.map((parent) => known(parent) ?? same(parent)),
    author,
    committer,
    subject: same(commit.subject),
    claim,
    signed: commit.signed,
  };
}

/** `git diff-tree --raw -z --format=%x01%H` (as `git log` writes it): records start with \x01, then NUL-separated ":meta" and path fields. */
export function parseRawLog(text: string): Map<string, FileChange[]> {
  const changes = new Map<string, FileChange[]>();
  for (const record of text.split('\x01')) {
    if (!record) continue;
    const fields = record.split('\0');
    const oid = fields[0];
    const list: FileChange[] = [];
    for (let index = 1; index < fields.length; index++) {
      const meta = fields[index].replace(/^\n/, '');
      if (!meta.startsWith(':')) continue;
      const [, , , blob, status] = meta.slice(1).split(' ');
      const letter = status.charAt(0);
      if (letter === 'R' || letter === 'C') {
        list.push({ status: letter, from: fields[index + 1], path: fields[index + 2], blob });
        index += 2;
      } else {
        list.push({ status: letter, path: fields[index + 1], blob });
        index += 1;
      }
    }
    // A record without changes (a merge, for which git shows none) needs no entry: readers default to none.
    if (list.length > 0) changes.set(oid, list);
  }
  return changes;
}

function byPosition(commits: HistoryCommit[], position: Map<string, number>): History['byOid'] {
  return {
    get(oid) {
      const index = position.get(oid);
      return index === undefined ? undefined : commits[index];
    },
  };
}

export { isoTime } from './iso-time.js';
