// Rendered HTML → .docx. The document is rendered with the same templates as HTML and PDF, read back, and its
// semantic vocabulary (templates/README.md) mapped to WordprocessingML — one source for content and order.
import { Document } from 'docx';
import type { TemplateEnvironment } from '../environment.js';
import { renderViewHtml } from '../html.js';
import type { LayoutProfile } from '../profile.js';
import type { DocumentView } from '../view-model/types.js';
import { mapChildren } from './blocks.js';
import { textWidthMm, type MapContext } from './context.js';
import { Flow } from './flow.js';
import { findElement, parseHtml } from './html-tree.js';
import { keepBodyWithSignature } from './keep-together.js';
import { withGluedLines } from './glued-text.js';
import { customProperties, packDocx, type DocxProperties } from './package.js';
import { documentMetadata } from '../document-metadata.js';
import { pageHeaders, sectionProperties } from './page.js';
import { blockStyles, stylesOptions } from './styles.js';

export type { DocxProperties } from './package.js';

/** A page rendered by `renderViewHtml` (or any page using the vocabulary) as a .docx file. */
export async function htmlToDocx(html: string, profile: LayoutProfile, properties: DocxProperties): Promise<Buffer> {
  const root = parseHtml(html);
  const article = findElement(root, (element) => element.name === 'article') ?? findElement(root, (e) => e.name === 'body') ?? root;
  const styles = blockStyles(profile);
  const ctx: MapContext = { profile, styles, widthMm: textWidthMm(profile), flow: new Flow() };
  const children = keepBodyWithSignature(mapChildren(withGluedLines(article), ctx));
  const document = new Document({
    title: properties.title,
    creator: 'giaouoc',
    customProperties: customProperties(properties),
    styles: stylesOptions(profile, styles),
    sections: [{ properties: sectionProperties(profile), headers: pageHeaders(profile, styles), children }],
  });
  return packDocx(document, properties);
}

/** A view through the environment's templates (a repository's own included) to a .docx file. */
export async function renderViewDocx(view: DocumentView, env: TemplateEnvironment, date?: string): Promise<Buffer> {
  const html = renderViewHtml(view, env);
  return htmlToDocx(html, env.profile, documentMetadata(view, date));
}
