// The parsed documents a command works on, after validation said they are sound: each requested document and,
// for a report, the plan it reports on (named in `plan:` or the plan of the same year and issuer).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnyDocument, PlanDocument } from '../kinds/model.js';
import type { KnownDocument } from '../validate/cross-rules.js';
import { parseSource } from './parse.js';

export interface LoadedDocument {
  file: string;
  relative: string;
  document: AnyDocument;
  plan?: PlanDocument;
}

export async function loadDocuments(root: string, wanted: readonly KnownDocument[], all: readonly KnownDocument[]): Promise<LoadedDocument[]> {
  const cache = new Map<string, Promise<AnyDocument>>();
  const read = (file: string) => {
    let pending = cache.get(file);
    if (!pending) {
      pending = readFile(file, 'utf8').then((text) => parseSource(text.replace(/^\uFEFF/, '')).value as AnyDocument);
      cache.set(file, pending);
    }
    return pending;
  };
  return Promise.all(
    wanted.map(async (known) => {
      const document = await read(known.file);
      const planEntry = known.facts.kind === 'report' ? planOf(root, known, all) : undefined;
      const plan = planEntry ? ((await read(planEntry.file)) as PlanDocument) : undefined;
      return { file: known.file, relative: known.relative, document, plan };
    }),
  );
}

function planOf(root: string, report: KnownDocument, all: readonly KnownDocument[]): KnownDocument | undefined {
  const named = report.facts.plan?.id.replace(/^\.\//, '');
  if (named) return all.find((doc) => doc.file === join(root, named));
  return all.find((doc) => doc.facts.kind === 'plan' && doc.facts.year === report.facts.year && doc.facts.issuer.id === report.facts.issuer.id);
}
