// Loads the example repository the way the render command will: giaouoc.yaml, every document, for a report
// the plan it names (or the plan of the same year and issuer), and for a score sheet its bloc's scoring table.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { KIND_NAMES } from '../../src/kinds/registry.js';
import type { PlanDocument, RepositoryConfig, ScoringTableDocument } from '../../src/kinds/model.js';
import type { RenderableDocument, RenderInput } from '../../src/render/view-model/types.js';

export const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));

export interface ExampleInput extends RenderInput {
  /** Path below examples/, with forward slashes: "2024/giao-uoc-khoi-thi-dua-1.yaml". */
  relativePath: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

export function loadExamples(): ExampleInput[] {
  const config = parse(readFileSync(join(examplesDir, 'giaouoc.yaml'), 'utf8')) as RepositoryConfig;
  const documents = yamlFiles(examplesDir)
    .map((file) => ({ file, relativePath: relative(examplesDir, file).split('\\').join('/') }))
    .filter(({ relativePath }) => relativePath !== 'giaouoc.yaml')
    .map(({ file, relativePath }) => ({ file, relativePath, document: parse(readFileSync(file, 'utf8')) as RenderableDocument }))
    .filter(({ document }) => (KIND_NAMES as readonly string[]).includes(document?.kind));
  const plans = documents.filter(({ document }) => document.kind === 'plan');
  const tables = documents.filter(({ document }) => document.kind === 'scoring-table');
  return documents.map(({ file, relativePath, document }) => {
    let plan: PlanDocument | undefined;
    let scoringTable: ScoringTableDocument | undefined;
    if (document.kind === 'score-sheet') {
      const table = tables.find((entry) => entry.document.year === document.year && entry.document.issuer === document.bloc);
      scoringTable = table?.document as ScoringTableDocument | undefined;
    }
    if (document.kind === 'report') {
      const named = document.plan ? plans.find((entry) => entry.relativePath === document.plan) : undefined;
      const same = plans.find((entry) => entry.document.year === document.year && entry.document.issuer === document.issuer);
      plan = (named ?? same)?.document as PlanDocument | undefined;
    }
    return { document, config, sourceFile: relative(join(examplesDir, '..'), file), relativePath, plan, scoringTable };
  });
}
