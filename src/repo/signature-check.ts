// The verdict on commits that claim to be signatures. Checked in this order, and the first failure is
// the verdict: the commit carries an SSH signature; the signature verifies over the commit's bytes; it is not
// dated before its parent; the key counted for the party in the key history the signer saw (the signature
// commit's first parent) and was not replaced by a change the signature does not precede;
// the document named exists in that revision; its content has the digest the commit claims; the party is a
// party of that revision of the document, under the registry of that time.

import type { RepositoryConfig } from '../kinds/model.js';
import { kindNamed } from '../kinds/registry.js';
import type { CommitObject } from './commit-object.js';
import type { Attached } from './document-tracking.js';
import type { HistoryCommit } from './history.js';
import type { KeyHistory } from './key-history.js';
import type { Content, Registry, RevisionReader } from './revision-reader.js';
import { NOT_AT_HAND, type NotAtHand } from './settled-memo.js';
import { partyOfSigned, type RegistryHistory } from './signed-registry.js';
import type { CachedVerdict, SignatureCache } from './signature-cache.js';
import { signatureWork, type SignatureWork } from './signature-pool.js';
import type { SignatureClaim } from './trailers.js';

export type SignatureProblem =
  | { code: 'unsigned' }
  | { code: 'back-dated'; parentDate: number }
  | { code: 'bad-signature'; reason: 'malformed' | 'namespace' | 'bad-signature' | 'unsupported-key' }
  | { code: 'unregistered-key'; fingerprint: string }
  | { code: 'other-party-key'; fingerprint: string; owner: string }
  | { code: 'key-replaced'; fingerprint: string; replacedIn: string }
  | { code: 'document-missing' }
  | { code: 'digest-mismatch'; claimed?: string; actual: string }
  | { code: 'not-a-party'; parties: string[] };

export interface SignatureCheck {
  commit: HistoryCommit;
  claim: SignatureClaim;
  fingerprint?: string;
  /** The document as it stood in the signature commit. */
  content?: Content;
  problem?: SignatureProblem;
}

export interface CheckContext {
  reader: RevisionReader;
  cache: SignatureCache;
  config?: RepositoryConfig;
  /** The keys that count for each unit at a commit, from the authenticated key history. */
  keys: KeyHistory;
  /** The tree of a commit of the history (for the registry of a signature's parent). */
  treeOf(commit: string): string | undefined;
  /** giaouoc.yaml as committed in each tree (src/repo/signed-registry.ts); without it today's registry decides. */
  configs?: Pick<RegistryHistory, 'at' | 'now'>;
  /** The full commit object, for the bytes its signature covers. */
  readCommit(oid: string): Promise<CommitObject>;
  /** A history commit's committer time (seconds), to refuse a signature dated before its parent. */
  committedAt?(oid: string): number | undefined;
  /** Where signatures are verified (on the thread pool for a large batch); the main thread alone without it. */
  work?: SignatureWork;
}

/**
 * The SSH signatures not yet known to the cache are verified together, on every core for a large batch. Then the
 * rules run for every check at once, synchronously, on what is at hand; the inputs still to be read from git (a
 * past revision, the key registry a signer saw) are read together, each once, and those checks run again.
 */
export async function checkSignatures(items: Attached[], context: CheckContext): Promise<SignatureCheck[]> {
  await verdictsOf(items.filter(({ commit }) => commit.signed).map(({ commit }) => commit.oid), context);
  const checks = new Array<SignatureCheck>(items.length);
  let open: CheckInputs[] = items.map((item, index) => ({ index, item, verdict: context.cache.verdict(item.commit.oid) }));
  while (open.length > 0) {
    const waiting: CheckInputs[] = [];
    for (const inputs of open) {
      const check = judge(inputs, context);
      if (check === NOT_AT_HAND) waiting.push(inputs);
      else checks[inputs.index] = check;
    }
    // Each round answers at least one more input of each waiting check (there are three), whatever a memo let go.
    const answers = await Promise.all(waiting.map((inputs) => inputs.loading!.value));
    waiting.forEach((inputs, at) => {
      inputs[inputs.loading!.slot] = answers[at] as never;
      inputs.loading = undefined;
    });
    open = waiting;
  }
  return checks;
}

type Slot = 'content' | 'registry' | 'config';

