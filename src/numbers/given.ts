// The last step of the gap rule, run by validate only when a gap is left: numbers `cap-so` handed out (read from
// history by ONE `git log`) to documents deleted, withdrawn or renumbered since are taken out of each gap.

import { gitClient } from '../repo/git.js';
import type { Issue } from '../validate/issue.js';
import { givenNumbers, givenSpans, spansWithout, type Span } from './accounted.js';
import { gapArgs } from './rules.js';

export async function withoutGivenNumbers(root: string, issues: Issue[], env?: NodeJS.ProcessEnv): Promise<Issue[]> {
  const given = await givenNumbers(gitClient(root, env));
  if (given.length === 0) return issues;
  return issues.flatMap((issue) => {
    if (issue.code !== 'number-gap') return [issue];
    const { code, year, value, spans } = issue.args;
    const missing = spansWithout(parseSpans(String(spans)), givenSpans(given, String(code), Number(year)));
    if (missing.length === 0) return [];
    return [{ ...issue, args: gapArgs({ ref: { id: String(value) }, year: Number(year), code: String(code) }, missing) }];
  });
}

function parseSpans(text: string): Span[] {
  return text.split(',').map((part) => part.split('-').map(Number) as [number, number]);
}
