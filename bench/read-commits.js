// Reading and parsing every commit of a repository, as `verify --no-cache` does on its main thread: one
// `cat-file` batch asked in slices of 1,000 (the next slice asked before this one is parsed, as src/repo/history.ts
// does) and parseCommitObject on each. Prints the median process CPU time and wall time of that phase over cold
// processes; `git rev-list` and loading the modules are outside it.
// Runs after `npm run build`:
//   node bench/read-commits.js [--repo DIR --home DIR] [--dist DIR] [--runs 5]
// The default repository is the one signatures.js builds (1,000 documents, 9,000 signed commits). --dist points at
// another build's dist/ (an earlier commit's, built elsewhere) to compare the two on the same repository.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { WORK } from './lib.js';

const SLICE = 1000;

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

async function once(dist, repo, home) {
  const { CatFileBatch } = await import(pathToFileURL(join(dist, 'repo', 'cat-file.js')).href);
  // An older build kept the git process helpers in cat-file.js.
  const processes = existsSync(join(dist, 'repo', 'git-process.js')) ? 'git-process.js' : 'cat-file.js';
  const { gitEnvironment, listCommits } = await import(pathToFileURL(join(dist, 'repo', processes)).href);
  const { parseCommitObject } = await import(pathToFileURL(join(dist, 'repo', 'commit-object.js')).href);
  const env = { ...gitEnvironment(), HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' };
  const oids = await listCommits(repo, 'HEAD', undefined, { env });
  const cpu = process.cpuUsage();
  const started = performance.now();
  const batch = new CatFileBatch(repo, { env });
  let ahead = batch.readMany(oids.slice(0, SLICE));
  let signed = 0;
  for (let from = 0; from < oids.length; from += SLICE) {
    const read = await ahead;
    if (from + SLICE < oids.length) ahead = batch.readMany(oids.slice(from + SLICE, from + 2 * SLICE));
    for (const oid of oids.slice(from, from + SLICE)) if (parseCommitObject(read.get(oid).content).gpgsig) signed++;
  }
  await batch.close();
  const used = process.cpuUsage(cpu);
  return { commits: oids.length, signed, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dist = resolve(option('dist', new URL('../dist', import.meta.url).pathname));
const repo = resolve(option('repo', join(WORK, 'signatures-1000', 'repo')));
const home = resolve(option('home', join(WORK, 'signatures-1000', 'home')));
if (process.argv.includes('--once')) {
  process.stdout.write(`${JSON.stringify(await once(dist, repo, home))}\n`);
} else {
  const runs = Number(option('runs', '5'));
  const results = [];
  for (let run = 0; run < runs; run++) {
    const output = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--once', '--dist', dist, '--repo', repo, '--home', home], { encoding: 'utf8' });
    results.push(JSON.parse(output));
  }
  const { commits, signed } = results[0];
  const cpu = results.map((result) => result.cpuMs);
  process.stdout.write(
    `read and parse ${commits} commits (${signed} signed), ${runs} cold processes: ` +
      `CPU median ${median(cpu).toFixed(0)} ms (${cpu.map((ms) => ms.toFixed(0)).join(', ')}), ` +
      `wall median ${median(results.map((result) => result.wallMs)).toFixed(0)} ms\n`,
  );
}
