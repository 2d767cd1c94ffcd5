// The example documents as render inputs, shared by the rendering benchmarks: a report gets the plan it names,
// or the plan of its year and issuer. The three kinds that need no other document are enough for timing.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { PROJECT } from './lib.js';

const EXAMPLES = join(PROJECT, 'examples');
const KINDS = ['compact', 'plan', 'report'];

function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry.name) && entry.name !== 'giaouoc.yaml' ? [path] : [];
    })
    .sort();
}

export function loadExampleInputs() {
  const config = parse(readFileSync(join(EXAMPLES, 'giaouoc.yaml'), 'utf8'));
  const docs = yamlFiles(EXAMPLES)
    .map((file) => ({ file, document: parse(readFileSync(file, 'utf8')) }))
    .filter(({ document }) => KINDS.includes(document?.kind));
  const planOf = (report) =>
    docs.find(({ file }) => report.plan && relative(EXAMPLES, file) === report.plan)?.document ??
    docs.find(({ document }) => document.kind === 'plan' && document.year === report.year && document.issuer === report.issuer)
      ?.document;
  return docs.map(({ file, document }) => ({
    document,
    config,
    sourceFile: file,
    plan: document.kind === 'report' ? planOf(document) : undefined,
  }));
}
