// `giaouoc validate [paths…]`: flags → ValidateOptions, findings → the chosen format, exit code by the contract.

import { readFile } from 'node:fs/promises';
import type { Lang, RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { compareIssues, countBySeverity } from '../validate/issue.js';
import { validateRepository } from '../validate/run.js';
import { formatIssuesText } from '../output/issues-text.js';
import { formatIssuesGithub, formatIssuesJson } from '../output/issues-machine.js';
import { painterFor } from '../output/style.js';

export interface ValidateCommandOptions {
  format: 'text' | 'json' | 'github';
  lang: Lang;
  strict: boolean;
  quiet: boolean;
  cache: boolean;
  fix: boolean;
  /** A branch whose numbers this one must not reuse (`--against origin/main`). */
  against?: string;
}

export async function validateCommand(paths: string[], options: ValidateCommandOptions, ctx: RunContext): Promise<number> {
  const validateOptions = { cwd: ctx.cwd, paths, cache: options.cache, env: ctx.env };
  let run = await validateRepository(validateOptions);
  if (options.fix) {
    const fixable = [...new Set(run.issues.filter((issue) => issue.code === 'text-nfc').map((issue) => issue.file))];
    // A symlinked document is rewritten where it points, inside the repository only; its mode is kept.
    for (const file of fixable) await writeFileAtomic(file, (await readFile(file, 'utf8')).normalize('NFC'), { followLinksWithin: run.root });
    if (fixable.length > 0) run = await validateRepository(validateOptions);
  }
  if (options.against) {
    const { againstIssues, documentsOnRef } = await import('../numbers/against.js');
    const onRef = await documentsOnRef(run.root, options.against, ctx.env);
    const wanted = new Set(run.files);
    const found = run.config ? againstIssues(run.config, run.documents, onRef, options.against).filter((issue) => wanted.has(issue.file)) : [];
    run = { ...run, issues: [...run.issues, ...found].sort(compareIssues) };
  }
  const shown = options.quiet ? run.issues.filter((issue) => issue.severity === 'error') : run.issues;
  const fileCount = run.files.length + 1;
  if (options.format === 'json') ctx.stdout.write(formatIssuesJson(shown, fileCount, ctx.cwd, options.lang));
  else if (options.format === 'github') ctx.stdout.write(formatIssuesGithub(shown, ctx.cwd, options.lang));
  else if (!(options.quiet && shown.length === 0)) {
    const chalk = await painterFor(ctx.stdout, ctx.env);
    ctx.stdout.write(formatIssuesText(shown, fileCount, { cwd: ctx.cwd, lang: options.lang, chalk, codeFrames: Boolean(ctx.stdout.isTTY) }));
  }
  const { errors, warnings } = countBySeverity(run.issues);
  return errors > 0 || (options.strict && warnings > 0) ? EXIT.findings : EXIT.ok;
}
