// verify and status remembered for a HEAD: a document's verdicts are a pure function of the history up to
// HEAD, the document's bytes (named by their git blob id), the registry file giaouoc.yaml, the pinned registrars
// and the tool's version. When every asked-for document is remembered under those inputs, no history is read at
// all; one changed input and the whole run is judged again. One entry per document path, overwritten by the next
// judgement, so nothing grows with the number of commits.

import { createHash } from 'node:crypto';
import type { SignatureCache } from './signature-cache.js';
import type { DocumentSignatures } from './verify.js';
import type { WorkingDocument } from './working-blobs.js';

export class RememberedReports {
  private readonly inputs: string;

  constructor(
    private readonly cache: SignatureCache,
    head: string,
    configBytes: Uint8Array | undefined,
    registrars: Set<string>,
    /** What else the report was asked to hold (signers), which a report made without it lacks. */
    private readonly variant: string,
  ) {
    const config = configBytes ? createHash('sha1').update(configBytes).digest('hex') : '-';
    this.inputs = `${head}\0${config}\0${[...registrars].sort().join(',')}`;
  }

  /** Every document's remembered verdicts, or undefined when any one is not remembered. */
  lookup(documents: WorkingDocument[]): DocumentSignatures[] | undefined {
    const found: DocumentSignatures[] = [];
    for (const doc of documents) {
      const remembered = this.cache.report(doc.relative, this.variant);
      if (!remembered || remembered.inputs !== this.inputs || remembered.blob !== doc.blob) return undefined;
      found.push(atFile(remembered.report, doc.file));
    }
    return found;
  }

  remember(documents: WorkingDocument[], reports: DocumentSignatures[]): void {
    documents.forEach((doc, index) => this.cache.setReport(doc.relative, this.variant, { inputs: this.inputs, blob: doc.blob, report: reports[index]! }));
  }
}

/**
 * A remembered report under today's path of its file. Written out key by key, in the report's own order: an object
 * spread from another and given one more key gets a hidden class of its own in V8, one per document of an archive.
 */
function atFile(report: DocumentSignatures, file: string): DocumentSignatures {
  const { relative, kind, year, issuer, digest, value, parties, others, complete, state, lastChange } = report;
  return { file, relative, kind, year, issuer, digest, value, parties, others, complete, state, lastChange };
}
