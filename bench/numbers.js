// Benchmarks of the document numbers (issue goals: the number checks add at most 5% to validating 10,000
// documents cold; the outgoing register of 1,000 documents in under 2 s).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, PROJECT, WORK, formatMs, median, timeCommand, emptyCache } from './lib.js';
import { buildRepository } from './validate.js';

const GIT_ENV = { GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' };

/** One issuer's year of 1,000 numbered documents (copies of the example plan and reports), committed in git. */
function buildRegisterRepository(count) {
  const dir = join(WORK, `register-${count}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '2024'), { recursive: true });
  writeFileSync(join(dir, 'giaouoc.yaml'), readFileSync(join(PROJECT, 'examples', 'giaouoc.yaml')));
  const sources = ['ke-hoach-cd-bo-khdt.yaml', 'bao-cao-quy-1-cd-bo-khdt.yaml', 'bao-cao-quy-2-cd-bo-khdt.yaml'].map((file) => readFileSync(join(PROJECT, 'examples', '2024', file), 'utf8'));
  for (let i = 1; i <= count; i++) {
    const text = sources[i % sources.length].replace(/^number: (\d+)\/(.*)$/m, (_line, _n, symbol) => `number: ${String(i).padStart(2, '0')}/${symbol}`);
    writeFileSync(join(dir, '2024', `van-ban-${i}.yaml`), text);
  }
  const git = (args) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, stdio: 'ignore' });
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-qm', 'Văn bản năm 2024']);
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

export async function runNumbersBench({ quick = false, runs = 3 } = {}) {
  const rows = [];
  const env = { ...process.env, NO_COLOR: '1' };

  const registerDir = buildRegisterRepository(1000);
  const nodeFloor = timeCommand(process.execPath, ['-e', '0'], { runs: 5 }).ms;
  for (const format of ['xlsx', 'csv']) {
    const out = join(WORK, `so-dang-ky.${format}`);
    const { ms, result } = timeCommand(process.execPath, [BIN, 'so-dang-ky', '--year', '2024', '--format', format, '--out', out], { runs, cwd: registerDir, env });
    if (result.status !== 0) throw new Error(`so-dang-ky failed: ${result.stderr}`);
    rows.push({ name: `so-dang-ky, 1,000 documents, ${format.toUpperCase()}`, value: formatMs(ms), compare: `node -e 0: ${formatMs(nodeFloor)}`, goal: '< 2 s', ok: ms < 2000 });
  }

  // The number checks in-process, on the facts of a cold run, against that cold run of the whole CLI.
  const size = quick ? 1000 : 10000;
  const dir = buildRepository(size);
  const cacheDir = join(WORK, 'cache-numbers');
  const clearCache = () => emptyCache(cacheDir);
  const cold = timeCommand(process.execPath, [BIN, 'validate', '--quiet'], { runs, cwd: dir, env: { ...env, GIAOUOC_CACHE_DIR: cacheDir }, before: clearCache });
  if (cold.result.status !== 0) throw new Error(`validate failed on the bench repository: ${cold.result.stdout}${cold.result.stderr}`);
  const { validateRepository } = await import('../dist/validate/run.js');
  const { numberIssues } = await import('../dist/numbers/rules.js');
  const run = await validateRepository({ cwd: dir, paths: [], cache: false });
  const times = [];
  for (let i = 0; i < 5; i++) {
    const started = process.hrtime.bigint();
    numberIssues(run.config, run.documents);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const rules = median(times);
  const n = size.toLocaleString('en');
  rows.push({ name: `${n} documents: the number rules (${run.documents.filter((doc) => doc.facts.number).length} numbers), in-process`, value: formatMs(rules), compare: `validate, cold: ${formatMs(cold.ms)}`, ratio: `${((100 * rules) / cold.ms).toFixed(2)}%`, goal: '≤ 5%', ok: rules / cold.ms <= 0.05 });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdownTable } = await import('./lib.js');
  process.stdout.write(markdownTable(await runNumbersBench({ quick: process.argv.includes('--quick') })) + '\n');
}
