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
import type { Content, RevisionReader } from './revision-reader.js';
import { partyOfSigned } from './signed-registry.js';
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
  /** giaouoc.yaml as committed in a tree (src/repo/signed-registry.ts); without it today's registry decides. */
  configAt?(tree: string | undefined): Promise<RepositoryConfig | undefined>;
  /** The full commit object, for the bytes its signature covers. */
  readCommit(oid: string): Promise<CommitObject>;
  /** A history commit's committer time (seconds), to refuse a signature dated before its parent. */
  committedAt?(oid: string): number | undefined;
  /** Where signatures are verified (on the thread pool for a large batch); the main thread alone without it. */
  work?: SignatureWork;
}

/** The SSH signatures not yet known to the cache are verified together, on every core for a large batch. */
export async function checkSignatures(items: Attached[], context: CheckContext): Promise<SignatureCheck[]> {
  await verdictsOf(items.filter(({ commit }) => commit.signed).map(({ commit }) => commit.oid), context);
  return Promise.all(items.map((item) => judge(item, context.cache.verdict(item.commit.oid), context)));
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

async function judge({ commit, claim, blob }: Attached, verdict: CachedVerdict | undefined, context: CheckContext): Promise<SignatureCheck> {
  const content = await context.reader.documentAt(commit.tree, claim.document, blob);
  // One literal, keys in one order, for every check: a check spread from a common base got a hidden class of its own.
  const checked = (fingerprint: string | undefined, problem?: SignatureProblem): SignatureCheck => ({ commit, claim, content, fingerprint, problem });
  if (!commit.signed || !verdict) return checked(undefined, { code: 'unsigned' });
  if (!verdict.ok) return checked(verdict.fingerprint, { code: 'bad-signature', reason: verdict.reason });
  const parentTime = Math.max(...commit.parents.map((parent) => context.committedAt?.(parent) ?? -Infinity));
  if (parentTime > commit.committer.time) return checked(undefined, { code: 'back-dated', parentDate: parentTime });
  const fingerprint = verdict.fingerprint;
  const parent = commit.parents[0];
  const registry = await context.keys.registryAt(parent);
  if (!registry.get(claim.party)?.has(fingerprint)) {
    const owner = [...registry].find(([, keys]) => keys.has(fingerprint))?.[0];
    return checked(fingerprint, owner ? { code: 'other-party-key', fingerprint, owner } : { code: 'unregistered-key', fingerprint });
  }
  const replacedIn = context.keys.replacedAfter(claim.party, fingerprint, commit.oid);
  if (replacedIn) return checked(fingerprint, { code: 'key-replaced', fingerprint, replacedIn });
  if (!content) return checked(fingerprint, { code: 'document-missing' });
  if (claim.digest !== content.digest) return checked(fingerprint, { code: 'digest-mismatch', claimed: claim.digest, actual: content.digest });
  // A compact names its parties; for other documents the registry the signer saw decides who was a party.
  const then = kindNamed(content.facts.kind)?.signedByParties ? undefined : await context.configAt?.(parent ? context.treeOf(parent) : undefined);
  const party = partyOfSigned(content.facts, claim.party, then, context.config);
  if (!party.ok) return checked(fingerprint, { code: 'not-a-party', parties: party.parties });
  return checked(fingerprint);
}
