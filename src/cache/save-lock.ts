// One writer at a time for a store whose shards must agree with each other (the fact index): a lock file made
// with O_EXCL in the store's folder. A lock left by a killed run is taken over once it is older than any save.

import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** No save holds the lock longer than this; an older lock was left by a run that died. */
const STALE_MS = 60_000;
/** How long a run waits for another's save before it gives up saving. */
const WAIT_MS = 10_000;
const POLL_MS = 25;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` holding the folder's lock; false, without running it, when the lock could not be had in time. */
export async function withSaveLock(dir: string, work: () => Promise<void>): Promise<boolean> {
  const file = join(dir, '.lock');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
      if (isStale(file)) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) return false;
      await pause(POLL_MS);
    }
  }
  try {
    await work();
  } finally {
    rmSync(file, { force: true });
  }
  return true;
}

function isStale(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}

/** What a shard file was when it was read: a save under the lock compares it to see whether another run wrote it since. */
export function fileStamp(path: string): string {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch {
    return 'absent';
  }
}
