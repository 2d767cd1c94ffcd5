// Writes the year-end documents through the templates summary.hbs, ranking.hbs and award-proposal.hbs, with the
// shared partials (header, title, signature, recipients) and the print stylesheet of the other kinds, as HTML, or
// as PDF and DOCX through the same printer and DOCX writer as every kind.

import { signingUnitOf } from '../domain/signers.js';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import type { RepositoryConfig } from '../kinds/model.js';
import { yearEndRole } from '../kinds/registry.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { builtinTemplatesDir, profileCss, defaultProfile, withProfile, type LayoutProfile } from '../render/index.js';
import { EMBEDDED_FAMILY, embeddedFontCss } from '../render/fonts.js';
import { withEndMark } from '../render/view-model/end-mark.js';
import { withLayout } from '../render/view-model/layout.js';
import { registerHelpers } from '../render/helpers.js';
import { asTemplateError } from '../render/template-error.js';
import { overrideFile, readTemplateText } from '../render/template-files.js';
import { UserError } from '../errors.js';
import type { BlocScores } from './bloc-scores.js';
import type { YearEndContext } from './run.js';
import type { Scope } from './scope.js';
import type { YearSummary } from './summary.js';
import { awardProposalView, rankingView, summaryView, type YearEndView } from './views.js';

export type YearEndFormat = 'html' | 'pdf' | 'docx';

export interface RenderPlace {
  cwd: string;
  /** Output folder, relative to cwd. */
  out: string;
  /** html (default), pdf or docx. */
  format?: YearEndFormat;
}

type TemplateName = 'summary' | 'ranking' | 'award-proposal';

// A wide table of groups reads better across the page; the official layout allows a landscape annex, with the
// same margins as a portrait page (the binding edge stays on the left).
const LANDSCAPE: LayoutProfile = withProfile({ page: { width: defaultProfile.page.height, height: defaultProfile.page.width } });

export type { TemplateName as YearEndTemplate };

export async function renderSummary(summary: YearSummary, scope: Scope, context: YearEndContext, place: RenderPlace): Promise<string> {
  const issuing = scope.kind === 'unit' ? { issuer: scope.id, signer: scope.id, asLeader: false } : { issuer: scope.id, signer: leaderOf(context.config, scope.id, summary.year), asLeader: true };
  const revision = await revisionOf(context);
  const view = summaryView(summary, context.config, issuing, scope.name, revision);
  return write('summary', view, defaultProfile, context, place, `tong-ket-${summary.year}-${scope.id}`, yearEnd(summary.year));
}

export async function renderScores(scores: BlocScores, context: YearEndContext, place: RenderPlace): Promise<string[]> {
  const leader = leaderOf(context.config, scores.bloc, scores.year);
  const revision = await revisionOf(context);
  return [
    await write('ranking', rankingView(scores, context.config, leader, revision), LANDSCAPE, context, place, `xep-hang-${scores.year}-${scores.bloc}`, yearEnd(scores.year)),
    await write('award-proposal', awardProposalView(scores, context.config, leader, revision, hasCompact(context, scores)), defaultProfile, context, place, `to-trinh-khen-thuong-${scores.year}-${scores.bloc}`, yearEnd(scores.year)),
  ];
}

function hasCompact(context: YearEndContext, scores: BlocScores): boolean {
  return context.run.documents.some((doc) => yearEndRole(doc.facts.kind) === 'targets' && doc.facts.issuer.id === scores.bloc && doc.facts.year === scores.year);
}

/** Who signs for the bloc that year: asked of src/domain/signers.ts, like every other document. */
function leaderOf(config: RepositoryConfig, bloc: string, year: number): string {
  return signingUnitOf({ issuer: bloc, year }, config) ?? bloc;
}

/** The revision printed on a document: the --at commit, else the working folder's commit (marked when edited since). */
async function revisionOf(context: YearEndContext): Promise<{ commit?: string; short?: string }> {
  if (context.commit) return { commit: context.commit, short: context.revision };
  const { workingRevision } = await import('../repo/snapshot.js');
  const working = await workingRevision(context.root);
  if (!working) return {};
  return { commit: working.commit, short: working.dirty ? `${working.short} (có thay đổi chưa commit)` : working.short };
}

