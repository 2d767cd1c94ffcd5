// What `giaouoc new` hands a kind's scaffolder: the answers, the repository's documents, and the file --from named.
import type { ParsedSource } from '../documents/parse.js';
import type { KnownDocument } from '../validate/cross-rules.js';
import type { Scaffold, ScaffoldBase } from './document-parts.js';

export interface FromDocument {
  parsed: ParsedSource;
  /** As the user wrote it. */
  shown: string;
  /** Path from the repository root. */
  relative: string;
}

export interface ScaffoldRequest {
  base: ScaffoldBase;
  documents: readonly KnownDocument[];
  /** The file --from named, already read and of the kind this one continues. */
  from?: FromDocument;
  quarter?: number;
  /** --bloc as given: for a score sheet, the bloc it is scored in. */
  bloc?: string;
  /** --type: the type of a general document (quy-che, huong-dan …). */
  type?: string;
}

export type KindScaffolder = (request: ScaffoldRequest) => Promise<Scaffold>;
