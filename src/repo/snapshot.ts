// A past revision as a folder: the tree of one commit, written out from ONE `git archive` into a temporary
// folder, so every reader (validation, year-end computations) sees the repository exactly as it stood then.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { runGit } from './git-process.js';
import { openLayout } from './layout.js';

export interface Revision {
  /** Full commit id. */
  commit: string;
  /** Abbreviated id, as printed in outputs. */
  short: string;
  /** The document root inside the snapshot folder. */
  root: string;
}

export async function withRevision<T>(root: string, rev: string, fn: (revision: Revision) => Promise<T>, env?: NodeJS.ProcessEnv): Promise<T> {
  const layout = await openLayout(root, env);
  const resolved = await layout.git.probe(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (resolved.code !== 0) {
    throw new UserError({ vi: `không có phiên bản “${rev}” trong kho git; hãy xem \`git log\` để chọn mã commit hoặc tên nhánh, thẻ`, en: `there is no revision “${rev}” in the git repository; pick a commit, branch or tag from \`git log\`` });
  }
  const commit = resolved.stdout.trim();
  const short = (await layout.git.run(['rev-parse', '--short', commit])).trim();
  const tar = await runGit(layout.toplevel, ['archive', '--format=tar', commit, '--', layout.prefix || '.'], { env: layout.env });
  const folder = await mkdtemp(join(tmpdir(), 'giaouoc-at-'));
  try {
    await extractTar(tar, folder);
    return await fn({ commit, short, root: join(folder, layout.prefix) });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const BLOCK = 512;

/** Regular files and folders of a POSIX tar as `git archive` writes it (ustar, pax headers for long names). */
export async function extractTar(tar: Buffer, target: string): Promise<void> {
  const base = resolve(target);
  let offset = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(field(header, 124, 12) || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      longName = paxPath(body) ?? longName;
      continue;
    }
    if (type === 'g') continue;
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = undefined;
    const path = resolve(base, name);
    // A tree never holds paths outside itself; refuse rather than write there.
    if (relative(base, path).startsWith('..') || relative(base, path).split(sep).includes('..')) continue;
    if (type === '5') await mkdir(path, { recursive: true });
    else if (type === '0') {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, body);
    }
  }
}

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8').trim();
}

/** A pax record is "<length> path=<value>\n". */
function paxPath(body: Buffer): string | undefined {
  let index = 0;
  while (index < body.length) {
    const space = body.indexOf(0x20, index);
    if (space === -1) break;
    const length = Number(body.subarray(index, space).toString('utf8'));
    if (!Number.isFinite(length) || length <= 0) break;
    const record = body.subarray(space + 1, index + length - 1).toString('utf8');
    if (record.startsWith('path=')) return record.slice('path='.length);
    index += length;
  }
  return undefined;
}

export interface WorkingRevision {
  commit: string;
  short: string;
  /** Documents differ from the commit (uncommitted changes under the document root). */
  dirty: boolean;
}

/** The commit the working folder is based on, or undefined outside git or before the first commit. */
export async function workingRevision(root: string, env?: NodeJS.ProcessEnv): Promise<WorkingRevision | undefined> {
  const layout = await openLayout(root, env).catch(() => undefined);
  if (!layout) return undefined;
  const head = await layout.git.probe(['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (head.code !== 0) return undefined;
  const commit = head.stdout.trim();
  const short = (await layout.git.run(['rev-parse', '--short', commit])).trim();
  const status = await layout.git.run(['status', '--porcelain', '--', '.']);
  return { commit, short, dirty: status.trim() !== '' };
}
