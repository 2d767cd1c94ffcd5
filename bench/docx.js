// DOCX speed: 100 documents rendered to .docx in one process (templates → HTML → WordprocessingML → zip).
// Runs after `npm run build`:
//   node bench/docx.js [--n 100]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { buildViewModel, createTemplateEnvironment, renderViewDocx } from '../dist/render/index.js';
import { PROJECT, formatMs, markdownTable } from './lib.js';

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

/** The example documents as render inputs (a report gets the plan it names, or the plan of its year). */
function loadInputs() {
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

export async function runDocxBench({ n = 100 } = {}) {
  const inputs = loadInputs();
  if (inputs.length === 0) throw new Error('no example documents to render');
  const env = createTemplateEnvironment();
  const batch = Array.from({ length: n }, (_, i) => inputs[i % inputs.length]);
  const render = (input) => renderViewDocx(buildViewModel(input, env.profile), env, input.document.date);
  await render(batch[0]);
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (const input of batch) bytes += (await render(input)).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return [
    {
      name: `DOCX, ${n} documents`,
      value: `${seconds.toFixed(2)} s (${formatMs((seconds * 1000) / n)} each, ${Math.round(bytes / n / 1024)} KiB)`,
      goal: '< 5 s',
      ok: seconds < 5,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--n');
  const n = at > 0 ? Number(process.argv[at + 1]) : 100;
  const rows = await runDocxBench({ n });
  process.stdout.write(`${markdownTable(rows)}\n`);
}
