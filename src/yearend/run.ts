// The shared edge of `summary` and `score`: the repository now or at a past revision, validated once,
// with the findings printed and the computation refused when the documents it reads have errors.

import type { Lang, RunContext } from '../context.js';
import { requireRoot } from '../documents/repository.js';
import { UserError } from '../errors.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { formatIssuesText } from '../output/issues-text.js';
import { painterFor } from '../output/style.js';
import type { KnownDocument } from '../validate/cross-rules.js';
import type { Issue } from '../validate/issue.js';
import { validateRepository, type ValidationRun } from '../validate/run.js';
import { findingsFor, requireConfig } from './inputs.js';
import { closeDocumentValues, openDocumentValues } from './document-values.js';

export interface YearEndContext {
  root: string;
  run: ValidationRun;
  config: RepositoryConfig;
  /** Short commit id when computed at a past revision. */
  revision?: string;
  commit?: string;
}

export interface RunOptions {
  at?: string;
  cache: boolean;
  lang: Lang;
}

/** The flags `summary` and `score` share. */
export interface YearEndCommandOptions extends RunOptions {
  year: string;
  format: 'text' | 'json';
  /** `--render` alone (true) writes HTML; `--render pdf` or `--render docx` the printable copies. */
  render: boolean | string;
  out: string;
}

/** Runs `fn` over the repository as it is, or as it stood at `options.at` (a snapshot folder, no cache). */
export async function withYearEndRepository(options: RunOptions, ctx: RunContext, fn: (context: YearEndContext) => Promise<number>): Promise<number> {
  const root = requireRoot(ctx.cwd);
  const compute = async (docRoot: string, revision?: { short: string; commit: string }) => {
    const cache = revision ? false : options.cache;
    const run = await validateRepository({ cwd: docRoot, paths: [], cache, env: ctx.env });
    if (!cache) return fn({ root: docRoot, run, config: requireConfig(run), revision: revision?.short, commit: revision?.commit });
    openDocumentValues(docRoot, ctx.env);
    try {
      return await fn({ root: docRoot, run, config: requireConfig(run) });
    } finally {
      await closeDocumentValues();
    }
  };
  if (!options.at) return compute(root);
  const { withRevision } = await import('../repo/snapshot.js');
  return withRevision(root, options.at, (revision) => compute(revision.root, revision), ctx.env);
}

/** Prints the findings on the documents read; true when an error among them forbids computing. */
export async function reportFindings(context: YearEndContext, documents: readonly KnownDocument[], lang: Lang, ctx: RunContext): Promise<{ blocked: boolean; issues: Issue[] }> {
  const issues = findingsFor(context.run, context.config, documents);
  const blocked = issues.some((issue) => issue.severity === 'error');
  if (issues.length > 0) {
    const paint = painterFor(ctx.stderr, ctx.env);
    const cwd = context.revision ? context.root : ctx.cwd;
    (blocked ? ctx.stdout : ctx.stderr).write(formatIssuesText(issues, documents.length + 1, { cwd, lang, paint, codeFrames: false }));
  }
  return { blocked, issues };
}

/** The format `--render [format]` asks for, checked before any work: html (the flag alone), pdf or docx. */
export function yearEndFormat(render: boolean | string): 'html' | 'pdf' | 'docx' {
  if (render === true || render === 'html') return 'html';
  if (render === 'pdf' || render === 'docx') return render;
  throw new UserError({
    vi: `--render nhận html, pdf hoặc docx (không phải “${String(render)}”)`,
    en: `--render takes html, pdf or docx (not “${String(render)}”)`,
  });
}
