// V8's code cache only saves start-up time: its entries are used only when they are this user's own, outside the
// repository and made for the very file being run; anything else is ignored and the script runs from its source.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT, runCli } from '../helpers/run-cli.js';

const LOADER = pathToFileURL(join(PROJECT, 'dist', 'startup', 'compiled-code.js')).href;

/** Loads `script` in a fresh Node through the code cache in `cache`, as the command-line start does. */
function load(script: string, cache: string, cwd: string, variant = ''): { value: string; hits: number } {
  const program = `
    import { codeCacheHits, loadCommonJs, saveCodeCache, useCodeCache } from ${JSON.stringify(LOADER)};
    useCodeCache({ GIAOUOC_CACHE_DIR: ${JSON.stringify(cache)} }, ${JSON.stringify(cwd)});
    const { value } = loadCommonJs(${JSON.stringify(script)}, ${JSON.stringify(variant)});
    saveCodeCache();
    process.stdout.write(JSON.stringify({ value: value(), hits: codeCacheHits() }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { value: string; hits: number };
}

function setup(): { dir: string; cache: string; script: string; entries: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'giaouoc-code-'));
  const cache = mkdtempSync(join(tmpdir(), 'giaouoc-code-cache-'));
  const script = join(dir, 'script.cjs');
  writeFileSync(script, "exports.value = () => 'một';\n");
  return { dir, cache, script, entries: () => readdirSync(join(cache, 'code')).filter((name) => name.endsWith('.v8')).map((name) => join(cache, 'code', name)) };
}

describe('the code cache', () => {
  it('is filled by the first run, private to the user, and used by the next', () => {
    const { dir, cache, script, entries } = setup();
    expect(load(script, cache, dir)).toEqual({ value: 'một', hits: 0 });
    expect(entries()).toHaveLength(1);
    expect(statSync(entries()[0]).mode & 0o777).toBe(0o600);
    expect(statSync(join(cache, 'code')).mode & 0o077).toBe(0);
    expect(load(script, cache, dir)).toEqual({ value: 'một', hits: 1 });
  });

  it('never runs the code of another version of the file, even one of the same length and time', () => {
    const { dir, cache, script } = setup();
    load(script, cache, dir);
    const before = statSync(script);
    writeFileSync(script, "exports.value = () => 'bốn';\n");
    utimesSync(script, before.atime, before.mtime);
    expect(statSync(script).size).toBe(before.size);
    expect(load(script, cache, dir)).toEqual({ value: 'bốn', hits: 0 });
    // One entry per script: the earlier build's is gone.
    expect(readdirSync(join(cache, 'code'))).toHaveLength(1);
    expect(load(script, cache, dir)).toEqual({ value: 'bốn', hits: 1 });
  });

  it('keeps an entry per variant, a bounded number of them', () => {
    const { dir, cache, script, entries } = setup();
    for (let variant = 0; variant < 18; variant++) load(script, cache, dir, `lệnh ${variant}`);
    expect(entries()).toHaveLength(16);
    expect(load(script, cache, dir, 'lệnh 17')).toEqual({ value: 'một', hits: 1 });
    expect(load(script, cache, dir, 'lệnh 0')).toEqual({ value: 'một', hits: 0 });
  });

  it('ignores an entry others may read or write, and one that is not code data, and runs the source', () => {
    const { dir, cache, script, entries } = setup();
    load(script, cache, dir);
    chmodSync(entries()[0], 0o644);
    expect(load(script, cache, dir)).toEqual({ value: 'một', hits: 0 });
    // Replaced by the run that could not use it.
    expect(statSync(entries()[0]).mode & 0o777).toBe(0o600);
    writeFileSync(entries()[0], 'không phải dữ liệu mã', { mode: 0o600 });
    expect(load(script, cache, dir)).toEqual({ value: 'một', hits: 0 });
    expect(load(script, cache, dir)).toEqual({ value: 'một', hits: 1 });
  });

  it('is not used at all inside the repository being worked in', () => {
    const { dir, script } = setup();
    writeFileSync(join(dir, 'giaouoc.yaml'), 'units: []\n');
    const inside = join(dir, '.cache');
    mkdirSync(inside, { mode: 0o700 });
    expect(load(script, inside, dir)).toEqual({ value: 'một', hits: 0 });
    expect(load(script, inside, dir)).toEqual({ value: 'một', hits: 0 });
    expect(readdirSync(join(inside, 'code'))).toEqual([]);
  });

  it('leaves the findings of the command as they are', () => {
    const cache = mkdtempSync(join(tmpdir(), 'giaouoc-code-cli-'));
    const args = ['validate', '--format', 'json', '--no-cache', '2024/bao-cao-quy-4-cd-bo-khdt.yaml'];
    const cwd = join(PROJECT, 'examples');
    const first = runCli(args, { cwd, env: { GIAOUOC_CACHE_DIR: cache } });
    const names = readdirSync(join(cache, 'code'));
    expect(names.some((name) => name.startsWith('main-'))).toBe(true);
    expect(names.some((name) => name.startsWith('report-'))).toBe(true);
    const second = runCli(args, { cwd, env: { GIAOUOC_CACHE_DIR: cache } });
    expect(second).toMatchObject({ code: first.code, stdout: first.stdout, stderr: first.stderr });
    for (const name of names) writeFileSync(join(cache, 'code', name), 'hỏng', { mode: 0o600 });
    expect(runCli(args, { cwd, env: { GIAOUOC_CACHE_DIR: cache } })).toMatchObject({ code: first.code, stdout: first.stdout, stderr: first.stderr });
  });
});