/** One check's inputs: what was read for it, and what it waits for. */
interface CheckInputs {
  index: number;
  item: Attached;
  verdict: CachedVerdict | undefined;
  content?: Content | undefined;
  registry?: Registry;
  config?: RepositoryConfig | undefined;
  loading?: { slot: Slot; value: Promise<unknown> };
}

/** An input of the check: answered for it, or at hand, or read (and the check waits). */
function take<T>(inputs: CheckInputs, slot: Slot, now: () => T | NotAtHand, load: () => Promise<T>): T | NotAtHand {
  if (slot in inputs) return inputs[slot] as T;
  const value = now();
  if (value === NOT_AT_HAND) inputs.loading = { slot, value: load() };
  return value;
}

/** The SSH verdict of each signed commit named, verifying (on every core) those the cache does not know. */
export async function verdictsOf(oids: string[], context: Pick<CheckContext, 'cache' | 'readCommit' | 'work'>): Promise<Map<string, CachedVerdict | undefined>> {
  const unknown = [...new Set(oids.filter((oid) => !context.cache.verdict(oid)))];
  const objects = await Promise.all(unknown.map((oid) => context.readCommit(oid)));
  const work = context.work ?? signatureWork({ threads: false });
  const verdicts = await work.verify(objects.map((object) => ({ armored: object.gpgsig ?? '', message: object.payload })));
  unknown.forEach((oid, index) => context.cache.setVerdict(oid, verdicts[index]));
  return new Map(oids.map((oid) => [oid, context.cache.verdict(oid)]));
}

/** The rules, in their order; NOT_AT_HAND when an input they reach for is being read. */
function judge(inputs: CheckInputs, context: CheckContext): SignatureCheck | NotAtHand {
  const { item, verdict } = inputs;
  const { commit, claim, blob } = item;
  const content = take(inputs, 'content', () => context.reader.documentNow(commit.tree, claim.document, blob), () => context.reader.documentAt(commit.tree, claim.document, blob));
  if (content === NOT_AT_HAND) return NOT_AT_HAND;
  // One literal, keys in one order, for every check: a check spread from a common base got a hidden class of its own.
  const checked = (fingerprint: string | undefined, problem?: SignatureProblem): SignatureCheck => ({ commit, claim, content, fingerprint, problem });
  if (!commit.signed || !verdict) return checked(undefined, { code: 'unsigned' });
  if (!verdict.ok) return checked(verdict.fingerprint, { code: 'bad-signature', reason: verdict.reason });
  const parentTime = Math.max(...commit.parents.map((parent) => context.committedAt?.(parent) ?? -Infinity));
  if (parentTime > commit.committer.time) return checked(undefined, { code: 'back-dated', parentDate: parentTime });
  const fingerprint = verdict.fingerprint;
  const parent = commit.parents[0];
  const registry = take(inputs, 'registry', () => context.keys.registryNow(parent), () => context.keys.registryAt(parent));
  if (registry === NOT_AT_HAND) return NOT_AT_HAND;
  if (!registry.get(claim.party)?.has(fingerprint)) {
    const owner = [...registry].find(([, keys]) => keys.has(fingerprint))?.[0];
    return checked(fingerprint, owner ? { code: 'other-party-key', fingerprint, owner } : { code: 'unregistered-key', fingerprint });
  }
  const replacedIn = context.keys.replacedAfter(claim.party, fingerprint, commit.oid);
  if (replacedIn) return checked(fingerprint, { code: 'key-replaced', fingerprint, replacedIn });
  if (!content) return checked(fingerprint, { code: 'document-missing' });
  if (claim.digest !== content.digest) return checked(fingerprint, { code: 'digest-mismatch', claimed: claim.digest, actual: content.digest });
  // A compact names its parties; for other documents the registry the signer saw decides who was a party.
  let then: RepositoryConfig | undefined;
  if (!kindNamed(content.facts.kind)?.signedByParties && context.configs) {
    const { configs } = context;
    const tree = parent ? context.treeOf(parent) : undefined;
    const config = take(inputs, 'config', () => configs.now(tree), () => configs.at(tree));
    if (config === NOT_AT_HAND) return NOT_AT_HAND;
    then = config;
  }
  const party = partyOfSigned(content.facts, claim.party, then, context.config);
  if (!party.ok) return checked(fingerprint, { code: 'not-a-party', parties: party.parties });
  return checked(fingerprint);
}
