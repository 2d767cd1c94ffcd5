// A lock shared by every process working on one git repository: a file created with O_EXCL in git's common
// folder (so worktrees share it too). It holds the owner's pid; a lock left by a process that died is taken over.

import { hostname } from 'node:os';
import { open, readFile, rm } from 'node:fs/promises';
import { UserError } from '../errors.js';

export interface HeldLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another run to finish before giving up. */
  timeoutMs?: number;
  pollMs?: number;
}

export async function acquireLock(path: string, options: LockOptions = {}): Promise<HeldLock> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const poll = options.pollMs ?? 25;
  const owner = `${process.pid}@${hostname()}`;
  for (;;) {
    try {
      const handle = await open(path, 'wx', 0o644);
      try {
        await handle.writeFile(owner);
      } finally {
        await handle.close();
      }
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw lockError(path, error);
    }
    if (await abandoned(path)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new UserError({
        vi: `một lệnh cấp số khác đang chạy trong kho này (khóa ${path}); hãy đợi lệnh đó xong rồi chạy lại`,
        en: `another numbering run holds this repository (lock ${path}); wait for it to finish and run again`,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, poll + Math.random() * poll));
  }
}

/** The owner ran on this machine and is gone. A lock of another machine (a shared disk) is never taken over. */
async function abandoned(path: string): Promise<boolean> {
  const owner = await readFile(path, 'utf8').catch(() => '');
  const match = /^(\d+)@(.*)$/.exec(owner);
  if (!match || match[2] !== hostname()) return false;
  try {
    process.kill(Number(match[1]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function lockError(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new UserError(
    { vi: `không tạo được tệp khóa ${path} (${code}); hãy kiểm tra quyền ghi vào thư mục .git`, en: `cannot create the lock file ${path} (${code}); check write access to the .git folder` },
    { cause: error },
  );
}
