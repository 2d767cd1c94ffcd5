// Judging signatures from the history, when remembered verdicts do not answer (verify.ts): one read of the history,
// the digests of the contents signed and the SSH verdicts of the signatures, then the rules below for each party.

import type { RepositoryConfig } from '../kinds/model.js';
import { diffContent } from './content-diff.js';
import { signaturesByPath, trackDocuments, type Attached } from './document-tracking.js';
import { isoTime, readHistory, startHistory, type History, type HistoryCommit, type HistoryRead } from './history.js';
import { fromGitPath, layoutAt } from './layout.js';
import { registryOf } from '../domain/registry.js';
import type { SigningShape } from '../domain/signers.js';
import { partiesOf } from './parties.js';
import type { RememberedReports } from './remembered-reports.js';
import { RevisionReader, type Content, type Registry } from './revision-reader.js';
import type { SignatureCache } from './signature-cache.js';
import { checkSignatures, verdictsOf, type SignatureCheck } from './signature-check.js';
import { signatureWork, type SignatureWork } from './signature-pool.js';
import { KeyHistory } from './key-history.js';
import { RegistryHistory, signedBy } from './signed-registry.js';
import type { DocumentSignatures, InspectOptions, PartySignature, SignatureReport } from './verify.js';
import { withBytes, type WorkingDocument } from './working-blobs.js';

export interface JudgeInput {
  root: string;
  toplevel: string;
  /** HEAD's commit id; undefined in a repository with no commit yet. */
  head: string | undefined;
  /** The history's reading, when the caller started it already. */
  started?: HistoryRead;
  /** The run covers every document of the repository. */
  whole: boolean;
  working: WorkingDocument[];
  cache: SignatureCache;
  config: RepositoryConfig | undefined;
  registrars: Set<string>;
  remembered: RememberedReports | undefined;
  options: InspectOptions;
}

