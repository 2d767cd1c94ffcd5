// How a document of one kind leans on documents of others: a report follows its plan, a plan the compact its tasks
// serve, a score sheet its bloc's scoring table; a scoring table's rules read the year's score sheets. Each kind's
// entry in registry.ts carries its own answer, so that nothing outside src/kinds names a kind to ask.

import type { DocumentFacts } from './facts.js';
import type { KindName } from './model.js';
import type { ScoreSheetFacts } from './score-sheet.js';

/** A document that another's rules read: one file by its path from the repository root, or those of a kind and year (and issuer). */
export type Need = { path: string } | { kind: KindName; year: number; issuer?: string };

export interface Follows {
  /** The kind of the document followed. */
  kind: KindName;
  /** How a document names the one it follows, from its facts: by path, or by that document's issuer; undefined when it names none. */
  need(facts: DocumentFacts): Need | undefined;
  /** Where its print is handed the followed document (a report prints its plan's tasks); null when the print does not read it. */
  printedAs: 'plan' | 'scoringTable' | null;
}

/** A report names its plan's file, or reports on the plan of its own year and issuer. */
export const REPORT_FOLLOWS: Follows = {
  kind: 'plan',
  need: (facts) => (facts.plan ? { path: facts.plan.id.replace(/^\.\//, '') } : { kind: 'plan', year: facts.year, issuer: facts.issuer.id }),
  printedAs: 'plan',
};

/** A plan's tasks serve the same year's compact of the issuer its `compact` names. */
export const PLAN_FOLLOWS: Follows = {
  kind: 'compact',
  need: (facts) => (facts.compact ? { kind: 'compact', year: facts.year, issuer: facts.compact.id } : undefined),
  printedAs: null,
};

/** A score sheet is scored by the same year's scoring table of the bloc it names. */
export const SCORE_SHEET_FOLLOWS: Follows = {
  kind: 'scoring-table',
  need: (facts) => {
    const bloc = (facts as ScoreSheetFacts).bloc?.id;
    return bloc ? { kind: 'scoring-table', year: facts.year, issuer: bloc } : undefined;
  },
  printedAs: 'scoringTable',
};

/** A scoring table's rules count the sheets of its members: every sheet of the year, whose bloc their full facts say. */
export const sheetsOfTheYear = (facts: DocumentFacts): Need[] => [{ kind: 'score-sheet', year: facts.year }];

export const nothingElse = (): Need[] => [];
