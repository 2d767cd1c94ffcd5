// The record a document keeps of its CA-signature life, committed beside it: every sign-ready print (the hash
// of its exact bytes, the digest and commit it was printed from) and the signed PDF brought back. The record is
// repository content, so a pull request could edit it: verification never takes its word alone — the digest a
// record names is checked against the document at the record's commit (see binding.ts).

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SignFieldPlacement } from './sign-ready.js';

export const SIGNED_FOLDER = 'ban-ky';

export interface PrintRecord {
  sha256: string;
  digest: string;
  commit: string;
  number?: string;
  made: string;
  fields: SignFieldPlacement[];
}

export interface SignedRecord {
  /** Path of the signed PDF from the document root. */
  file: string;
  sha256: string;
  digest: string;
  commit: string;
  attached: string;
  signers: Array<{ party?: string; name: string; serial: string }>;
}

export interface Manifest {
  document: string;
  prints: PrintRecord[];
  signed?: SignedRecord;
}

/** `ban-ky/<year>/<name>` (no extension) for the document at `relative` (path from the document root). */
export function signedBase(relative: string, year: number): string {
  const name = basename(relative, extname(relative));
  return `${SIGNED_FOLDER}/${year}/${name}`;
}

export async function readManifest(path: string): Promise<Manifest | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Manifest;
    return value && typeof value.document === 'string' && Array.isArray(value.prints) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
