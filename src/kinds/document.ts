// Facts of a general document (quy chế, hướng dẫn, tờ trình, biên bản, công văn …): its type and its identity,
// which is more than year and issuer, since a union issues many of one type in a year.
import { documentType } from './document-types.js';
import { baseFacts, strayTargets, text, type DocumentFacts, type Locator } from './facts.js';

export function generalFacts(doc: Record<string, unknown>, at: Locator): DocumentFacts {
  const facts = baseFacts('document', doc, at);
  const type = text(doc.type);
  if (type !== undefined) {
    facts.type = type;
    facts.typeCode = documentType(type)?.code;
  }
  facts.strayTargets = strayTargets(doc.body, at);
  facts.distinct = [text(doc.type), text(doc.number), text(doc.subject), text(doc.date)].map((part) => part ?? '').join('|');
  return facts;
}
