// A document as one self-contained HTML page. The same input gives the same bytes: no timestamps,
// no generated ids, and every value from YAML goes through Handlebars' escaping.
import Handlebars from 'handlebars';
import type { TemplateEnvironment } from './environment.js';
import { EMBEDDED_FAMILY, embeddedFontCss } from './fonts.js';
import { profileCss } from './profile-css.js';
import { buildViewModel } from './view-model/index.js';
import type { DocumentView, RenderInput } from './view-model/types.js';

export interface HtmlOptions {
  /**
   * "system" (default): ask for Times New Roman, as a reader's browser or Word would.
   * "embedded": use only the bundled Tinos faces, for a PDF that looks the same on every machine.
   */
  fonts?: 'system' | 'embedded';
}

const styleCache = new WeakMap<TemplateEnvironment, Map<string, string>>();

export function renderHtml(input: RenderInput, env: TemplateEnvironment, options: HtmlOptions = {}): string {
  return renderViewHtml(buildViewModel(input, env.profile), env, options);
}

export function renderViewHtml(view: DocumentView, env: TemplateEnvironment, options: HtmlOptions = {}): string {
  const article = env.render(view);
  const head = [
    '<meta charset="utf-8">',
    `<title>${Handlebars.escapeExpression(view.documentTitle)}</title>`,
    '<meta name="generator" content="giaouoc">',
    ...traceMeta(view),
    `<style>\n${stylesOf(env, options.fonts ?? 'system')}</style>`,
  ];
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${article}</body>\n</html>\n`;
}

function traceMeta(view: DocumentView): string[] {
  const meta: string[] = [];
  if (view.trace?.digest) meta.push(metaTag('giaouoc-digest', view.trace.digest));
  if (view.trace?.commit) meta.push(metaTag('giaouoc-commit', view.trace.commit));
  return meta;
}

function metaTag(name: string, content: string): string {
  return `<meta name="${name}" content="${Handlebars.escapeExpression(content)}">`;
}

function stylesOf(env: TemplateEnvironment, fonts: 'system' | 'embedded'): string {
  let byFonts = styleCache.get(env);
  if (!byFonts) styleCache.set(env, (byFonts = new Map()));
  let css = byFonts.get(fonts);
  if (css === undefined) {
    css =
      fonts === 'embedded'
        ? embeddedFontCss() + profileCss(env.profile, [EMBEDDED_FAMILY]) + env.stylesheet
        : profileCss(env.profile) + env.stylesheet;
    byFonts.set(fonts, css);
  }
  return css;
}