export async function judgeSignatures({ root, toplevel, head, started: early, whole, working, cache, config, registrars, remembered, options }: JudgeInput): Promise<SignatureReport> {
  const layout = layoutAt(root, toplevel, options.env);
  const started = early ?? startHistory(layout, head !== undefined);
  const work = signatureWork();
  // A whole-repository run verifies every signature it reads on the thread pool as it goes (a few key and superseded
  // ones more than it strictly needs). The working documents' digests are worked out between the slices of the
  // history, once git has listed the commits: the checks start as early as they can and the cores never wait.
  const unknown = working.filter((doc) => !cache.content(doc.blob));
  const digesting = started.oids.then(noop, noop).then(() => digestUnknown(unknown, takeBytes, cache, work));
  digesting.catch(() => undefined);
  let history: History | undefined;
  try {
    history = await readHistory(layout, cache, started, { verifyAll: whole ? work : undefined });
    await digesting;
    // The bytes served their digests; a comparison that needs a value reads the file again.
    for (const doc of working) doc.bytes = undefined;
    const reader = new RevisionReader(layout, history.batch, cache);
    const current = working.map((doc) => ({ file: doc.file, relative: doc.relative, content: reader.fromBlob(doc.blob, () => withBytes(doc).bytes) }));
    const { newest, extras, lastChange } = decisiveSignatures(history, current, (path) => fromGitPath(layout, path));
    const byOid = history.byOid;
    // Signed versions other than today's are digested together too, rather than one by one as they are judged.
    const signedBlobs = [...new Set([...newest.flat(), ...extras.flat()].map((item) => item.blob).filter((blob): blob is string => blob !== undefined && !cache.content(blob)))];
    const read = await history.batch.readMany(signedBlobs);
    await digestUnknown(signedBlobs.flatMap((blob) => (read.get(blob)?.type === 'blob' ? [{ blob, bytes: read.get(blob)!.content }] : [])), (item) => item.bytes, cache, work);
    read.clear();
    const readCommit = history.readCommit;
    const keys = await KeyHistory.build(layout, history, reader, registrars, (oids) => verdictsOf(oids, { cache, readCommit, work }));
    const registries = new RegistryHistory(layout, history.batch);
    const treeOf = (oid: string) => byOid.get(oid)?.tree;
    const context = { reader, cache, config, keys, treeOf, configs: registries, committedAt: (oid: string) => byOid.get(oid)?.committer.time, readCommit, work };
    const headRegistry = await keys.registryAt(history.commits.at(-1)?.oid);
    const documents: DocumentSignatures[] = new Array(current.length);
    // A window of documents at a time: the checks of one window are let go before the next, so memory holds
    // the verdicts, not every intermediate check of a large archive.
    const judgeWindow = async (from: number): Promise<void> => {
      const to = Math.min(current.length, from + JUDGE_WINDOW);
      const decisive = newest.slice(from, to);
      const checks = await checkSignatures([...decisive.flat(), ...extras.slice(from, to).flat()], context);
      const extraChecks = checks.splice(decisive.flat().length);
      // The rules run for the whole window at once; what needs a document's value (what changed since a stale
      // signature, who signed, the value itself) is read after, for the few verdicts that need it.
      const later: Array<Promise<unknown>> = [];
      let next = 0;
      for (let index = from; index < to; index++) {
        const { file, relative, content } = current[index]!;
        const parties = partiesOf(content.facts, config);
        const partyIds = new Set(parties.map((unit) => canonical(config, unit)));
        // Keyed by the id the registry declares today, so a signature under a former id still counts.
        const judged = new Map<string, PartySignature>();
        for (const check of checks.slice(next, next + newest[index].length)) {
          const verdict = verdictFor(check, content, headRegistry, partyIds, config, later);
          if (options.signers && verdict.status === 'valid' && verdict.party) later.push(withSigner(verdict, check, content));
          judged.set(canonical(config, check.claim.party), verdict);
        }
        next += newest[index].length;
        // Judged: this document's signatures are let go, so that what a large archive keeps shrinks as it is judged.
        newest[index] = [];
        const partyResults = parties.map((unit) => {
          const found = judged.get(canonical(config, unit));
          // Reported under the id the document names; a copy only for a signature made under a former id.
          if (found) return found.unit === unit ? found : Object.assign({}, found, { unit });
          return { unit, status: 'missing' as const, party: true };
        });
        const others = [...judged.values()].filter((item) => !item.party && item.status === 'invalid');
        for (const check of extraChecks.splice(0, extras[index].length)) others.push(verdictFor(check, content, headRegistry, partyIds, config, later));
        extras[index] = [];
        const complete = parties.length > 0 && partyResults.every((item) => item.status === 'valid');
        const troubled = partyResults.some((item) => item.status === 'stale' || item.status === 'invalid');
        const change = lastChange.get(relative);
        const judgedDocument: DocumentSignatures = {
          file,
          relative,
          kind: content.facts.kind,
          year: content.facts.year,
          issuer: content.facts.issuer,
          digest: content.digest,
          value: undefined,
          parties: partyResults,
          others,
          complete,
          state: complete ? 'signed' : troubled ? 'resign' : 'draft',
          lastChange: change ? { commit: change.oid, date: isoTime(change.committer).slice(0, 10) } : undefined,
        };
        if (partyResults.some((item) => item.status === 'stale')) later.push(content.value().then((value) => (judgedDocument.value = value)));
        documents[index] = judgedDocument;
      }
      if (later.length > 0) await Promise.all(later);
    };
    /** Who signed a valid signature, by the registry the signer saw (for printing). */
    const withSigner = async (verdict: PartySignature, check: SignatureCheck, content: Content): Promise<void> => {
      const parent = check.commit.parents[0];
      verdict.signedBy = signedBy(((await content.value()) ?? {}) as SigningShape, check.claim.party, check.claim.signer, await registries.at(parent ? treeOf(parent) : undefined), config);
    };
    // Windows whose signatures are all verified already are judged while the thread pool checks the rest (the
    // newest signatures, read last). Each window is judged once, on verdicts only.
    const verifiedAlready = (from: number) => [...newest.slice(from, from + JUDGE_WINDOW).flat(), ...extras.slice(from, from + JUDGE_WINDOW).flat()].every(({ commit }) => !commit.signed || cache.verdict(commit.oid) !== undefined);
    const waiting: number[] = [];
    for (let from = 0; from < current.length; from += JUDGE_WINDOW) {
      if (verifiedAlready(from)) await judgeWindow(from);
      else waiting.push(from);
    }
    // The others as the checks they wait for come in: the slices of the history are answered in the order they were
    // handed over, so a window is judged once the slices holding its signatures are, not after the last one.
    let slice = 0;
    for (const from of waiting) {
      while (!verifiedAlready(from) && slice < history.verifiedSlices.length) await history.verifiedSlices[slice++];
      await judgeWindow(from);
    }
    await history.verified;
    remembered?.remember(working, documents);
    await cache.save();
    return { root, config, documents };
  } finally {
    await history?.close();
  }
}

/**
 * For each current document, the signatures that decide (a party's newest signature commit) and the claims reported
 * beside them. A party's newest signature commit for a document decides; only those are checked. A claim that
 * cannot be a signature (no SSH signature, or dated before its parent) never outweighs a real one: it is reported
 * beside the party's standing signature instead of voiding it. Everything else the walk attached is let go here.
 */
