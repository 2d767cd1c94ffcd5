// The git blob id of each working document, found the way git's index finds it: a file whose stat data (device,
// inode, size, modification and change times) is what it was when its bytes were last hashed keeps that blob id
// and is not read again. Stat cannot vouch for a file modified in the same instant it was hashed (git's "racy"
// case), so such a file is hashed again on every run until it has aged. With the cache off every file is read.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { repoRelative } from '../documents/repository.js';
import type { SignatureCache, StatStamp } from './signature-cache.js';
import { statVouches } from '../cache/racy.js';

export interface WorkingDocument {
  file: string;
  relative: string;
  blob: string;
  /** The bytes, when this run read them. */
  bytes?: Uint8Array;
}

/** Bytes kept for digesting later in the run; beyond this, files are read again when their turn comes. */
const KEPT_BYTES = 16 * 1024 * 1024;

export function workingDocuments(root: string, files: readonly string[], cache: SignatureCache): WorkingDocument[] {
  const now = Date.now();
  let kept = 0;
  // Files found under the root: the relative path is a slice, without resolving both paths per file.
  const prefix = root.endsWith(sep) ? root : root + sep;
  return files.map((file) => {
    const relative = file.startsWith(prefix) ? file.slice(prefix.length).split(sep).join('/') : repoRelative(root, file);
    const stamp = stampOf(file);
    const known = cache.working(relative);
    if (stamp && known?.trusted && sameStamp(known.stamp, stamp)) return { file, relative, blob: known.blob };
    const bytes = readFileSync(file);
    const blob = blobId(bytes);
    if (stamp) {
      const trusted = statVouches(Number((stamp[3] > stamp[4] ? stamp[3] : stamp[4]) / 1_000_000n), now);
      if (!known || known.blob !== blob || known.trusted !== trusted || !sameStamp(known.stamp, stamp)) cache.setWorking(relative, { stamp, blob, trusted });
    }
    if (cache.content(blob) || kept + bytes.length > KEPT_BYTES) return { file, relative, blob };
    kept += bytes.length;
    return { file, relative, blob, bytes };
  });
}

/** The bytes of a working document, read now if the run has not read them; the blob id follows what was read. */
export function withBytes(doc: WorkingDocument): WorkingDocument & { bytes: Uint8Array } {
  if (doc.bytes) return doc as WorkingDocument & { bytes: Uint8Array };
  const bytes = readFileSync(doc.file);
  return Object.assign(doc, { bytes, blob: blobId(bytes) });
}

export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function stampOf(file: string): StatStamp | undefined {
  try {
    const info = statSync(file, { bigint: true });
    return [info.dev, info.ino, info.size, info.mtimeNs, info.ctimeNs];
  } catch {
    return undefined;
  }
}

function sameStamp(a: StatStamp, b: StatStamp): boolean {
  return a.every((value, index) => value === b[index]);
}
