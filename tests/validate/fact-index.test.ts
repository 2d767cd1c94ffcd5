// Validating one file with a warm cache goes through the fact index and reads only what that file's rules need;
// its findings must be exactly those of a whole-repository run, a changed other file must be noticed, and a
// damaged or oversized index must give the same findings with one line saying so.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShardedStore, shardNameOf, takeCacheNotices } from '../../src/cache/store.js';
import { HEAD_SHARD, MAX_SHARDS } from '../../src/validate/fact-index.js';
import { validateRepository } from '../../src/validate/run.js';
import { PROJECT, runCli } from '../helpers/run-cli.js';

const REPORT = '2024/bao-cao-quy-4-cd-bo-khdt.yaml';
const OTHER = '2024/bao-cao-quy-3-cd-bo-khdt.yaml';
const PLAN = '2024/ke-hoach-cd-bo-khdt.yaml';

const summary = (dir: string, issues: { file: string; line: number; column: number; code: string }[]) =>
  issues.map((issue) => `${relative(dir, issue.file)}:${issue.line}:${issue.column} ${issue.code}`);

/** A copy of the examples whose files are old enough for their stat data to vouch for them (src/cache/racy.ts: RACY_MS). */
async function repository(): Promise<{ dir: string; cache: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'giaouoc-index-'));
  cpSync(join(PROJECT, 'examples'), dir, { recursive: true });
  await new Promise((resolve) => setTimeout(resolve, 2100));
  return { dir, cache: mkdtempSync(join(tmpdir(), 'giaouoc-index-cache-')) };
}