function decisiveSignatures(history: History, current: Array<{ relative: string; content: Content }>, toRelative: (gitPath: string) => string | undefined) {
  const tracked = trackDocuments(history, toRelative);
  const signaturesOf = signaturesByPath(tracked, new Map(current.map((doc) => [doc.content.digest, doc.relative])));
  const { position, byOid } = history;
  const rejected = (commit: HistoryCommit) => !commit.signed || backDated(commit, byOid);
  const newest: Attached[][] = [];
  const extras: Attached[][] = [];
  for (const { relative } of current) {
    const decisive = new Map<string, Attached>();
    const forged = new Map<string, Attached>();
    const attached = (signaturesOf.get(relative) ?? []).sort((a, b) => position.get(a.commit.oid)! - position.get(b.commit.oid)!);
    for (const item of attached) {
      if (!rejected(item.commit)) {
        decisive.set(item.claim.party, item);
        forged.delete(item.claim.party);
      } else if (decisive.has(item.claim.party) && !rejected(decisive.get(item.claim.party)!.commit)) {
        forged.set(item.claim.party, item);
      } else {
        decisive.set(item.claim.party, item);
      }
    }
    newest.push([...decisive.values()]);
    extras.push([...forged.values()]);
  }
  return { newest, extras, lastChange: tracked.lastChange };
}

const noop = () => undefined;

// Small enough that what a window allocates dies young, in the young generation, instead of piling up in the old.
const JUDGE_WINDOW = 50;
// Contents are digested a window at a time, so that the bytes waiting for a worker stay few whatever the size.
const DIGEST_WINDOW = 400;

/** Digests and facts of contents the cache does not know, on the pool when they are many. */
async function digestUnknown<T extends { blob: string }>(items: T[], bytesOf: (item: T) => Uint8Array, cache: SignatureCache, work: SignatureWork): Promise<void> {
  const unique = [...new Map(items.map((item) => [item.blob, item])).values()];
  for (let from = 0; from < unique.length; from += DIGEST_WINDOW) {
    const part = unique.slice(from, from + DIGEST_WINDOW);
    const known = await work.digest(part.map(bytesOf));
    part.forEach((item, index) => cache.setContent(item.blob, known[index]!));
  }
}

/** A working file's bytes for its digest, then let go: a comparison that needs its value reads the file again. */
function takeBytes(doc: WorkingDocument): Uint8Array {
  const { bytes } = withBytes(doc);
  doc.bytes = undefined;
  return bytes;
}

/** The verdict on a party's signature; what changed since a stale one is worked out into it later (in `later`). */
function verdictFor(
  check: SignatureCheck,
  current: Content,
  headRegistry: Registry,
  /** The parties of today's document, by the id the registry declares them under today. */
  partyIds: Set<string>,
  config: RepositoryConfig | undefined,
  later: Array<Promise<unknown>>,
): PartySignature {
  const isParty = partyIds.has(canonical(config, check.claim.party));
  const { commit, claim, fingerprint, problem } = check;
  const unit = claim.party;
  const commitId = commit.oid;
  const signedAt = isoTime(commit.committer);
  const signer = claim.signer;
  const registeredNow = fingerprint ? headRegistry.get(unit)?.has(fingerprint) : undefined;
  // Each verdict is written out as a literal, keys in one order: tens of thousands of them share a handful of
  // hidden classes, where spreading a common base into each gave every object a shape of its own.
  if (problem) {
    const registeredLater = problem.code === 'unregistered-key' && registeredNow;
    return { unit, party: isParty, commit: commitId, signedAt, signer, fingerprint, status: 'invalid', problem, registeredLater };
  }
  const keyReplacedLater = registeredNow === false;
  const same = check.content?.digest === current.digest;
  // A genuine signature of a party of the signed version, whose unit is no party of today's: it signed what it
  // was asked to sign, and is simply not needed now (a party removed, a bloc leader corrected).
  if (!isParty || same) return { unit, party: isParty, commit: commitId, signedAt, signer, fingerprint, status: same ? 'valid' : 'stale', keyReplacedLater };
  const stale: PartySignature = { unit, party: isParty, commit: commitId, signedAt, signer, fingerprint, status: 'stale', changes: undefined, signedValue: undefined, keyReplacedLater };
  later.push(changesSince(stale, check, current));
  return stale;
}

/** What changed between the version a stale signature signed and today's. */
async function changesSince(stale: PartySignature, check: SignatureCheck, current: Content): Promise<void> {
  const signedValue = await check.content?.value();
  stale.signedValue = signedValue;
  stale.changes = diffContent(signedValue, await current.value());
}

/** A commit dated before one of its parents claims a time it cannot have been made at. */
function backDated(commit: HistoryCommit, byOid: History['byOid']): boolean {
  return commit.parents.some((parent) => (byOid.get(parent)?.committer.time ?? -Infinity) > commit.committer.time);
}

function canonical(config: RepositoryConfig | undefined, id: string): string {
  return config ? registryOf(config).canonical(id) : id;
}
