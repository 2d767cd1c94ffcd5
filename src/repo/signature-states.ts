// What the renderer needs to know about signatures: per file, whether signing is complete, who signed
// when and as whom (the signer the signature recorded), the content digest and the commit the file's content comes from.

import type { SignedBy } from '../render/view-model/types.js';
import { inspectSignatures, type PartyStatus } from './verify.js';

export interface SignatureState {
  complete: boolean;
  parties: Record<string, { signedAt?: string; status: PartyStatus; signer?: SignedBy }>;
  digest: string;
  /** The last commit that changed the file; absent for a file never committed. */
  commit?: string;
}

/** Keyed by the absolute file paths as given. Reads the history once for all files. */
export async function signatureStates(root: string, files: string[], env?: NodeJS.ProcessEnv): Promise<Map<string, SignatureState>> {
  const states = new Map<string, SignatureState>();
  if (files.length === 0) return states;
  const report = await inspectSignatures({ cwd: root, paths: files, env, signers: true });
  for (const doc of report.documents) {
    const parties: SignatureState['parties'] = {};
    for (const party of doc.parties) {
      // A date is shown only for a signature of the current content; a stale or invalid one signs nothing printed.
      parties[party.unit] = party.status === 'valid' ? { signedAt: party.signedAt, status: party.status, signer: party.signedBy } : { status: party.status };
    }
    states.set(doc.file, { complete: doc.complete, parties, digest: doc.digest, commit: doc.lastChange?.commit });
  }
  return states;
}
