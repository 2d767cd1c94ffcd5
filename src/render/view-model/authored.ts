// A document whose author shaped the body: the title, header, signature and recipients stay the kind's; the
// body prints as written, with nothing added but the closing "./.".
import type { DocumentBase } from '../../kinds/model.js';
import { buildBody, closeBodyBlocks } from './body.js';
import { baseFields, documentTitle, type BaseFields } from './common.js';
import type { Registry } from './registry.js';
import type { BodyBlockView, SignatureState, TitleView } from './types.js';

export interface AuthoredParts extends BaseFields {
  documentTitle: string;
  title: TitleView;
  body: BodyBlockView[];
  trailingEndMark: boolean;
}

export function authoredParts(
  doc: DocumentBase & { body: NonNullable<DocumentBase['body']> },
  docType: string,
  registry: Registry,
  state: SignatureState | undefined,
): AuthoredParts {
  const body = buildBody(doc.body);
  const closed = closeBodyBlocks(body);
  return {
    documentTitle: documentTitle(docType, doc.subject),
    title: { docType, subject: doc.subject },
    ...baseFields(doc, registry, state),
    body,
    trailingEndMark: !closed,
  };
}
