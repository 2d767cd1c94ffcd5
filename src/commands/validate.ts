// `giaouoc validate [paths…]`: flags → ValidateOptions, findings → the chosen format, exit code by the contract.

import { appendFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lang, RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { fixFiles } from '../documents/fix-files.js';
import { CONFIG_FILE, discoverDocuments, requireRoot } from '../documents/repository.js';
import { compareIssues, countBySeverity } from '../validate/issue.js';
import { validateRepository } from '../validate/run.js';
import { formatIssuesText } from '../output/issues-text.js';
import { formatIssuesGithub, formatIssuesJson, formatIssuesSarif, formatIssuesSummary } from '../output/issues-machine.js';
import { VERSION } from '../version.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { painterFor } from '../output/style.js';

export interface ValidateCommandOptions {
  format: 'text' | 'json' | 'github' | 'sarif';
  lang: Lang;
  strict: boolean;
  quiet: boolean;
  cache: boolean;
  fix: boolean;
  /** A branch whose numbers this one must not reuse (`--against origin/main`). */
  against?: string;
}

export async function validateCommand(paths: string[], options: ValidateCommandOptions, ctx: RunContext): Promise<number> {
  if (options.fix) await fixRepositoryFiles(paths, ctx.cwd);
  // `--against` compares every document's number with the other branch: it needs them all, not the index's few.
  let run = await validateRepository({ cwd: ctx.cwd, paths, cache: options.cache, env: ctx.env, index: !options.against });
  if (options.against) {
    const { againstIssues, documentsOnRef } = await import('../numbers/against.js');
    const onRef = await documentsOnRef(run.root, options.against, ctx.env);
    const wanted = new Set(run.files);
    const found = run.config ? againstIssues(run.config, run.documents, onRef, options.against).filter((issue) => wanted.has(issue.file)) : [];
    run = { ...run, issues: [...run.issues, ...found].sort(compareIssues) };
  }
  if (options.fix && run.config) await refreshEditorSchemas(run.root, run.config);
  const shown = options.quiet ? run.issues.filter((issue) => issue.severity === 'error') : run.issues;
  const fileCount = run.files.length + 1;
  if (options.format === 'json') ctx.stdout.write(formatIssuesJson(shown, fileCount, ctx.cwd, options.lang));
  else if (options.format === 'sarif') ctx.stdout.write(formatIssuesSarif(shown, ctx.cwd, options.lang, VERSION));
  else if (options.format === 'github') {
    ctx.stdout.write(formatIssuesGithub(shown, ctx.cwd, options.lang));
    // In GitHub Actions: the run's summary lists every finding, which ten annotations per kind cannot.
    const summaryFile = ctx.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) await appendFile(summaryFile, formatIssuesSummary(shown, fileCount, ctx.cwd, options.lang));
  }
  else if (!(options.quiet && shown.length === 0)) {
    const paint = painterFor(ctx.stdout, ctx.env);
    ctx.stdout.write(formatIssuesText(shown, fileCount, { cwd: ctx.cwd, lang: options.lang, paint, codeFrames: Boolean(ctx.stdout.isTTY) }));
  }
  const { errors, warnings } = countBySeverity(run.issues);
  return errors > 0 || (options.strict && warnings > 0) ? EXIT.findings : EXIT.ok;
}

/**
 * After a fix: the repository's schemas offer its unit and bloc ids to editors (src/scaffold/editor-schemas.ts).
 * Quiet, like the rest of --fix: the files are the tool's, and only a repository that has them gets them.
 */
async function refreshEditorSchemas(root: string, config: RepositoryConfig): Promise<void> {
  const { refreshRepositorySchemas } = await import('../scaffold/editor-schemas.js');
  await refreshRepositorySchemas(root, config);
}

/** Before checking: the registry and the named documents (default: all) in UTF-8 without BOM, LF, NFC, with NFC names. */
async function fixRepositoryFiles(paths: readonly string[], cwd: string): Promise<void> {
  const root = requireRoot(paths[0] ? resolve(cwd, paths[0]) : cwd);
  const documents = await discoverDocuments(paths.length > 0 ? paths : [root], cwd);
  await fixFiles([join(root, CONFIG_FILE), ...documents], root);
}