/** The date a year-end draft's PDF carries, so two prints of one revision are the same bytes. */
const yearEnd = (year: number) => `${year}-12-31`;

async function write(name: TemplateName, view: YearEndView, profile: LayoutProfile, context: YearEndContext, place: RenderPlace, stem: string, date: string): Promise<string> {
  const format = place.format ?? 'html';
  const overrides = join(context.root, 'templates');
  const folder = resolve(place.cwd, place.out);
  await mkdir(folder, { recursive: true });
  const suffix = context.revision ? `-${context.revision}` : '';
  const target = join(folder, `${stem}${suffix}.${format}`);
  await writeFileAtomic(target, await yearEndBytes(name, view, profile, format, overrides, date));
  return target;
}

/** The document in one format: HTML as it is, PDF through the batch printer's code, DOCX through the DOCX writer. */
export async function yearEndBytes(name: TemplateName, view: YearEndView, profile: LayoutProfile, format: YearEndFormat, overridesDir?: string, date?: string): Promise<string | Buffer> {
  if (format === 'html') return renderYearEndHtml(name, view, profile, overridesDir);
  const laidOut = prepareYearEndView(view, profile);
  if (format === 'docx') {
    const { htmlToDocx } = await import('../render/docx/load-on-use.js');
    const html = renderYearEndHtml(name, laidOut, profile, overridesDir);
    const { documentMetadata } = await import('../render/document-metadata.js');
    return htmlToDocx(html, profile, documentMetadata(laidOut, date));
  }
  const { PdfPrinter } = await import('../render/pdf/printer.js');
  const html = renderYearEndHtml(name, laidOut, profile, overridesDir, 'embedded');
  const printer = await PdfPrinter.launch({ concurrency: 1 });
  try {
    const { finishOfView } = await import('../render/pdf/finish.js');
    return await printer.print(html, finishOfView(laidOut, date));
  } finally {
    await printer.close();
  }
}

/** The profile of a year-end document: the ranking prints across the page. */
export function yearEndProfile(name: TemplateName): LayoutProfile {
  return name === 'ranking' ? LANDSCAPE : defaultProfile;
}

/** The view laid out like every kind's: names and subject broken between words, measured rules, "./." in place. */
export function prepareYearEndView(view: YearEndView, profile: LayoutProfile): YearEndView {
  return view.layout ? view : withLayout(withEndMark(view), profile);
}

/** One self-contained HTML page; a repository's templates/ may replace any template or partial by name. */
export function renderYearEndHtml(name: TemplateName, rawView: YearEndView, profile: LayoutProfile, overridesDir?: string, fonts: 'system' | 'embedded' = 'system'): string {
  const view = prepareYearEndView(rawView, profile);
  const hb = Handlebars.create();
  registerHelpers(hb);
  const file = (relativePath: string) => {
    return overrideFile(overridesDir, relativePath) ?? join(builtinTemplatesDir(), relativePath);
  };
  for (const partial of PARTIALS) hb.registerPartial(partial, readTemplate(file(`partials/${partial}.hbs`)));
  const main = file(`${name}.hbs`);
  let article: string;
  try {
    article = hb.compile(readTemplate(main))(view);
  } catch (error) {
    throw asTemplateError(error, main);
  }
  const stylesheet = readTemplateText(file('print.css'));
  const css = fonts === 'embedded' ? embeddedFontCss() + profileCss(profile, [EMBEDDED_FAMILY]) : profileCss(profile);
  const title = Handlebars.escapeExpression(view.documentTitle);
  const commit = view.trace?.commit ? `\n<meta name="giaouoc-commit" content="${Handlebars.escapeExpression(view.trace.commit)}">` : '';
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<meta name="generator" content="giaouoc">${commit}\n<style>\n${css}${stylesheet}</style>\n</head>\n<body>\n${article}</body>\n</html>\n`;
}

const PARTIALS = ['header', 'title', 'addressees', 'draft-mark', 'end-mark', 'recipients', 'signature', 'signature-single', 'table', 'paragraph', 'trace'];

function readTemplate(file: string): string {
  try {
    return readTemplateText(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw asTemplateError(error, file);
  }
}
