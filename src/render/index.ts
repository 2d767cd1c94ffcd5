// The rendering library: what `giaouoc render` and the benchmarks use.
export { renderHtml, renderViewHtml, type HtmlOptions } from './html.js';
export {
  createTemplateEnvironment,
  builtinTemplatesDir,
  type TemplateEnvironment,
  type TemplateEnvironmentOptions,
} from './environment.js';
export { PdfPrinter, type PdfPrinterOptions, type PrintItem, type PrintManyOptions } from './pdf/printer.js';
export { findBrowser, browserNotFound, CHROMIUM_FLAGS, type FindBrowserOptions } from './pdf/browser.js';
export { finishOfView, finishPdf, type PdfFinish } from './pdf/finish.js';
export { buildViewModel } from './view-model/index.js';
export type * from './view-model/types.js';
export { defaultProfile, withProfile, type LayoutProfile, type FontSpec } from './profile.js';
export { profileCss } from './profile-css.js';
export { embeddedFontCss } from './fonts.js';
export { outputName, outputPath, type OutputFormat } from './output-name.js';
export { renderDocumentToFile, type RenderToFileOptions } from './render-file.js';
export { htmlToDocx, renderViewDocx, type DocxProperties } from './docx/load-on-use.js';
export { TemplateError } from './template-error.js';
