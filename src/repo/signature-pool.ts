// Where a run verifies signatures and digests contents. The Ed25519 checks of a large batch run on libuv's thread
// pool (node:crypto's asynchronous verify), on every core, while the main thread goes on reading the history and
// digesting documents: no worker thread is started, so nothing is compiled, copied or collected twice. Digests run
// on the main thread a slice at a time, yielding between slices, so that git's output and the answers of the checks
// are taken in while a large archive is digested. A verdict and a digest are the same functions wherever they run.

import { setImmediate as nextTurn } from 'node:timers/promises';
import { contentFactsOf, parseContent } from './content-facts.js';
import type { CachedContent, CachedVerdict } from './signature-cache.js';
import { verifySshSignature, verifySshSignatures, type SshSignatureSource, type SshVerification } from './sshsig.js';

/** Below this a batch is checked on the main thread at once: handing it to the thread pool costs more. */
export const MIN_SIGNATURES_FOR_THREADS = 64;
// Small enough that the history's reading and the checks' answers wait at most a few milliseconds for a slice.
const DIGEST_SLICE = 5;

/** A signature (armored, or its SSHSIG bytes) and the bytes it signs. */
export type SignedItem = SshSignatureSource & { message: Uint8Array };

export interface SignatureWork {
  verify(items: SignedItem[]): Promise<CachedVerdict[]>;
  digest(contents: Uint8Array[]): Promise<CachedContent[]>;
}

/** `threads: false` checks every signature on the main thread (a run that checks a handful). */
export function signatureWork(options: { threads?: boolean } = {}): SignatureWork {
  const threads = options.threads !== false;
  return {
    async verify(items) {
      if (!threads || items.length < MIN_SIGNATURES_FOR_THREADS) return items.map((item) => cached(verifySshSignature(item, asBuffer(item.message))));
      const verdicts = await verifySshSignatures(items.map(withBufferMessage));
      return verdicts.map(cached);
    },
    async digest(contents) {
      const digests: CachedContent[] = [];
      for (let from = 0; from < contents.length; from += DIGEST_SLICE) {
        if (from > 0) await nextTurn();
        for (const bytes of contents.slice(from, from + DIGEST_SLICE)) digests.push(digestOne(bytes));
      }
      return digests;
    },
  };
}

/** A content's digest and the facts that decide who signs it. */
export function digestOne(bytes: Uint8Array): CachedContent {
  return contentFactsOf(parseContent(bytes));
}

/** The verdict as the cache keeps it: without the key blob, which the fingerprint already names. */
function cached(verdict: SshVerification): CachedVerdict {
  return verdict.ok ? { ok: true, fingerprint: verdict.fingerprint } : verdict;
}

/** The item itself when its message is a Buffer already, as every reader of git hands it over. */
function withBufferMessage(item: SignedItem): SshSignatureSource & { message: Buffer } {
  return Buffer.isBuffer(item.message) ? (item as SshSignatureSource & { message: Buffer }) : { ...item, message: asBuffer(item.message) };
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
