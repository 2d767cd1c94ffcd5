// The DOCX writer's entry points, loading the writer (and the large docx library) on first use, so that
// `giaouoc render --format html` and everything else that imports the rendering library start fast.
import type { TemplateEnvironment } from '../environment.js';
import type { LayoutProfile } from '../profile.js';
import type { DocumentView } from '../view-model/types.js';
import type { DocxProperties } from './package.js';

export type { DocxProperties } from './package.js';

/** A view through the environment's templates (a repository's own included) to the bytes of a .docx file. */
export async function renderViewDocx(view: DocumentView, env: TemplateEnvironment, date?: string): Promise<Buffer> {
  const writer = await import('./write-docx.js');
  return writer.renderViewDocx(view, env, date);
}

/** A page rendered by `renderViewHtml` (or any page using the template vocabulary) to a .docx file. */
export async function htmlToDocx(html: string, profile: LayoutProfile, properties: DocxProperties): Promise<Buffer> {
  const writer = await import('./write-docx.js');
  return writer.htmlToDocx(html, profile, properties);
}
