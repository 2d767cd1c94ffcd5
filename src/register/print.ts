// The register printed like the other documents: a view, a template (register.hbs, replaceable from the
// repository's templates/), the print stylesheet, then Chromium for PDF or the DOCX writer — on a landscape page,
// as the official form of the register is.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Lang } from '../context.js';
import { registerHelpers } from '../render/helpers.js';
import { asTemplateError } from '../render/template-error.js';
import { builtinTemplatesDir, embeddedFontCss, profileCss, withProfile, type LayoutProfile, type TableView } from '../render/index.js';
import { EMBEDDED_FAMILY } from '../render/fonts.js';
import type { DocumentMetadata } from '../render/document-metadata.js';
import { REGISTER_COLUMNS, type RegisterEntry } from './entries.js';
import { rowsOf, type RegisterTitle } from './tabular.js';

export interface RegisterView {
  documentTitle: string;
  /** Percent of the page's width for each of the ten columns. */
  widths: string[];
  organ: string;
  heading: string;
  yearLine: string;
  table: TableView;
}

// The number and the subject need room; copies and dates do not. The same shares for the page and for Word.
const COLUMN_SHARES = [14, 8, 18, 8, 15, 6, 5, 8, 8, 10];

/** What prints the register, as a kind's entry says what prints a document: its template and its page. */
export const REGISTER_PRINT = {
  template: 'register',
  profile: withProfile({
    page: { width: 297, height: 210, margin: { top: 20, bottom: 15, left: 20, right: 15 } },
    table: { size: 10, registerColumns: COLUMN_SHARES } as unknown as LayoutProfile['table'],
  }),
  partials: [] as string[],
} as const;

export function registerView(entries: readonly RegisterEntry[], title: RegisterTitle, lang: Lang): RegisterView {
  const heading = lang === 'en' ? 'OUTGOING DOCUMENT REGISTER' : 'SỔ ĐĂNG KÝ VĂN BẢN ĐI';
  const yearLine = `${lang === 'en' ? 'Year' : 'Năm'} ${title.year}`;
  return {
    documentTitle: `${heading} ${title.year} — ${title.organ}`,
    widths: COLUMN_SHARES.map((share) => `${share}%`),
    organ: title.organ,
    heading,
    yearLine,
    table: {
      role: 'register',
      caption: lang === 'en' ? `${entries.length} documents` : `Tổng số: ${entries.length} văn bản`,
      columns: [...REGISTER_COLUMNS[lang]],
      rows: rowsOf(entries).map((row) => row.map(String)),
    },
  };
}

/** A self-contained page; `fonts: 'embedded'` for Chromium, so the PDF looks the same everywhere. */
export function registerHtml(view: RegisterView, overridesDir: string | undefined, fonts: 'system' | 'embedded'): string {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const file = (relativePath: string) => {
    const override = overridesDir ? join(overridesDir, relativePath) : undefined;
    return override && existsSync(override) ? override : join(builtinTemplatesDir(), relativePath);
  };
  for (const partial of REGISTER_PRINT.partials) hb.registerPartial(partial, read(file(`partials/${partial}.hbs`)));
  const main = file(`${REGISTER_PRINT.template}.hbs`);
  let article: string;
  try {
    article = hb.compile(read(main))(view);
  } catch (error) {
    throw asTemplateError(error, main);
  }
  const profile = REGISTER_PRINT.profile;
  const css = (fonts === 'embedded' ? embeddedFontCss() + profileCss(profile, [EMBEDDED_FAMILY]) : profileCss(profile)) + readFileSync(file('print.css'), 'utf8');
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${Handlebars.escapeExpression(view.documentTitle)}</title>\n<meta name="generator" content="giaouoc">\n<style>\n${css}</style>\n</head>\n<body>\n${article}</body>\n</html>\n`;
}

export async function registerPdf(view: RegisterView, overridesDir: string | undefined, year: number): Promise<Buffer> {
  const { PdfPrinter } = await import('../render/pdf/printer.js');
  const printer = await PdfPrinter.launch({ concurrency: 1 });
  try {
    return await printer.print(registerHtml(view, overridesDir, 'embedded'), registerMetadata(view, year));
  } finally {
    await printer.close();
  }
}

export async function registerDocx(view: RegisterView, overridesDir: string | undefined, year: number): Promise<Buffer> {
  const { htmlToDocx } = await import('../render/docx/load-on-use.js');
  return htmlToDocx(registerHtml(view, overridesDir, 'system'), REGISTER_PRINT.profile, registerMetadata(view, year));
}

/** The register's PDF and DOCX metadata, dated the year's last day so that a register prints the same bytes twice. */
function registerMetadata(view: RegisterView, year: number): DocumentMetadata {
  return { title: view.documentTitle, language: 'vi-VN', organName: view.organ, typeName: 'Sổ đăng ký văn bản đi', issuedDate: `${year}-12-31`, signers: [], recipients: [] };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw asTemplateError(error, file);
  }
}
