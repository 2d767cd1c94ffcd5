// The signature state of documents: for each document and each of its parties, valid, missing, stale or
// invalid, from one read of the history. Rules (see the README section on signing, and judge-signatures.ts):
// - A party's newest signature commit for the document decides; an older one never outweighs it.
// - A signature follows its document through renames git records (-M) and, failing that, by digest.
// - The key must be the party's registered key in the registry of the signature commit's parent; a key
//   registered or replaced later neither validates nor voids it.
// This module answers from remembered verdicts when every input is unchanged and loads the judging otherwise.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, discoverDocuments, requireRoot } from '../documents/repository.js';
import type { RepositoryConfig } from '../kinds/model.js';
import type { SignedBy } from '../render/view-model/types.js';
import type { FieldChange } from './content-diff.js';
import { probeRepository } from './probe.js';
import { pinnedRegistrars } from './registrars.js';
import { RememberedReports } from './remembered-reports.js';
import { SignatureCache } from './signature-cache.js';
import type { SignatureProblem } from './signature-check.js';
import { workingDocuments } from './working-blobs.js';

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
  const whole = options.paths.length === 0;
  const [files, repo] = await Promise.all([discoverDocuments(whole ? [root] : options.paths, options.cwd), probeRepository(root, options.env)]);
  if (repo.shallow) {
    const { ensureFullHistory, layoutAt } = await import('./layout.js');
    await ensureFullHistory(layoutAt(root, repo.toplevel, options.env));
  }
  const cache = await SignatureCache.open(root, options.env ?? {}, options.cache !== false, { whole });
  // A run that keeps nothing always judges: git starts listing the history now, while the files are hashed.
  const started = repo.head && !cache.keeps ? await startHistoryAt(root, repo.toplevel, options.env) : undefined;
  const configBytes = readFileSync(join(root, CONFIG_FILE));
  const registrars = pinnedRegistrars(options.env ?? {}, options.registrars);
  // Blob ids from stat data where it vouches for them; when every document's verdicts are remembered for this
  // HEAD and these blobs, no history is read and no YAML parsed at all.
  const working = workingDocuments(root, files, cache);
  // A run that keeps nothing has nothing remembered to answer from, and nothing to remember its verdicts for.
  const remembered = repo.head && cache.keeps ? new RememberedReports(cache, repo.head, configBytes, registrars, options.signers ? 'signers' : '') : undefined;
  const known = remembered?.lookup(working);
  if (known) {
    const config = await configOf(configBytes, cache);
    await cache.save();
    return { root, config, documents: known };
  }
  const { judgeSignatures } = await import('./judge-signatures.js');
  return judgeSignatures({ root, toplevel: repo.toplevel, head: repo.head, started, whole, working, cache, config: await configOf(configBytes, cache), registrars, remembered, options });
}

/** giaouoc.yaml as the registry; undefined when it does not parse (validate says why). Parsed once per content. */
async function configOf(bytes: Uint8Array, cache: SignatureCache): Promise<RepositoryConfig | undefined> {
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const known = cache.config(sha1);
  if (known) return known.config;
  const { parseSource } = await import('../documents/parse.js');
  const parsed = parseSource(Buffer.from(bytes).toString('utf8'));
  const config = parsed.problems.length === 0 ? (parsed.value as RepositoryConfig) : undefined;
  cache.setConfig(sha1, config);
  return config;
}

async function startHistoryAt(root: string, toplevel: string, env: NodeJS.ProcessEnv | undefined) {
  const [{ startHistory }, { layoutAt }] = await Promise.all([import('./history.js'), import('./layout.js')]);
  return startHistory(layoutAt(root, toplevel, env), true);
}

async function folderOf(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ? path : dirname(path);
}
