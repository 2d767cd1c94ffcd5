import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/numbers/lock.js';

describe('the numbering lock', () => {
  it('is held by one owner at a time and released', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'giaouoc-lock-')), 'cap-so.lock');
    const held = await acquireLock(path);
    expect(readFileSync(path, 'utf8')).toBe(`${process.pid}@${hostname()}`);
    await expect(acquireLock(path, { timeoutMs: 100 })).rejects.toThrow(/another numbering run holds this repository/);
    await held.release();
    expect(existsSync(path)).toBe(false);
    await (await acquireLock(path, { timeoutMs: 100 })).release();
  });

  it('takes over a lock whose process died on this machine, never one of another machine', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'giaouoc-lock-')), 'cap-so.lock');
    // Pids are below 2^22 on Linux: this one cannot be running.
    writeFileSync(path, `${2 ** 22 + 7}@${hostname()}`);
    await (await acquireLock(path, { timeoutMs: 100 })).release();
    writeFileSync(path, `${2 ** 22 + 7}@another-host`);
    await expect(acquireLock(path, { timeoutMs: 100 })).rejects.toThrow(/another numbering run/);
  });
});
