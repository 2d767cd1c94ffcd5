// `npm run bench -- --scale`: how the costs a user feels grow with the archive. Repositories of 1k and 10k documents
// (`--sizes=1000,10000,50000` adds 50k, which takes long to build and validate on a small machine), one of
// `--signatures=N` signed documents (1,000 by default, nine signatures each) and blocs of 50 and 500 members; for each,
// wall time and the peak resident memory of the command's process (workers are threads of it), beside `node -e 0`
// timed in the same run. Builders are the other benchmarks' (bench/validate.js, signatures.js, year-end.js).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, PROJECT, WORK, formatMs, median, emptyCache, untilAged } from './lib.js';
import { buildRepository as buildDocuments } from './validate.js';
import { buildRepository as buildSigned, gitEnv, pureEd25519 } from './signatures.js';
import { buildBloc } from './year-end.js';

const TIME = '/usr/bin/time';

/**
 * Runs node with `args` `runs` times under /usr/bin/time: median wall time, largest peak RSS, last result. With
 * `paired`, `node -e 0` runs just before each run and its median is the row's comparator: on a shared machine the
 * load moves between rows, and a comparator timed once per size says little about a row timed a minute later.
 */
function measure(args, { runs = 3, cwd, env, before, paired = false } = {}) {
  const walls = [];
  const floors = [];
  let peak = 0;
  let result;
  for (let i = 0; i < runs; i++) {
    before?.();
    if (paired) floors.push(measure(['-e', '0'], { runs: 1 }).ms);
    const started = process.hrtime.bigint();
    result = spawnSync(TIME, ['-f', 'giaouoc-bench-rss %M', process.execPath, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    walls.push(Number(process.hrtime.bigint() - started) / 1e6);
    const rss = /giaouoc-bench-rss (\d+)\s*$/.exec(result.stderr);
    if (rss) peak = Math.max(peak, Number(rss[1]) * 1024);
  }
  return { ms: median(walls), peak, result, floor: paired ? median(floors) : undefined };
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const MiB = 2 ** 20;
const twice = ['≤ 2× node -e 0', (timed, floor) => timed.ms <= 2 * floor];
const under = (ms) => [`≤ ${formatMs(ms)}`, (timed) => timed.ms <= ms];
// The memory goal is set for 10k documents; below that size it is checked as well, above it only reported.
const memory = (size, goal) => (size <= 10000 ? [`${goal ? goal[0] + ', ' : ''}≤ 300 MiB`, (timed, floor) => timed.peak <= 300 * MiB && (!goal || goal[1](timed, floor))] : goal);

/** goal: [text, met(timed, floor)] from the speed and memory goals, where it sets one. */
function row(name, timed, base, goal) {
  const floor = timed.floor ?? base;
  const failed = timed.result.status !== 0;
  const note = failed ? ` — exit ${timed.result.status}: ${(timed.result.stderr || timed.result.stdout).split('\n')[0]}` : '';
  return { name: name + note, value: `${formatMs(timed.ms)}, ${mib(timed.peak)}`, compare: `node -e 0: ${formatMs(floor)}`, ratio: (timed.ms / floor).toFixed(2) + '×', ...(goal ? { goal: goal[0], ok: !failed && goal[1](timed, floor) } : {}) };
}

export async function runScaleBench({ sizes = [1000, 10000], signatures = 1000, blocs = [50, 500] } = {}) {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to read peak memory (Debian package "time")`);
  const rows = [];
  const floor = () => measure(['-e', '0'], { runs: 5 }).ms;

  {
    // The goal for a cold one-file run is set in the examples: a report, which reads its plan and compact.
    const cwd = join(PROJECT, 'examples');
    const env = { ...process.env, NO_COLOR: '1', GIAOUOC_CACHE_DIR: join(WORK, 'scale-cache-examples') };
    const args = [BIN, 'validate', '--quiet', '--no-cache', join('2024', 'bao-cao-quy-4-cd-bo-khdt.yaml')];
    rows.push(row('examples: validate one report, --no-cache', measure(args, { runs: 7, cwd, env, paired: true }), 0, twice));
  }

  for (const size of sizes) {
    const n = size.toLocaleString('en');
    process.stderr.write(`bench: scale, ${n} documents…\n`);
    const cwd = buildDocuments(size);
    const cacheDir = join(WORK, `scale-cache-${size}`);
    const env = { ...process.env, NO_COLOR: '1', GIAOUOC_CACHE_DIR: cacheDir };
    const clear = () => emptyCache(cacheDir);
    const one = join('bo-0', '2024', 'giao-uoc-khoi-thi-dua-1.yaml');
    const base = floor();
    rows.push(row(`${n} documents: validate all, cold`, measure([BIN, 'validate', '--quiet'], { runs: 1, cwd, env, before: clear }), base, memory(size)));
    rows.push(row(`${n} documents: validate all, warm`, measure([BIN, 'validate', '--quiet'], { cwd, env }), base, memory(size)));
    rows.push(row(`${n} documents: validate one file, warm`, measure([BIN, 'validate', '--quiet', one], { runs: 5, cwd, env, paired: true }), base, memory(size, twice)));
    rows.push(row(`${n} documents: validate one file, --no-cache`, measure([BIN, 'validate', '--quiet', '--no-cache', one], { cwd, env, paired: true }), base, memory(size)));
  }

  process.stderr.write(`bench: scale, ${signatures} signed documents…\n`);
  const dir = join(WORK, `signatures-${signatures}`);
  const built = existsSync(join(dir, 'ready')) ? { repo: join(dir, 'repo'), env: gitEnv(join(dir, 'home')) } : buildSigned(dir, signatures);
  const cacheDir = join(dir, 'cache');
  const env = { ...built.env, NO_COLOR: '1', GIAOUOC_CACHE_DIR: cacheDir };
  const clear = () => emptyCache(cacheDir);
  const what = `${signatures.toLocaleString('en')} documents, ${(signatures * 9).toLocaleString('en')} signatures`;
  const base = floor();
  // verify --no-cache against node:crypto's own Ed25519 verification of the same signatures, timed in this run.
  const uncached = measure([BIN, 'verify', '--require-complete', '--no-cache'], { cwd: built.repo, env });
  const ed25519 = await pureEd25519(built.repo, built.env);
  rows.push({
    ...row(`${what}: verify --no-cache`, uncached, base, memory(signatures, [`≤ 2× pure Ed25519`, (timed) => timed.ms <= 2 * ed25519.ms])),
    compare: `pure Ed25519 (node:crypto, ${ed25519.signatures.toLocaleString('en')} signatures, every core): ${formatMs(ed25519.ms)}`,
    ratio: (uncached.ms / ed25519.ms).toFixed(2) + '×',
  });
  // The same run with every Ed25519 check answered at once: what the command costs besides the checks, beside the
  // same comparator. Its part of the goal's budget shows whether the goal can be met by overlapping the two at all.
  const rest = measure(['-r', join(PROJECT, 'bench', 'instant-checks.cjs'), BIN, 'verify', '--require-complete', '--no-cache'], { cwd: built.repo, env });
  rows.push({
    ...row(`${what}: verify --no-cache, its Ed25519 checks answered at once`, rest, base),
    compare: `pure Ed25519: ${formatMs(ed25519.ms)}`,
    ratio: (rest.ms / ed25519.ms).toFixed(2) + '×',
  });
  rows.push(row(`${what}: verify, first run (empty cache)`, measure([BIN, 'verify', '--require-complete'], { runs: 1, cwd: built.repo, env, before: clear }), base, memory(signatures)));
  rows.push(row(`${what}: verify, cached`, measure([BIN, 'verify', '--require-complete'], { cwd: built.repo, env, paired: true }), base, memory(signatures, under(500))));
  rows.push(row(`${what}: status, warm`, measure([BIN, 'status'], { cwd: built.repo, env, paired: true }), base, memory(signatures, under(500))));

  for (const members of blocs) {
    process.stderr.write(`bench: scale, bloc of ${members}…\n`);
    const cwd = buildBloc(members);
    await untilAged();
    const env = { ...process.env, NO_COLOR: '1', GIAOUOC_CACHE_DIR: join(WORK, `scale-bloc-cache-${members}`) };
    const base = floor();
    for (const command of ['summary', 'score']) {
      const args = [BIN, command, '--year', '2024', '--bloc', 'khoi-lon'];
      measure(args, { runs: 1, cwd, env });
      rows.push(row(`bloc of ${members} members: ${command}, cache warm`, measure(args, { cwd, env, paired: true }), base, members >= 500 && command === 'summary' ? under(1000) : undefined));
    }
  }
  return rows;
}