function edit(dir: string, file: string, from: RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

function indexShards(cache: string): string {
  const repo = readdirSync(cache).find((name) => /^[0-9a-f]{32}$/.test(name))!;
  return join(cache, repo, 'validate-index');
}

describe('validating one file through the fact index', () => {
  it('gives every example file, broken references and a repeated number included, the findings of a whole run', async () => {
    const { dir, cache } = await repository();
    const env = { GIAOUOC_CACHE_DIR: cache };
    const whole = await validateRepository({ cwd: dir, paths: [], env });
    edit(dir, '2023/ke-hoach-cd-bo-noi-vu.yaml', /id: ([a-z0-9-]+)\n(\s+content:)/, 'id: $1-doi-ten\n$2');
    edit(dir, '2024/giao-uoc-khoi-thi-dua-1.yaml', /(targets:\n\s+- id: )([a-z0-9-]+)/, '$1$2-doi-ten');
    edit(dir, '2024/cham-diem-cd-bo-khcn.yaml', /points: \d+/, 'points: 999');
    edit(dir, REPORT, /number: 05\//, 'number: 04/');
    // A second scoring table of the bloc and year, and a report twice: duplicates and the later table's checks.
    cpSync(join(dir, '2024', 'bang-diem-khoi-thi-dua-1.yaml'), join(dir, '2024', 'bang-diem-khoi-thi-dua-1-ban-2.yaml'));
    cpSync(join(dir, OTHER), join(dir, '2024', 'bao-cao-quy-3-ban-sao.yaml'));
    // Whole runs keep the index in step with what they re-checked.
    const after = await validateRepository({ cwd: dir, paths: [], env });
    expect(after.issues.filter((issue) => issue.severity === 'error').length).toBeGreaterThanOrEqual(4);
    expect(summary(dir, after.issues)).toContain(`${REPORT}:8:9 number-repeat`);
    expect(summary(dir, after.issues).some((line) => line.includes('duplicate-document'))).toBe(true);
    for (const doc of after.documents) {
      const alone = await validateRepository({ cwd: dir, paths: [doc.file], env, index: true });
      // Through the index, not a pass over the repository: only the documents the file's rules read are known.
      expect(alone.documents.length, doc.relative).toBeLessThan(whole.documents.length);
      const expected = after.issues.filter((issue) => issue.file === doc.file || issue.file === join(dir, 'giaouoc.yaml'));
      expect(summary(dir, alone.issues), doc.relative).toEqual(summary(dir, expected));
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('finds a collision with an unchanged file and notices when another file changes or goes', async () => {
    const { dir, cache } = await repository();
    const env = { GIAOUOC_CACHE_DIR: cache };
    const json = (...args: string[]) => runCli(['validate', '--format', 'json', ...args], { cwd: dir, env });
    expect(runCli(['validate', '--quiet'], { cwd: dir, env }).code).toBe(0);

    edit(dir, REPORT, /number: 05\//, 'number: 04/');
    const repeated = json(REPORT);
    expect(repeated.code).toBe(1);
    expect(repeated.stdout).toContain('number-repeat');
    expect(repeated.stdout).toContain(OTHER);
    expect(repeated.stdout).toBe(json('--no-cache', REPORT).stdout);

    // The other file takes another number: the repeat is gone.
    edit(dir, OTHER, /number: 04\//, 'number: 07/');
    const moved = json(REPORT);
    expect(moved.stdout).not.toContain('number-repeat');
    expect(moved.stdout).toBe(json('--no-cache', REPORT).stdout);

    // The plan the report points at loses a task the report names.
    edit(dir, PLAN, /id: tuyen-truyen-luat-cong-doan\n/, 'id: tuyen-truyen-luat-cong-doan-doi-ten\n');
    const planChanged = json(REPORT);
    expect(planChanged.stdout).toContain('unknown-task');
    expect(planChanged.stdout).toBe(json('--no-cache', REPORT).stdout);

    // The plan goes away altogether.
    rmSync(join(dir, PLAN));
    const planGone = json(REPORT);
    expect(planGone.stdout).toContain('plan-missing');
    expect(planGone.stdout).toBe(json('--no-cache', REPORT).stdout);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('says in one line that a tampered or oversized index was not used, and gives the whole run’s findings', async () => {
    const { dir, cache } = await repository();
    const env = { GIAOUOC_CACHE_DIR: cache };
    expect(runCli(['validate', '--quiet'], { cwd: dir, env }).code).toBe(0);
    edit(dir, REPORT, /number: 05\//, 'number: 04/');
    expect(runCli(['validate', '--quiet', REPORT], { cwd: dir, env }).stderr).toBe('');
    const expected = runCli(['validate', '--format', 'json', '--no-cache', REPORT], { cwd: dir, env }).stdout;
    expect(expected).toContain('number-repeat');
    const shards = indexShards(cache);
    const head = `${HEAD_SHARD}.bin`;

    // Every bucket's shard tampered with, the head left sound: no bucket may read as empty.
    for (const name of readdirSync(shards).filter((entry) => entry.endsWith('.bin') && entry !== head)) {
      const path = join(shards, name);
      const bytes = readFileSync(path);
      bytes[bytes.length - 1] ^= 0xff;
      writeFileSync(path, bytes);
    }
    const tampered = runCli(['validate', '--format', 'json', '--lang', 'en', REPORT], { cwd: dir, env });
    expect(tampered.stdout).toBe(runCli(['validate', '--format', 'json', '--lang', 'en', '--no-cache', REPORT], { cwd: dir, env }).stdout);
    expect(tampered.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^giaouoc: the validation cache index is damaged/)]);
    // That run rebuilt the index: the next one goes through it again, silently.
    const rebuilt = runCli(['validate', '--format', 'json', REPORT], { cwd: dir, env });
    expect(rebuilt.stderr).toBe('');
    expect(rebuilt.stdout).toBe(expected);

    // The head's shard past the size limit (a sparse file: nothing is written to disk).
    truncateSync(join(shards, head), 65 * 1024 * 1024);
    const oversized = runCli(['validate', '--format', 'json', REPORT], { cwd: dir, env });
    expect(oversized.stdout).toBe(expected);
    expect(oversized.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^giaouoc: chỉ mục của bộ nhớ đệm kiểm tra bị hỏng/)]);
    expect(runCli(['validate', '--format', 'json', REPORT], { cwd: dir, env }).stderr).toBe('');
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('rebuilds without a word an index an earlier giaouoc wrote (another format), and gives the whole run’s findings', async () => {
    const { dir, cache } = await repository();
    const env = { GIAOUOC_CACHE_DIR: cache };
    const earlier = ShardedStore.open<unknown>({ name: 'validate-index', root: dir, env, format: 'an earlier build', shards: MAX_SHARDS });
    earlier.set('head', { g: 'earlier', config: 'earlier' });
    earlier.set(PLAN, { g: 'earlier', m: [] });
    await earlier.save();
    expect(readdirSync(indexShards(cache)).filter((name) => name.endsWith('.bin')).length).toBeGreaterThan(0);
    const first = runCli(['validate', '--format', 'json', REPORT], { cwd: dir, env });
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(runCli(['validate', '--format', 'json', '--no-cache', REPORT], { cwd: dir, env }).stdout);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('builds the index in a small repository on the second run on a few files, or on a run on the repository’s folder', async () => {
    const { dir, cache } = await repository();
    const env = { GIAOUOC_CACHE_DIR: cache };
    const one = (file: string) => validateRepository({ cwd: dir, paths: [join(dir, file)], env, index: true });
    const fullyChecked = (run: { documents: { light?: boolean }[] }) => run.documents.filter((doc) => !doc.light).length;
    const reference = await validateRepository({ cwd: dir, paths: [], env: {}, cache: false });
    const expected = summary(dir, reference.issues.filter((issue) => issue.file === join(dir, REPORT) || issue.file === join(dir, 'giaouoc.yaml')));
    const first = await one(REPORT);
    const second = await one(REPORT);
    const third = await one(REPORT);
    // The first run checks what the report's rules need; the second passes over the repository and builds the index;
    // the third goes through it and knows only the documents the report's rules read.
    expect(fullyChecked(first)).toBeLessThan(reference.documents.length);
    expect(fullyChecked(second)).toBe(reference.documents.length);
    expect(third.documents.length).toBeLessThan(reference.documents.length);
    for (const run of [first, second, third]) expect(summary(dir, run.issues)).toEqual(expected);
    // The repository's folder named as the path (as in `giaouoc validate examples`) is a whole run: it builds the index.
    rmSync(cache, { recursive: true, force: true });
    await validateRepository({ cwd: tmpdir(), paths: [dir], env });
    const indexed = await one(REPORT);
    expect(indexed.documents.length).toBeLessThan(reference.documents.length);
    expect(summary(dir, indexed.issues)).toEqual(expected);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('checks, in a large repository without an index, only what a file’s rules need, and says in one line that one whole run builds the index', async () => {
    const { dir, cache } = await repository();
    const env = { GIAOUOC_CACHE_DIR: cache };
    // An archive of 2,000 more reports, each of its own year and issuer: none of them is needed by the report's rules.
    const text = readFileSync(join(dir, REPORT), 'utf8');
    mkdirSync(join(dir, 'luu-tru'));
    for (let year = 1000; year < 3000; year++) {
      writeFileSync(join(dir, 'luu-tru', `${year}.yaml`), text.replace(/^year: 2024$/m, `year: ${year}`).replace(/^issuer: .*$/m, `issuer: don-vi-${year}`));
    }
    // One process: the validation workers run from the build, which an in-process run from the sources has not.
    const one = () => validateRepository({ cwd: dir, paths: [join(dir, REPORT)], env, index: true, jobs: 1 });
    const fullyChecked = (run: { documents: { light?: boolean }[] }) => run.documents.filter((doc) => !doc.light).length;
    takeCacheNotices();
    const first = await one();
    const again = await one();
    expect(first.documents.length).toBeGreaterThan(2000);
    for (const run of [first, again]) expect(fullyChecked(run)).toBeLessThan(20);
    expect(takeCacheNotices()).toEqual([
      {
        vi: expect.stringMatching(/^kho có 20\d\d văn bản mà bộ nhớ đệm chưa có chỉ mục .*`giaouoc validate` cho cả kho một lần/),
        en: expect.stringMatching(/^the repository has 20\d\d documents and the cache has no index yet.*run `giaouoc validate` on the whole repository once/),
      },
    ]);
    const whole = await validateRepository({ cwd: dir, paths: [], env, jobs: 1 });
    const indexed = await one();
    expect(takeCacheNotices()).toEqual([]);
    expect(indexed.documents.length).toBeLessThan(20);
    const expected = summary(dir, whole.issues.filter((issue) => issue.file === join(dir, REPORT) || issue.file === join(dir, 'giaouoc.yaml')));
    for (const run of [first, again, indexed]) expect(summary(dir, run.issues)).toEqual(expected);
    // The line as the command prints it.
    rmSync(cache, { recursive: true, force: true });
    const printed = runCli(['validate', '--quiet', '--lang', 'en', REPORT], { cwd: dir, env });
    expect(printed.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^giaouoc: the repository has 20\d\d documents and the cache has no index yet/)]);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }, 60_000);

  it('spreads a small repository’s index over 16 shard files, and a rebuild leaves no file of another count', async () => {
    const { dir, cache } = await repository();
    const env = { GIAOUOC_CACHE_DIR: cache };
    const shardFiles = () => readdirSync(indexShards(cache)).filter((name) => name.endsWith('.bin')).sort();
    await validateRepository({ cwd: dir, paths: [], env });
    expect(shardFiles()).toEqual([...Array.from({ length: 16 }, (_, index) => `${index.toString(16).padStart(3, '0')}.bin`), `${HEAD_SHARD}.bin`]);
    // A shard of a rebuild over more shards, left behind; a registry edited since: the next whole run rebuilds.
    writeFileSync(join(indexShards(cache), '7ff.bin'), 'left over');
    writeFileSync(join(dir, 'giaouoc.yaml'), `${readFileSync(join(dir, 'giaouoc.yaml'), 'utf8')}# sửa\n`);
    await validateRepository({ cwd: dir, paths: [], env });
    expect(shardFiles()).not.toContain('7ff.bin');
    expect(shardFiles()).toHaveLength(17);
    const one = await validateRepository({ cwd: dir, paths: [join(dir, REPORT)], env, index: true });
    const whole = await validateRepository({ cwd: dir, paths: [], env });
    expect(one.documents.length).toBeLessThan(whole.documents.length);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('keeps, when a run that read a few entries saves, the entries of the same shard it did not read', async () => {
    const { dir, cache } = await repository();
    const open = () => ShardedStore.open<string>({ name: 'validate', root: dir, env: { GIAOUOC_CACHE_DIR: cache }, format: 'test', prune: true });
    // Two keys of one shard.
    const keys = ['a'];
    for (let n = 0; keys.length < 2; n++) if (shardNameOf(`k${n}`) === shardNameOf('a')) keys.push(`k${n}`);
    const whole = open();
    for (const key of keys) whole.set(key, key);
    await whole.save();
    const few = open();
    few.setPruning(false);
    few.set('a', 'changed');
    await few.save();
    const after = open();
    expect([after.get('a'), after.get(keys[1])]).toEqual(['changed', keys[1]]);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });
});
