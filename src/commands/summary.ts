// `giaouoc summary --year Y (--issuer U | --bloc B)`: the year's progress from the quarterly reports,
// as a terminal table, JSON, or a draft year-end report (báo cáo tổng kết) with --render.

import type { RunContext } from '../context.js';
import { EXIT } from '../errors.js';
import { formatSummaryText } from '../output/yearend-text.js';
import { summaryDocuments, summaryInputs } from '../yearend/inputs.js';
import { withYearEndRepository, reportFindings, yearEndFormat, type YearEndCommandOptions } from '../yearend/run.js';
import { parseYear, resolveScope } from '../yearend/scope.js';
import { summarizeYear } from '../yearend/summary.js';

export interface SummaryCommandOptions extends YearEndCommandOptions {
  issuer?: string;
  bloc?: string;
}

export async function summaryCommand(options: SummaryCommandOptions, ctx: RunContext): Promise<number> {
  const year = parseYear(options.year);
  const format = options.render ? yearEndFormat(options.render) : 'html';
  return withYearEndRepository(options, ctx, async (context) => {
    const scope = resolveScope(context.config, year, { issuer: options.issuer, bloc: options.bloc });
    const documents = summaryDocuments(context.run, year, scope.units);
    if ((await reportFindings(context, documents, options.lang, ctx)).blocked) return EXIT.findings;
    const summary = summarizeYear(year, await summaryInputs(documents, year, scope.units));
    if (options.format === 'json') {
      ctx.stdout.write(JSON.stringify({ revision: context.commit, scope: { kind: scope.kind, id: scope.id }, ...summary }, null, 2) + '\n');
    } else {
      ctx.stdout.write(formatSummaryText(summary, context.config, scope.name, options.lang, context.revision));
    }
    if (options.render) {
      const { renderSummary } = await import('../yearend/render.js');
      const written = await renderSummary(summary, scope, context, { cwd: ctx.cwd, out: options.out, format });
      ctx.stderr.write(`${written}\n`);
    }
    return EXIT.ok;
  });
}
