// The signature state of documents: for each document and each of its parties, valid, missing, stale or
// invalid, from one read of the history. Rules (see the README section on signing):
// - A party's newest signature commit for the document decides; an older one never outweighs it.
// - A signature follows its document through renames git records (-M) and, failing that, by digest.
// - The key must be the party's registered key in the registry of the signature commit's parent; a key
//   registered or replaced later neither validates nor voids it.

import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseSource } from '../documents/parse.js';
import { CONFIG_FILE, discoverDocuments, repoRelative, requireRoot } from '../documents/repository.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { diffContent, type FieldChange } from './content-diff.js';
import { signaturesByPath, trackDocuments, type Attached } from './document-tracking.js';
import { isoTime, readHistory, startHistory, type HistoryCommit } from './history.js';
import { ensureFullHistory, fromGitPath, openLayout } from './layout.js';
import { registryOf } from '../domain/registry.js';
import type { SigningShape } from '../domain/signers.js';
import type { SignedBy } from '../render/view-model/types.js';
import { partiesOf } from './parties.js';
import { RevisionReader, type Content, type Registry } from './revision-reader.js';
import { SignatureCache } from './signature-cache.js';
import { checkSignatures, verdictsOf, type SignatureCheck, type SignatureProblem } from './signature-check.js';
import { KeyHistory, pinnedRegistrars } from './key-history.js';
import { RememberedReports } from './remembered-reports.js';
import { RegistryHistory, signedBy } from './signed-registry.js';

export type PartyStatus = 'valid' | 'missing' | 'stale' | 'invalid';

export interface PartySignature {
  unit: string;
  status: PartyStatus;
  /** False for a unit that signed but is not a party of the document. */
  party: boolean;
  commit?: string;
  signedAt?: string;
  signer?: string;
  fingerprint?: string;
  problem?: SignatureProblem;
  /** Stale: what changed since the signed revision. */
  changes?: FieldChange[];
  /** The content that was signed, for stale signatures (to phrase `changes`). */
  signedValue?: unknown;
  /** Valid or stale: the party's registered key is another one today. */
  keyReplacedLater?: boolean;
  /** Unregistered key: the key was registered for this party only after the signature. */
  registeredLater?: boolean;
  /** Valid, when asked for (InspectOptions.signers): the person who signed, as the signature recorded them. */
  signedBy?: SignedBy;
}

export type DocumentState = 'draft' | 'signed' | 'resign';

export interface DocumentSignatures {
  file: string;
  relative: string;
  kind?: string;
  year?: number;
  issuer?: string;
  digest: string;
  /** The current content, read only when a stale signature needs comparing. */
  value?: unknown;
  parties: PartySignature[];
  /** Signatures by units that are not parties. */
  others: PartySignature[];
  complete: boolean;
  state: DocumentState;
  lastChange?: { commit: string; date: string };
}

export interface SignatureReport {
  root: string;
  config?: RepositoryConfig;
  documents: DocumentSignatures[];
}

export interface InspectOptions {
  cwd: string;
  paths: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Remember signature verdicts and content digests between runs (default true). */
  cache?: boolean;
  /** Registrar fingerprints pinned by the user, besides GIAOUOC_REGISTRARS. */
  registrars?: readonly string[];
  /** Also work out who signed each valid signature, with title and authority (for printing). */
  signers?: boolean;
}

