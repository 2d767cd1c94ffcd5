// The parsed documents a command works on, after validation said they are sound: each requested document and the
// document it follows when its print reads that one — for a report, the plan it reports on (named in `plan:` or the
// plan of the same year and issuer); for a score sheet, the scoring table of its bloc that year. The kind's entry
// says which (src/kinds/links.ts).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Need } from '../kinds/links.js';
import type { AnyDocument, PlanDocument, ScoreSheetDocument, ScoringTableDocument } from '../kinds/model.js';
import { kindNamed } from '../kinds/registry.js';
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
      const follows = kindNamed(known.facts.kind)?.follows;
      const need = follows?.printedAs ? follows.need(known.facts) : undefined;
      const followed = need ? findNeeded(root, need, all) : undefined;
      const printed = followed && follows?.printedAs ? { [follows.printedAs]: await read(followed.file) } : {};
      return { file: known.file, relative: known.relative, document, plan: undefined, scoringTable: undefined, ...printed } as LoadedDocument;
    }),
  );
}

/** The document a need names, as the print finds it: by path from the root, or by kind, year and issuer. */
function findNeeded(root: string, need: Need, all: readonly KnownDocument[]): KnownDocument | undefined {
  if ('path' in need) return all.find((doc) => doc.file === join(root, need.path));
  return all.find((doc) => doc.facts.kind === need.kind && doc.facts.year === need.year && doc.facts.issuer.id === need.issuer);
}
