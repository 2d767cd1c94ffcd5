// Year-end commands read the documents the validation run vouched for from the store of parsed documents; the
// answer must be the one a run without any cache gives, after an edit and with a tampered store too.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, runCli } from '../helpers/run-cli.js';

describe('year-end commands reading stored documents', () => {
  it('print what a run without cache prints, before and after an edit and with the store tampered with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-values-'));
    const cache = mkdtempSync(join(tmpdir(), 'giaouoc-values-cache-'));
    cpSync(join(PROJECT, 'examples'), dir, { recursive: true });
    const env = { GIAOUOC_CACHE_DIR: cache };
    const summary = (...flags: string[]) => runCli(['summary', '--year', '2024', '--issuer', 'cd-bo-khdt', '--format', 'json', ...flags], { cwd: dir, env });
    const expected = summary('--no-cache');
    expect(expected.code).toBe(0);
    expect(summary().stdout).toBe(expected.stdout);
    const store = join(cache, readdirSync(cache).find((name) => /^[0-9a-f]{32}$/.test(name))!, 'documents');
    expect(readdirSync(store).filter((name) => name.endsWith('.bin')).length).toBeGreaterThan(0);
    // The second run reads the stored values.
    expect(summary().stdout).toBe(expected.stdout);

    const report = join(dir, '2024', 'bao-cao-quy-4-cd-bo-khdt.yaml');
    writeFileSync(report, readFileSync(report, 'utf8').replace('value: 3\n', 'value: 2\n'));
    const edited = summary('--no-cache');
    expect(edited.stdout).not.toBe(expected.stdout);
    expect(summary().stdout).toBe(edited.stdout);

    for (const name of readdirSync(store).filter((entry) => entry.endsWith('.bin'))) {
      const path = join(store, name);
      const bytes = readFileSync(path);
      bytes[bytes.length - 1] ^= 0xff;
      writeFileSync(path, bytes);
      expect(statSync(path).size).toBe(bytes.length);
    }
    expect(summary().stdout).toBe(edited.stdout);
    expect(summary().stdout).toBe(edited.stdout);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });
});
