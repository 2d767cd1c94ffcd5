// Which documents have a CA-signed electronic original for their current content: the record's signed PDF is
// present with the recorded hash and was signed over the digest the document has today. `nhan-ban-ky` verified it
// before storing it; `verify-pdf ban-ky/…` checks it again in full.

import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { readManifest, signedBase } from './manifest.js';

export interface CaDocument {
  relative: string;
  digest: string;
  year?: number;
}

/** The documents (by path from the root) whose current content has a stored signed PDF, with its path. */
export async function caSignedDocuments(root: string, documents: readonly CaDocument[]): Promise<Map<string, string>> {
  const signed = new Map<string, string>();
  await Promise.all(
    (await withManifest(root, documents)).map(async (doc) => {
      const manifest = await readManifest(join(root, `${signedBase(doc.relative, doc.year!)}.json`));
      const record = manifest?.signed;
      if (!record || manifest.document !== doc.relative || record.digest !== doc.digest || record.file.includes('..')) return;
      const bytes = await readFile(join(root, record.file)).catch(() => undefined);
      if (bytes && createHash('sha256').update(bytes).digest('hex') === record.sha256) signed.set(doc.relative, record.file);
    }),
  );
  return signed;
}

/** The stored signed PDFs of these documents (absolute paths), whatever content they were signed over. */
export async function storedSignedPdfs(root: string, documents: readonly CaDocument[]): Promise<string[]> {
  const files = await Promise.all(
    (await withManifest(root, documents)).map(async (doc) => {
      const record = (await readManifest(join(root, `${signedBase(doc.relative, doc.year!)}.json`)))?.signed;
      return record && !record.file.includes('..') ? join(root, record.file) : undefined;
    }),
  );
  return files.filter((file): file is string => file !== undefined);
}

/** The documents that have a manifest file, from one listing per year folder rather than a failed read per document. */
async function withManifest(root: string, documents: readonly CaDocument[]): Promise<CaDocument[]> {
  const listings = new Map<string, Promise<Set<string>>>();
  const listing = (folder: string) => {
    let names = listings.get(folder);
    if (!names) {
      names = readdir(join(root, folder)).then((entries) => new Set(entries), () => new Set<string>());
      listings.set(folder, names);
    }
    return names;
  };
  const present = await Promise.all(
    documents.map(async (doc) => {
      if (doc.year === undefined) return false;
      const base = signedBase(doc.relative, doc.year);
      return (await listing(posix.dirname(base))).has(`${posix.basename(base)}.json`);
    }),
  );
  return documents.filter((_, index) => present[index]);
}
