// `giaouoc score --year Y --bloc B` (or `--issuer U` for a table a union issued): each member's total from its
// score sheet, the ranking with the table's tie-breaks, the flags to review, and with --render the ranking
// table and the draft award proposal.

import type { RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { formatScoresText } from '../output/yearend-text.js';
import { scoreBloc } from '../yearend/bloc-scores.js';
import { loadScoring, scoringDocuments } from '../yearend/inputs.js';
import { withYearEndRepository, reportFindings, yearEndFormat, type YearEndCommandOptions } from '../yearend/run.js';
import { parseYear, scoringScope } from '../yearend/scope.js';

export interface ScoreCommandOptions extends YearEndCommandOptions {
  bloc?: string;
  /** A union that issued the scoring table, instead of a bloc. */
  issuer?: string;
}

export async function scoreCommand(options: ScoreCommandOptions, ctx: RunContext): Promise<number> {
  const year = parseYear(options.year);
  const format = options.render ? yearEndFormat(options.render) : 'html';
  return withYearEndRepository(options, ctx, async (context) => {
    const scorer = scoringScope(context.config, year, options);
    const found = scoringDocuments(context.run, year, scorer.id);
    if (!found.table) {
      throw new UserError({
        vi: `chưa có bảng điểm năm ${year} của ${scorer.name}; hãy tạo tệp với \`kind: scoring-table\`, \`issuer: ${scorer.id}\`, \`year: ${year}\``,
        en: `${scorer.name} has no ${year} scoring table; create a file with \`kind: scoring-table\`, \`issuer: ${scorer.id}\`, \`year: ${year}\``,
      });
    }
    if ((await reportFindings(context, [found.table, ...found.sheets], options.lang, ctx)).blocked) return EXIT.findings;
    const { table, sheets } = await loadScoring({ table: found.table, sheets: found.sheets });
    const scores = scoreBloc(context.config, table.doc, sheets.map((sheet) => sheet.doc));
    if (options.format === 'json') {
      ctx.stdout.write(JSON.stringify({ revision: context.commit, ...scores, table: table.relative }, null, 2) + '\n');
    } else {
      ctx.stdout.write(formatScoresText(scores, context.config, scorer.name, table.relative, options.lang, context.revision));
    }
    if (options.render) {
      const { renderScores } = await import('../yearend/render.js');
      for (const written of await renderScores(scores, context, { cwd: ctx.cwd, out: options.out, format })) ctx.stderr.write(`${written}\n`);
    }
    return EXIT.ok;
  });
}

