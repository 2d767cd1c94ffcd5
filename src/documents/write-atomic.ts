// Writes that never leave half a file: write a temporary file beside the target, flush it, then rename.
// The new file keeps the old one's mode; temp files left by a run that was killed are removed by the next
// write of the same target.

import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { access, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { UserError } from '../errors.js';

export interface AtomicWriteOptions {
  exclusive?: boolean;
  /**
   * Rewrite a symlinked target where it points (keeping the link) when that is inside this folder; a link
   * that leads outside it is refused. Without it a symlink is replaced by a plain file.
   */
  followLinksWithin?: string;
}

export async function writeFileAtomic(given: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const target = options.followLinksWithin ? linkTarget(given, options.followLinksWithin) : given;
  removeLeftovers(target);
  const mode = currentMode(target) ?? 0o644;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.exclusive) await refuseExisting(target);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function currentMode(target: string): number | undefined {
  try {
    return lstatSync(target).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function linkTarget(path: string, folder: string): string {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return path;
  }
  if (!info.isSymbolicLink()) return path;
  const real = realpathSync(path);
  const rel = relative(realpathSync(folder), real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new UserError({
      vi: `${path} là liên kết tượng trưng trỏ ra ngoài kho (${real}); giaouoc không ghi ra ngoài kho — hãy thay liên kết bằng tệp thật`,
      en: `${path} is a symlink leading outside the repository (${real}); giaouoc does not write outside it — replace the link with the file itself`,
    });
  }
  return real;
}

/** `.name.<pid>.<random>.tmp` beside the target whose process is gone. */
function removeLeftovers(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
    rmSync(join(dirname(target), name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function refuseExisting(target: string): Promise<void> {
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists) throw Object.assign(new Error(`${target} already exists`), { code: 'EEXIST' });
}
