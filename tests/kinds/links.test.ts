// What each kind's entry says it leans on: the few-file validation, the cross rules, the print and `new` all ask it.
import { describe, expect, it } from 'vitest';
import { emptyFacts, type DocumentFacts } from '../../src/kinds/facts.js';
import type { KindName } from '../../src/kinds/model.js';
import { KINDS, KIND_NAMES, needsOf } from '../../src/kinds/registry.js';
import type { ScoreSheetFacts } from '../../src/kinds/score-sheet.js';

const place = { line: 1, column: 1, path: '' };
const facts = (kind: KindName, extra: Partial<ScoreSheetFacts> = {}): DocumentFacts => ({ ...emptyFacts(kind, 2025, { id: 'cd-a', ...place }), ...extra });

describe('the documents a kind leans on', () => {
  it('a report: the plan its `plan` names, else the plan of its year and issuer', () => {
    expect(needsOf(facts('report', { plan: { id: './2025/ke-hoach-cd-a.yaml', ...place } }))).toEqual([{ path: '2025/ke-hoach-cd-a.yaml' }]);
    expect(needsOf(facts('report'))).toEqual([{ kind: 'plan', year: 2025, issuer: 'cd-a' }]);
  });

  it('a plan: the compact of its year that `compact` names, or nothing', () => {
    expect(needsOf(facts('plan', { compact: { id: 'khoi-1', ...place } }))).toEqual([{ kind: 'compact', year: 2025, issuer: 'khoi-1' }]);
    expect(needsOf(facts('plan'))).toEqual([]);
  });

  it('a score sheet: its bloc’s table of the year; a scoring table: every sheet of its year', () => {
    expect(needsOf(facts('score-sheet', { bloc: { id: 'khoi-1', ...place } }))).toEqual([{ kind: 'scoring-table', year: 2025, issuer: 'khoi-1' }]);
    expect(needsOf(facts('score-sheet'))).toEqual([]);
    expect(needsOf(facts('scoring-table'))).toEqual([{ kind: 'score-sheet', year: 2025 }]);
  });

  it('a compact and a general document: nothing', () => {
    expect(needsOf(facts('compact'))).toEqual([]);
    expect(needsOf(facts('document'))).toEqual([]);
  });

  it('every kind followed is a registered one, and only a report and a score sheet print what they follow', () => {
    for (const kind of KINDS) if (kind.follows) expect(KIND_NAMES, kind.name).toContain(kind.follows.kind);
    expect(KINDS.filter((kind) => kind.follows?.printedAs).map((kind) => [kind.name, kind.follows?.printedAs])).toEqual([['report', 'plan'], ['score-sheet', 'scoringTable']]);
  });
});
