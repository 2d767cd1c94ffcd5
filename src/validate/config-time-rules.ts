// Rules of time in giaouoc.yaml: a life ends after it starts, terms of the same office do not overlap,
// successors exist and never lead back to the unit, two units under one upper body never share a code at the
// same time, a bloc's members exist in the year they belong to it.

import { list, record, text } from '../kinds/facts.js';
import type { Signatory, Unit } from '../kinds/model.js';
import { overlaps, touchesYear, type Period } from '../domain/period.js';
import { lifeOf } from '../domain/registry.js';
import type { IssueArgs } from './issue.js';
import { closest } from './suggest.js';

type Path = (string | number)[];
export type Report = (path: Path, code: string, args: IssueArgs) => void;
type LineOf = (path: Path) => number;

export function timeRuleIssues(config: Record<string, unknown>, report: Report, lineOf: LineOf): void {
  const units = list(config.units).map((item) => record(item) as Partial<Unit>);
  const ids = new Map<string, number>();
  units.forEach((unit, i) => typeof unit.id === 'string' && !ids.has(unit.id) && ids.set(unit.id, i));
  const byAnyId = new Map(ids);
  units.forEach((unit, i) => list(unit.formerIds).forEach((former, k) => {
    if (typeof former !== 'string') return;
    if (ids.has(former)) report(['units', i, 'formerIds', k], 'former-id-taken', { id: former });
    else if (!byAnyId.has(former)) byAnyId.set(former, i);
  }));

  units.forEach((unit, i) => {
    const life = lifeOf(unit);
    if (life.from && life.until && life.until <= life.from) report(['units', i, 'end', 'date'], 'unit-end-before-start', { id: String(unit.id), start: life.from, end: life.until });
    checkTerms(list(unit.signatories).map((item) => record(item) as Partial<Signatory>), ['units', i, 'signatories'], report, lineOf);
    list(unit.successors).forEach((item, k) => {
      const id = text(record(item).unit);
      if (id !== undefined && !byAnyId.has(id)) report(['units', i, 'successors', k, 'unit'], 'unknown-successor', { id, suggest: closest(id, ids.keys()) ?? '' });
    });
  });
  successorCycles(units, byAnyId, report);
  duplicateCodes(units, report);
  blocMembersAlive(config, units, byAnyId, report);
}

/** One person listed twice for overlapping periods, or two chairs at once: either makes "who signs" ambiguous. */
function checkTerms(people: Partial<Signatory>[], at: Path, report: Report, lineOf: LineOf): void {
  const chair = (person: Partial<Signatory>) => person.title?.normalize('NFC').trim().toLowerCase() === 'chủ tịch';
  people.forEach((person, k) => {
    const term: Period = { from: person.from, until: person.until };
    if (term.from && term.until && term.until <= term.from) {
      report([...at, k, 'until'], 'term-end-before-start', { name: String(person.name), from: term.from, until: term.until });
      return;
    }
    for (let j = 0; j < k; j++) {
      const other = people[j];
      const samePerson = person.name !== undefined && other.name?.normalize('NFC') === person.name.normalize('NFC');
      if (!samePerson && !(chair(person) && chair(other))) continue;
      if (!overlaps(term, { from: other.from, until: other.until })) continue;
      report([...at, k, person.from ? 'from' : 'name'], 'overlapping-terms', { name: String(person.name), title: String(person.title), otherLine: lineOf([...at, j]), otherName: String(other.name) });
      break;
    }
  });
}

function successorCycles(units: Partial<Unit>[], byAnyId: Map<string, number>, report: Report): void {
  const next = (i: number) => list(units[i].successors).map((item) => byAnyId.get(String(record(item).unit))).filter((j): j is number => j !== undefined);
  const state = new Array<number>(units.length).fill(0); // 0 unseen, 1 on the path, 2 done
  const path: number[] = [];
  const visit = (i: number): void => {
    state[i] = 1;
    path.push(i);
    list(units[i].successors).forEach((item, k) => {
      const j = byAnyId.get(String(record(item).unit));
      if (j === undefined) return;
      if (state[j] === 1) {
        const cycle = [...path.slice(path.indexOf(j)), j].map((index) => String(units[index].id));
        report(['units', i, 'successors', k, 'unit'], 'successor-cycle', { cycle: cycle.join(' → ') });
      } else if (state[j] === 0) visit(j);
    });
    path.pop();
    state[i] = 2;
  };
  units.forEach((_, i) => state[i] === 0 && next(i).length > 0 && visit(i));
}

interface CodeSpan extends Period {
  code: string;
  upper?: string;
  path: Path;
}

/** The unit's codes through its life, each with the upper body of that time and where it is written. */
function codeSpans(unit: Partial<Unit>, i: number): CodeSpan[] {
  const life = lifeOf(unit);
  const changes = list(unit.changes).map((item, k) => ({ change: record(item), k })).filter(({ change }) => typeof change.date === 'string');
  changes.sort((a, b) => (String(a.change.date) < String(b.change.date) ? -1 : 1));
  const spans: CodeSpan[] = [];
  let current: CodeSpan = { code: unit.code ?? '', upper: unit.upper, path: ['units', i, 'code'], from: life.from };
  for (const { change, k } of changes) {
    const date = String(change.date);
    if (typeof change.code !== 'string' && typeof change.upper !== 'string') continue;
    spans.push({ ...current, until: date });
    current = { code: text(change.code) ?? current.code, upper: text(change.upper) ?? current.upper, from: date, path: typeof change.code === 'string' ? ['units', i, 'changes', k, 'code'] : current.path };
  }
  spans.push({ ...current, until: life.until });
  return spans.filter((span) => span.code !== '' && (span.from === undefined || span.until === undefined || span.from < span.until));
}

/** Codes are unique among units with the same upper body at the same time (a number is read with its header). */
function duplicateCodes(units: Partial<Unit>[], report: Report): void {
  const seen: (CodeSpan & { id: string })[] = [];
  units.forEach((unit, i) => {
    for (const span of codeSpans(unit, i)) {
      const clash = seen.find((other) => other.id !== unit.id && other.code === span.code && other.upper === span.upper && overlaps(other, span));
      if (clash) report(span.path, 'duplicate-unit-code', { code: span.code, other: clash.id, from: [span.from, clash.from].filter(Boolean).sort().at(-1) ?? '' });
    }
    seen.push(...codeSpans(unit, i).map((span) => ({ ...span, id: String(unit.id) })));
  });
}

function blocMembersAlive(config: Record<string, unknown>, units: Partial<Unit>[], byAnyId: Map<string, number>, report: Report): void {
  list(config.blocs).forEach((bloc, i) => {
    list(record(bloc).years).forEach((entry, j) => {
      const year = record(entry).year;
      if (typeof year !== 'number') return;
      list(record(entry).members).forEach((member, k) => {
        const index = byAnyId.get(String(member));
        if (index === undefined) return;
        const life = lifeOf(units[index]);
        if (!touchesYear(year, life)) report(['blocs', i, 'years', j, 'members', k], 'bloc-member-outside-life', { id: String(member), year, life: `${life.from ?? '…'} – ${life.until ?? '…'}` });
      });
    });
  });
}
