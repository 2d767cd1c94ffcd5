// The validation cache and its fact index are kept in shards that never pass a size limit (64 MiB): a shard that
// would is not written, the run says so in one line, and its findings, the next run's and a one-file run's stay
// exactly those of a run without any cache — never a silent cold run without a word, never a wrong verdict.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setShardLimit, takeCacheNotices } from '../../src/cache/store.js';
import { validateRepository } from '../../src/validate/run.js';
import { PROJECT } from '../helpers/run-cli.js';

const REPORT = '2024/bao-cao-quy-4-cd-bo-khdt.yaml';

afterEach(() => setShardLimit(64 * 1024 * 1024));

describe('a validation cache past its size limit', () => {
  it('is not written, says so, and every run gives the findings of a run without a cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-limit-'));
    cpSync(join(PROJECT, 'examples'), dir, { recursive: true });
    // A number used twice: a cross-document finding that needs the other report's facts.
    const report = join(dir, REPORT);
    writeFileSync(report, readFileSync(report, 'utf8').replace(/number: 05\//, 'number: 04/'));
    const env = { GIAOUOC_CACHE_DIR: mkdtempSync(join(tmpdir(), 'giaouoc-limit-cache-')) };
    const cold = await validateRepository({ cwd: dir, paths: [], env, cache: false });
    const coldOne = await validateRepository({ cwd: dir, paths: [report], env, cache: false });
    expect(cold.issues.some((issue) => issue.code === 'number-repeat')).toBe(true);
    expect(coldOne.issues.some((issue) => issue.code === 'number-repeat')).toBe(true);
    takeCacheNotices();

    setShardLimit(64);
    for (let round = 0; round < 2; round++) {
      expect((await validateRepository({ cwd: dir, paths: [], env })).issues).toEqual(cold.issues);
      // One line for the results' store, one for the index's.
      const notices = takeCacheNotices().map((text) => text.en);
      expect(notices.map((line) => line.replace(/^the cache .*\/(validate(-index)?) passed/, '$1 passed'))).toEqual([
        expect.stringMatching(/^validate passed its limit of .* per file and was not saved; results stay correct/),
        expect.stringMatching(/^validate-index passed its limit of .* per file and was not saved; results stay correct/),
      ]);
      expect((await validateRepository({ cwd: dir, paths: [report], env, index: true })).issues).toEqual(coldOne.issues);
      // No shard of the index could be saved, so there is none: the one-file run checks without it, and says again
      // that the results' store is past its limit.
      expect(takeCacheNotices().map((text) => text.en)).toEqual([expect.stringMatching(/^the cache .*validate passed its limit of .* and was not saved; results stay correct/)]);
    }

    // Back under the limit, the cache fills and answers as before.
    setShardLimit(64 * 1024 * 1024);
    expect((await validateRepository({ cwd: dir, paths: [], env })).issues).toEqual(cold.issues);
    expect((await validateRepository({ cwd: dir, paths: [], env })).issues).toEqual(cold.issues);
    expect((await validateRepository({ cwd: dir, paths: [report], env, index: true })).issues).toEqual(coldOne.issues);
    expect(takeCacheNotices()).toEqual([]);
  });
});
