// Writes the year-end documents as HTML through the templates summary.hbs, ranking.hbs and award-proposal.hbs,
// with the shared partials (header, title, signature, recipients) and the print stylesheet of the other kinds.

import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import type { RepositoryConfig } from '../kinds/model.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { builtinTemplatesDir, profileCss, defaultProfile, withProfile, type LayoutProfile } from '../render/index.js';
import { registerHelpers } from '../render/helpers.js';
import { asTemplateError } from '../render/template-error.js';
import type { BlocScores } from './bloc-scores.js';
import type { YearEndContext } from './run.js';
import type { Scope } from './scope.js';
import type { YearSummary } from './summary.js';
import { awardProposalView, rankingView, summaryView, type YearEndView } from './views.js';

export interface RenderPlace {
  cwd: string;
  /** Output folder, relative to cwd. */
  out: string;
}

type TemplateName = 'summary' | 'ranking' | 'award-proposal';

// A wide table of groups reads better across the page; the official layout allows a landscape annex.
const LANDSCAPE: LayoutProfile = withProfile({ page: { width: 297, height: 210, margin: { top: 20, bottom: 15, left: 20, right: 20 } } });

export async function renderSummary(summary: YearSummary, scope: Scope, context: YearEndContext, place: RenderPlace): Promise<string> {
  const issuing = scope.kind === 'unit' ? { issuer: scope.id, signer: scope.id, asLeader: false } : { issuer: scope.id, signer: leaderOf(context.config, scope.id, summary.year), asLeader: true };
  const revision = await revisionOf(context);
  const view = summaryView(summary, context.config, issuing, scope.name, revision);
  return write('summary', view, defaultProfile, context, place, `tong-ket-${summary.year}-${scope.id}`);
}

export async function renderScores(scores: BlocScores, context: YearEndContext, place: RenderPlace): Promise<string[]> {
  const leader = leaderOf(context.config, scores.bloc, scores.year);
  const revision = await revisionOf(context);
  return [
    await write('ranking', rankingView(scores, context.config, leader, revision), LANDSCAPE, context, place, `xep-hang-${scores.year}-${scores.bloc}`),
    await write('award-proposal', awardProposalView(scores, context.config, leader, revision, hasCompact(context, scores)), defaultProfile, context, place, `to-trinh-khen-thuong-${scores.year}-${scores.bloc}`),
  ];
}

function hasCompact(context: YearEndContext, scores: BlocScores): boolean {
  return context.run.documents.some((doc) => doc.facts.kind === 'compact' && doc.facts.issuer.id === scores.bloc && doc.facts.year === scores.year);
}

function leaderOf(config: RepositoryConfig, bloc: string, year: number): string {
  return config.blocs?.find((entry) => entry.id === bloc)?.years.find((entry) => entry.year === year)?.leader ?? bloc;
}

/** The revision printed on a document: the --at commit, else the working folder's commit (marked when edited since). */
async function revisionOf(context: YearEndContext): Promise<{ commit?: string; short?: string }> {
  if (context.commit) return { commit: context.commit, short: context.revision };
  const { workingRevision } = await import('../repo/snapshot.js');
  const working = await workingRevision(context.root);
  if (!working) return {};
  return { commit: working.commit, short: working.dirty ? `${working.short} (có thay đổi chưa commit)` : working.short };
}

async function write(name: TemplateName, view: YearEndView, profile: LayoutProfile, context: YearEndContext, place: RenderPlace, stem: string): Promise<string> {
  const html = renderYearEndHtml(name, view, profile, join(context.root, 'templates'));
  const folder = resolve(place.cwd, place.out);
  await mkdir(folder, { recursive: true });
  const suffix = context.revision ? `-${context.revision}` : '';
  const target = join(folder, `${stem}${suffix}.html`);
  await writeFileAtomic(target, html);
  return target;
}

/** One self-contained HTML page; a repository's templates/ may replace any template or partial by name. */
export function renderYearEndHtml(name: TemplateName, view: YearEndView, profile: LayoutProfile, overridesDir?: string): string {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const file = (relativePath: string) => {
    const override = overridesDir ? join(overridesDir, relativePath) : undefined;
    return override && existsSync(override) ? override : join(builtinTemplatesDir(), relativePath);
  };
  for (const partial of PARTIALS) hb.registerPartial(partial, readTemplate(file(`partials/${partial}.hbs`)));
  const main = file(`${name}.hbs`);
  let article: string;
  try {
    article = hb.compile(readTemplate(main))(view);
  } catch (error) {
    throw asTemplateError(error, main);
  }
  const stylesheet = readFileSync(file('print.css'), 'utf8');
  const title = Handlebars.escapeExpression(view.documentTitle);
  const commit = view.trace?.commit ? `\n<meta name="giaouoc-commit" content="${Handlebars.escapeExpression(view.trace.commit)}">` : '';
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<meta name="generator" content="giaouoc">${commit}\n<style>\n${profileCss(profile)}${stylesheet}</style>\n</head>\n<body>\n${article}</body>\n</html>\n`;
}

const PARTIALS = ['header', 'title', 'draft-mark', 'end-mark', 'recipients', 'signature', 'signature-single', 'table', 'paragraph', 'trace'];

function readTemplate(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw asTemplateError(error, file);
  }
}
