// Rules a single document can be held to without looking elsewhere: unique ids and parties, real dates in its year.

import type { DocumentFacts, Ref } from '../kinds/facts.js';
import type { Issue, IssueArgs } from './issue.js';
import { MESSAGES } from './messages/catalog.js';
import { kindNamed } from '../kinds/registry.js';
import { parseIsoDate } from '../render/vietnamese/dates.js';

export function localRuleIssues(file: string, facts: DocumentFacts, doc: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const report = (ref: Ref, code: string, args: IssueArgs) =>
    issues.push({ file, line: ref.line, column: ref.column, path: ref.path, severity: MESSAGES[code].severity, code, args });

  for (const [ref, first] of repeats(facts.ids)) report(ref, 'duplicate-id', { id: ref.id, firstLine: first.line });
  for (const [ref, first] of repeats(facts.parties)) report(ref, 'duplicate-party', { id: ref.id, firstLine: first.line });

  if (facts.date && typeof doc.date === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(doc.date)) {
    // A draft may leave the day blank (2019-11): the month must still be real.
    const date = parseIsoDate(doc.date.length === 7 ? `${doc.date}-01` : doc.date);
    if (!date) report(facts.date, 'date-invalid', { value: doc.date });
    else if (Number.isFinite(facts.year) && date.year !== facts.year && !reportedNextYear(facts, date.year) && !inPeriodYears(facts, date.year)) {
      report(facts.date, 'date-year', { value: doc.date, year: facts.year });
    }
  }
  if (facts.groupsBesideBody) report({ id: 'groups', ...facts.groupsBesideBody }, 'groups-beside-body', {});
  if (facts.rulesBesideBody) report(facts.rulesBesideBody, 'rules-beside-body', { field: facts.rulesBesideBody.id });
  if (facts.commitmentsBesideBody) report({ id: 'commitments', ...facts.commitmentsBesideBody }, 'commitments-beside-body', {});
  const label = kindNamed(facts.kind)?.label;
  for (const ref of facts.strayTargets ?? []) report(ref, 'target-outside-compact', { id: ref.id, kindVi: label?.vi ?? facts.kind, kindEn: label?.en ?? facts.kind });
  for (const ref of facts.strayRules ?? []) report(ref, 'scoring-rule-outside-table', { id: ref.id, kindVi: label?.vi ?? facts.kind, kindEn: label?.en ?? facts.kind });
  for (const slot of facts.figureSlots ?? []) {
    report(slot, slot.problem === 'missing' ? 'figure-slot-missing' : 'figure-value-unused', { id: slot.id });
  }
  return issues;
}

/** Each later occurrence of an id, paired with its first occurrence. */
function repeats(refs: readonly Ref[]): [Ref, Ref][] {
  const first = new Map<string, Ref>();
  const out: [Ref, Ref][] = [];
  for (const ref of refs) {
    const earlier = first.get(ref.id);
    if (earlier) out.push([ref, earlier]);
    else first.set(ref.id, ref);
  }
  return out;
}

/**
 * A document with a period of its own may be dated in any year the period touches, or in the year before it
 * starts: a Tết campaign plan is issued in December, a school-year report in the spring of its second year.
 */
function inPeriodYears(facts: DocumentFacts, year: number): boolean {
  if (!facts.period) return false;
  const first = Number(facts.period.start.slice(0, 4));
  const last = Number(facts.period.end.slice(0, 4));
  return year >= first - 1 && year <= last;
}

/** A fourth-quarter report is often dated in the first days of the next year. */
function reportedNextYear(facts: DocumentFacts, year: number): boolean {
  return Boolean(kindNamed(facts.kind)?.quarterly) && facts.quarter === 4 && year === facts.year + 1;
}
