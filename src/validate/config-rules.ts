// Rules of the registry file giaouoc.yaml itself: unique unit ids, known upper bodies, blocs made of known units,
// numbers declared used outside the repository of a known issuer in readable ranges;
// the rules of time (lives, terms, successors, codes) are in config-time-rules.ts.

import { locate, type ParsedSource } from '../documents/parse.js';
import { list, record } from '../kinds/facts.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { pointer, type Issue, type IssueArgs } from './issue.js';
import { MESSAGES } from './messages/catalog.js';
import { closest } from './suggest.js';
import { timeRuleIssues } from './config-time-rules.js';
import { MAX_OUTSIDE_SPAN, outsideSpan } from '../numbers/accounted.js';

export function configRuleIssues(file: string, parsed: ParsedSource): Issue[] {
  const config = record(parsed.value) as Partial<RepositoryConfig>;
  const issues: Issue[] = [];
  const report = (path: (string | number)[], code: string, args: IssueArgs) =>
    issues.push({ file, ...locate(parsed, path), path: pointer(path), severity: MESSAGES[code].severity, code, args });

  const units = new Map<string, number>();
  list(config.units).forEach((unit, i) => {
    const id = record(unit).id;
    if (typeof id !== 'string') return;
    const firstIndex = units.get(id);
    if (firstIndex !== undefined) report(['units', i, 'id'], 'duplicate-unit', { id, firstLine: locate(parsed, ['units', firstIndex, 'id']).line });
    else units.set(id, i);
  });
  const known = (path: (string | number)[], id: unknown) => {
    if (typeof id === 'string' && !units.has(id) && !former.has(id)) report(path, 'unknown-unit', { id, suggest: closest(id, units.keys()) ?? '' });
  };
  const former = new Set(list(config.units).flatMap((unit) => list(record(unit).formerIds)));
  list(config.units).forEach((unit, i) => {
    known(['units', i, 'upper'], record(unit).upper);
    list(record(unit).changes).forEach((change, k) => known(['units', i, 'changes', k, 'upper'], record(change).upper));
  });
  list(config.blocs).forEach((bloc, i) => {
    known(['blocs', i, 'upper'], record(bloc).upper);
    list(record(bloc).years).forEach((yearItem, j) => {
      const year = record(yearItem);
      known(['blocs', i, 'years', j, 'upper'], year.upper);
      const members = list(year.members);
      members.forEach((member, k) => known(['blocs', i, 'years', j, 'members', k], member));
      for (const role of ['leader', 'deputy'] as const) {
        const id = year[role];
        if (typeof id === 'string' && !members.includes(id)) {
          report(['blocs', i, 'years', j, role], 'bloc-leader-not-member', { id, year: String(year.year) });
        }
      }
    });
  });
  const blocs = new Set(list(config.blocs).map((bloc) => record(bloc).id));
  list(config.outsideNumbers).forEach((entry, i) => {
    const issuer = record(entry).issuer;
    if (typeof issuer === 'string' && !units.has(issuer) && !former.has(issuer) && !blocs.has(issuer)) {
      report(['outsideNumbers', i, 'issuer'], 'unknown-issuer', { id: issuer, suggest: closest(issuer, [...units.keys(), ...blocs].filter((id): id is string => typeof id === 'string')) ?? '' });
    }
    list(record(entry).numbers).forEach((value, k) => {
      if (typeof value === 'string' && /^\d+-\d+$/.test(value) && !outsideSpan(value)) report(['outsideNumbers', i, 'numbers', k], 'outside-numbers-range', { value, max: MAX_OUTSIDE_SPAN });
    });
  });
  timeRuleIssues(record(parsed.value), report, (path) => locate(parsed, path).line);
  return issues;
}
