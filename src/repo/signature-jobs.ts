// The work the signature pool (signature-pool.ts) hands out, as plain functions of their inputs: the same on the
// main thread and in a worker, so a verdict never depends on where it was worked out.

import { contentFactsOf, parseContent } from './content-facts.js';
import type { CachedContent, CachedVerdict } from './signature-cache.js';
import { verifySshSignature } from './sshsig.js';

/** Many byte strings in one transferable buffer: item i is bytes[ends[i-1] ?? 0 .. ends[i]]. */
export interface Packed {
  bytes: Uint8Array;
  ends: number[];
}

export type SignatureTask =
  | { id: number; kind: 'verify'; armored: string[]; messages: Packed }
  | { id: number; kind: 'digest'; contents: Packed };

/** null: this item threw here; the main thread works it out again, so the same error surfaces there. */
export interface SignatureAnswer {
  id: number;
  results: Array<CachedVerdict | CachedContent | null>;
}

export function unpack(packed: Packed): Buffer[] {
  const buffer = Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.byteLength);
  return packed.ends.map((end, index) => buffer.subarray(index === 0 ? 0 : packed.ends[index - 1], end));
}

/** The verdict as the cache keeps it: without the key blob, which the fingerprint already names. */
export function verifyOne(armored: string, message: Buffer): CachedVerdict {
  const verdict = verifySshSignature(armored, message);
  return verdict.ok ? { ok: true, fingerprint: verdict.fingerprint } : verdict;
}

export function digestOne(bytes: Uint8Array): CachedContent {
  return contentFactsOf(parseContent(bytes));
}

export function attempt<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}
