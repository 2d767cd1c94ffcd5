// Any other type a union issues: the type name from the table of document types, the author's body, one signer.
import { documentType } from '../../kinds/document-types.js';
import type { GeneralDocument } from '../../kinds/model.js';
import { authoredParts } from './authored.js';
import type { Registry } from './registry.js';
import { singleSignature } from './signatures.js';
import type { GeneralView, SignatureState } from './types.js';

export function buildGeneralView(doc: GeneralDocument, registry: Registry, state?: SignatureState): GeneralView {
  const docType = documentType(doc.type)?.name ?? doc.type.toUpperCase();
  const parts = authoredParts(doc, docType, registry, state);
  // A công văn prints no type name: its subject goes under the number as "V/v …".
  const letter = docType === '' ? { subject: doc.subject ? `V/v ${doc.subject}` : undefined } : undefined;
  return {
    kind: 'document',
    ...parts,
    documentTitle: parts.documentTitle || (doc.subject ?? ''),
    letter,
    signatures: singleSignature(doc, registry, state),
  };
}
