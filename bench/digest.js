// The main-thread cost of a document's content digest (decode, parse, canonical JSON, sha256) as `verify --no-cache`
// pays it: every .yaml file of a repository through contentFactsOf(parseContent(bytes)), once, in a fresh process
// whose JIT is cold, as in a user's run; then the warm cost per document. Runs after `npm run build`:
//   node bench/digest.js [folder, default bench/.work/signatures-1000/repo] [--runs=5]
// The figures are wall times on a shared machine: compare them only with a run of the same moment.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROJECT, WORK, median } from './lib.js';

const args = process.argv.slice(2);

if (args[0] === '--child') {
  const files = yamlFiles(args[1]);
  const contents = files.map((path) => readFileSync(path));
  const { contentFactsOf, parseContent } = await import(pathToFileURL(join(PROJECT, 'dist/repo/content-facts.js')).href);
  const digestOne = (bytes) => contentFactsOf(parseContent(bytes));
  const started = performance.now();
  for (const bytes of contents) digestOne(bytes);
  const cold = performance.now() - started;
  const passes = [];
  for (let pass = 0; pass < Number(args[2]); pass++) {
    const from = performance.now();
    for (const bytes of contents) digestOne(bytes);
    passes.push(performance.now() - from);
  }
  process.stdout.write(JSON.stringify({ documents: contents.length, cold, warmPerDocument: passes.length ? median(passes) / contents.length : null }));
} else {
  const folder = args.find((arg) => !arg.startsWith('--')) ?? join(WORK, 'signatures-1000', 'repo');
  const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 5);
  const self = fileURLToPath(import.meta.url);
  const child = (passes) => {
    const result = spawnSync(process.execPath, [self, '--child', folder, String(passes)], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`digest benchmark child failed: ${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  const colds = [];
  let documents = 0;
  for (let run = 0; run < runs; run++) {
    const { documents: count, cold } = child(0);
    colds.push(cold);
    documents = count;
  }
  const { warmPerDocument } = child(20);
  console.log(`${documents} documents in ${folder}`);
  console.log(`cold, fresh process: median ${median(colds).toFixed(1)} ms of ${runs} (${colds.map((ms) => ms.toFixed(0)).join(', ')})`);
  console.log(`warm: ${(warmPerDocument * 1000).toFixed(1)} µs a document (median of 20 passes)`);
}

function yamlFiles(root) {
  const out = [];
  for (const name of readdirSync(root).sort()) {
    if (name === '.git' || name === 'node_modules') continue;
    const path = join(root, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (name.endsWith('.yaml')) out.push(path);
  }
  return out;
}
