// verify and status remembered for a HEAD: a document's verdicts are a pure function of the history up to
// HEAD, the document's bytes, the registry file giaouoc.yaml, the pinned registrars and the tool's version.
// When every asked-for document is remembered under those inputs, no history is read at all; one changed
// input and the whole run is judged again. Entries are per document, so none grows with the repository.

import { createHash } from 'node:crypto';
import type { SignatureCache } from './signature-cache.js';
import type { DocumentSignatures } from './verify.js';

export interface WorkingDocument {
  file: string;
  relative: string;
  bytes: Uint8Array;
}

export class RememberedReports {
  private readonly prefix: string;

  constructor(
    private readonly cache: SignatureCache,
    head: string,
    configBytes: Uint8Array | undefined,
    registrars: Set<string>,
    /** What else the report was asked to hold (signers), which a report made without it lacks. */
    variant: string,
  ) {
    const config = configBytes ? createHash('sha1').update(configBytes).digest('hex') : '-';
    this.prefix = `${head}\0${config}\0${[...registrars].sort().join(',')}\0${variant}\0`;
  }

  /** Every document's remembered verdicts, or undefined when any one is not remembered. */
  lookup(documents: WorkingDocument[]): DocumentSignatures[] | undefined {
    const found: DocumentSignatures[] = [];
    for (const doc of documents) {
      const remembered = this.cache.report(this.key(doc));
      if (!remembered) return undefined;
      found.push({ ...remembered, file: doc.file });
    }
    return found;
  }

  remember(documents: WorkingDocument[], reports: DocumentSignatures[]): void {
    documents.forEach((doc, index) => this.cache.setReport(this.key(doc), reports[index]!));
  }

  private key(doc: WorkingDocument): string {
    const blob = createHash('sha1').update(`blob ${doc.bytes.length}\0`).update(doc.bytes).digest('hex');
    return `${this.prefix}${doc.relative}\0${blob}`;
  }
}
