// A document's content as signatures see it: the digest a signature binds and the few facts that decide who
// signs. One function, so that every reader of a content (the working file, a signed version, a revision) gets the same.

import { contentDigest } from '../documents/canonical.js';
import { parseSource } from '../documents/parse.js';
import { decodeSource } from '../documents/source.js';
import type { CachedContent, ContentFacts } from './signature-cache.js';

/** The digest of a file whose YAML does not parse: it matches no claim, since claims are `sha256:…`. */
export const UNREADABLE = 'unreadable';

/** The parsed value of a document's bytes; undefined when the YAML does not parse. */
export function parseContent(bytes: Uint8Array): unknown {
  const result = parseSource(decodeSource(bytes).text);
  return result.problems.length === 0 ? result.value : undefined;
}

export function contentFactsOf(value: unknown): CachedContent {
  return { digest: value === undefined ? UNREADABLE : contentDigest(value), facts: factsOf(value) };
}

function factsOf(value: unknown): ContentFacts {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const doc = value as Record<string, unknown>;
  const text = (item: unknown) => (typeof item === 'string' ? item : undefined);
  return {
    kind: text(doc.kind),
    year: typeof doc.year === 'number' ? doc.year : undefined,
    issuer: text(doc.issuer),
    parties: Array.isArray(doc.parties) ? doc.parties.filter((id): id is string => typeof id === 'string') : undefined,
    signer: text(doc.signer),
    subject: text(doc.subject),
  };
}
