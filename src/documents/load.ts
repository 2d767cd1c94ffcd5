// The parsed documents a command works on, after validation said they are sound: each requested document and,
// for a report, the plan it reports on (named in `plan:` or the plan of the same year and issuer); for a score
// sheet, the scoring table of its bloc that year.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnyDocument, PlanDocument, ScoreSheetDocument, ScoringTableDocument } from '../kinds/model.js';
import type { ScoreSheetFacts } from '../kinds/score-sheet.js';
import type { KnownDocument } from '../validate/cross-rules.js';
import { parseSource } from './parse.js';

export interface LoadedDocument {
  file: string;
  relative: string;
  document: AnyDocument | ScoringTableDocument | ScoreSheetDocument;
  plan?: PlanDocument;
  scoringTable?: ScoringTableDocument;
}

type Loadable = LoadedDocument['document'];

export async function loadDocuments(root: string, wanted: readonly KnownDocument[], all: readonly KnownDocument[]): Promise<LoadedDocument[]> {
  const cache = new Map<string, Promise<Loadable>>();
  const read = (file: string) => {
    let pending = cache.get(file);
    if (!pending) {
      pending = readFile(file, 'utf8').then((text) => parseSource(text.replace(/^\uFEFF/, '')).value as Loadable);
      cache.set(file, pending);
    }
    return pending;
  };
  return Promise.all(
    wanted.map(async (known) => {
      const document = await read(known.file);
      const planEntry = known.facts.kind === 'report' ? planOf(root, known, all) : undefined;
      const plan = planEntry ? ((await read(planEntry.file)) as PlanDocument) : undefined;
      const tableEntry = known.facts.kind === 'score-sheet' ? scoringTableOf(known, all) : undefined;
      const scoringTable = tableEntry ? ((await read(tableEntry.file)) as ScoringTableDocument) : undefined;
      return { file: known.file, relative: known.relative, document, plan, scoringTable };
    }),
  );
}

function planOf(root: string, report: KnownDocument, all: readonly KnownDocument[]): KnownDocument | undefined {
  const named = report.facts.plan?.id.replace(/^\.\//, '');
  if (named) return all.find((doc) => doc.file === join(root, named));
  return all.find((doc) => doc.facts.kind === 'plan' && doc.facts.year === report.facts.year && doc.facts.issuer.id === report.facts.issuer.id);
}

function scoringTableOf(sheet: KnownDocument, all: readonly KnownDocument[]): KnownDocument | undefined {
  const bloc = (sheet.facts as ScoreSheetFacts).bloc?.id;
  return all.find((doc) => doc.facts.kind === 'scoring-table' && doc.facts.year === sheet.facts.year && doc.facts.issuer.id === bloc);
}
