// Two runs that read the same shard of the fact index and both change it must not leave a mix of their two views:
// the second save, under the store's lock, sees that the shard moved since it read it and marks the index for a
// rebuild instead of writing its own copy over the first run's.

import { mkdtempSync, readdirSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShardedStore } from '../../src/cache/store.js';

const HEAD = 'head';

function setup(): { open: () => ShardedStore<string>; folder: () => string } {
  const root = mkdtempSync(join(tmpdir(), 'giaouoc-guard-repo-'));
  const cache = mkdtempSync(join(tmpdir(), 'giaouoc-guard-cache-'));
  const open = () => ShardedStore.open<string>({ name: 'validate-index', root, env: { GIAOUOC_CACHE_DIR: cache }, format: 'test', shards: 2048 });
  const folder = () => {
    const repo = readdirSync(cache).find((name) => /^[0-9a-f]{32}$/.test(name))!;
    return join(cache, repo, 'validate-index');
  };
  return { open, folder };
}

describe('a guarded save', () => {
  it('writes when no other run wrote what this run read', async () => {
    const { open } = setup();
    const first = open();
    first.set(HEAD, 'g1');
    first.set('bucket', 'a');
    await first.save({ key: HEAD, value: 'invalid' });
    const second = open();
    expect([second.get(HEAD), second.get('bucket')]).toEqual(['g1', 'a']);
    second.set('bucket', 'b');
    await second.save({ key: HEAD, value: 'invalid' });
    expect([open().get(HEAD), open().get('bucket')]).toEqual(['g1', 'b']);
  });

  it('keeps the first of two overlapping runs and marks the index for a rebuild instead of writing the second', async () => {
    const { open } = setup();
    const seed = open();
    seed.set(HEAD, 'g1');
    seed.set('bucket', 'base');
    await seed.save({ key: HEAD, value: 'invalid' });

    const a = open();
    const b = open();
    expect([a.get(HEAD), a.get('bucket'), b.get(HEAD), b.get('bucket')]).toEqual(['g1', 'base', 'g1', 'base']);
    a.set('bucket', 'from a');
    b.set('bucket', 'from b');
    await a.save({ key: HEAD, value: 'invalid' });
    await b.save({ key: HEAD, value: 'invalid' });

    const after = open();
    expect(after.get('bucket')).toBe('from a');
    expect(after.get(HEAD)).toBe('invalid');
  });

  it('takes over a lock that a killed run left behind, and leaves no lock after saving', async () => {
    const { open, folder } = setup();
    const seed = open();
    seed.set(HEAD, 'g1');
    await seed.save({ key: HEAD, value: 'invalid' });
    const lock = join(folder(), '.lock');
    writeFileSync(lock, '999999');
    const old = new Date(Date.now() - 5 * 60 * 1000);
    utimesSync(lock, old, old);
    const next = open();
    next.get(HEAD);
    next.set(HEAD, 'g2');
    await next.save({ key: HEAD, value: 'invalid' });
    expect(open().get(HEAD)).toBe('g2');
    expect(existsSync(lock)).toBe(false);
  });
});