export async function inspectSignatures(options: InspectOptions): Promise<SignatureReport> {
  const root = requireRoot(options.paths[0] ? await folderOf(resolve(options.cwd, options.paths[0])) : options.cwd);
  const files = await discoverDocuments(options.paths.length > 0 ? options.paths : [root], options.cwd);
  const layout = await openLayout(root, options.env);
  await ensureFullHistory(layout);
  // Synchronous reads of small files are far cheaper than queueing a thousand of them on the thread pool. When
  // every document's verdicts are remembered for this HEAD and these bytes, no history is read at all.
  const config = await readConfig(root);
  const cache = await SignatureCache.open(root, options.env ?? {}, options.cache !== false);
  const bytes = files.map((file) => readFileSync(file));
  const head = (await layout.git.probe(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).stdout.trim();
  const registrars = pinnedRegistrars(options.env ?? {}, options.registrars);
  const working = files.map((file, index) => ({ file, relative: repoRelative(root, file), bytes: bytes[index]! }));
  const remembered = head ? new RememberedReports(cache, head, readFileSync(join(root, CONFIG_FILE)), registrars, options.signers ? 'signers' : '') : undefined;
  const known = remembered?.lookup(working);
  if (known) return { root, config, documents: known };
  const started = startHistory(layout);
  const history = await readHistory(layout, cache, started);
  try {
    const reader = new RevisionReader(layout, history.batch, cache);
    const current = bytes.map((content, index) => ({ file: files[index], relative: repoRelative(root, files[index]), content: reader.fromBytes(content) }));
    const tracked = trackDocuments(history, (path) => fromGitPath(layout, path));
    const signaturesOf = signaturesByPath(tracked, new Map(current.map((doc) => [doc.content.digest, doc.relative])));
    const position = new Map(history.commits.map((commit, index) => [commit.oid, index]));
    // A party's newest signature commit for a document decides; only those are checked. A claim that cannot
    // be a signature (no SSH signature, or dated before its parent) never outweighs a real one: it is reported
    // beside the party's standing signature instead of voiding it.
    const rejected = (commit: HistoryCommit) => !commit.signed || backDated(commit, history.byOid);
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
    const keys = await KeyHistory.build(layout, history, reader, registrars, (oids) => verdictsOf(oids, { cache, readCommit: history.readCommit }));
    const registries = new RegistryHistory(layout, history.batch);
    const treeOf = (oid: string) => history.byOid.get(oid)?.tree;
    const checks = await checkSignatures([...newest.flat(), ...extras.flat()], { reader, cache, config, keys, treeOf, configAt: (tree) => registries.at(tree), committedAt: (oid) => history.byOid.get(oid)?.committer.time, readCommit: history.readCommit });
    const extraChecks = checks.splice(newest.flat().length);
    const headRegistry = await keys.registryAt(history.commits.at(-1)?.oid);
    let next = 0;
    const documents: DocumentSignatures[] = [];
    for (const [index, { file, relative, content }] of current.entries()) {
      const parties = partiesOf(content.facts, config);
      // Keyed by the id the registry declares today, so a signature under a former id still counts.
      const judged = new Map<string, PartySignature>();
      for (const check of checks.slice(next, next + newest[index].length)) {
        const verdict = await verdictFor(check, content, headRegistry, parties, config);
        if (options.signers && verdict.status === 'valid' && verdict.party) {
          const parent = check.commit.parents[0];
          verdict.signedBy = signedBy(((await content.value()) ?? {}) as SigningShape, check.claim.party, check.claim.signer, await registries.at(parent ? treeOf(parent) : undefined), config);
        }
        judged.set(canonical(config, check.claim.party), verdict);
      }
      next += newest[index].length;
      const partyResults = parties.map((unit) => {
        const found = judged.get(canonical(config, unit));
        return found ? { ...found, unit } : { unit, status: 'missing' as const, party: true };
      });
      const others = [...judged.values()].filter((item) => !item.party && item.status === 'invalid');
      for (const check of extraChecks.splice(0, extras[index].length)) others.push(await verdictFor(check, content, headRegistry, parties, config));
      const complete = parties.length > 0 && partyResults.every((item) => item.status === 'valid');
      const troubled = partyResults.some((item) => item.status === 'stale' || item.status === 'invalid');
      const change = tracked.lastChange.get(relative);
      documents.push({
        file,
        relative,
        kind: content.facts.kind,
        year: content.facts.year,
        issuer: content.facts.issuer,
        digest: content.digest,
        value: partyResults.some((item) => item.status === 'stale') ? await content.value() : undefined,
        parties: partyResults,
        others,
        complete,
        state: complete ? 'signed' : troubled ? 'resign' : 'draft',
        lastChange: change ? { commit: change.oid, date: isoTime(change.committer).slice(0, 10) } : undefined,
      });
    }
    remembered?.remember(working, documents);
    await cache.save();
    return { root, config, documents };
  } finally {
    await history.close();
  }
}

async function verdictFor(
  check: SignatureCheck,
  current: Content,
  headRegistry: Registry,
  parties: string[],
  config: RepositoryConfig | undefined,
): Promise<PartySignature> {
  const isParty = parties.some((unit) => canonical(config, unit) === canonical(config, check.claim.party));
  const base = {
    unit: check.claim.party,
    party: isParty,
    commit: check.commit.oid,
    signedAt: isoTime(check.commit.committer),
    signer: check.claim.signer,
    fingerprint: check.fingerprint,
  };
  const registeredNow = check.fingerprint ? headRegistry.get(check.claim.party)?.has(check.fingerprint) : undefined;
  if (check.problem) {
    return { ...base, status: 'invalid', problem: check.problem, registeredLater: check.problem.code === 'unregistered-key' && registeredNow };
  }
  const keyReplacedLater = registeredNow === false;
  // A genuine signature of a party of the signed version, whose unit is no party of today's: it signed what it
  // was asked to sign, and is simply not needed now (a party removed, a bloc leader corrected).
  if (!isParty) return { ...base, status: check.content?.digest === current.digest ? 'valid' : 'stale', keyReplacedLater };
  if (check.content?.digest === current.digest) return { ...base, status: 'valid', keyReplacedLater };
  const signedValue = await check.content?.value();
  return { ...base, status: 'stale', changes: diffContent(signedValue, await current.value()), signedValue, keyReplacedLater };
}

/** A commit dated before one of its parents claims a time it cannot have been made at. */
function backDated(commit: HistoryCommit, byOid: Map<string, HistoryCommit>): boolean {
  return commit.parents.some((parent) => (byOid.get(parent)?.committer.time ?? -Infinity) > commit.committer.time);
}

function canonical(config: RepositoryConfig | undefined, id: string): string {
  return config ? registryOf(config).canonical(id) : id;
}

async function folderOf(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ? path : dirname(path);
}

async function readConfig(root: string): Promise<RepositoryConfig | undefined> {
  const text = await readFile(join(root, CONFIG_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const parsed = parseSource(text);
  return parsed.problems.length === 0 ? (parsed.value as RepositoryConfig) : undefined;
}
