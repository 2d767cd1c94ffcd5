// Reading a repository's templates, which are as hostile as its documents: only regular files that really lie
// in its templates/ folder count. A symlink could pull any file of the machine (a private key) into the HTML,
// the PDF or the DOCX, and a FIFO would hang the render, so both are refused with the file named.

import { constants, fstatSync, lstatSync, openSync, closeSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';

/** The kind of a path without following a symlink; undefined when nothing is there. */
function kindOf(path: string): 'file' | 'folder' | 'other' | undefined {
  try {
    const info = lstatSync(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
  } catch {
    return undefined;
  }
}

function refuse(path: string): UserError {
  return new UserError({
    vi: `mẫu in ${path} không phải tệp thường (liên kết tượng trưng, FIFO hay thiết bị); giaouoc chỉ đọc mẫu là tệp thường trong thư mục templates/ của kho — hãy thay bằng một bản sao của tệp`,
    en: `the template ${path} is not a regular file (a symlink, FIFO or device); giaouoc reads only regular files inside the repository's templates/ folder — replace it with a copy of the file`,
  });
}

/** A repository's templates folder (or its partials/), or undefined when absent; a symlinked folder is refused. */
export function templateFolder(dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  const kind = kindOf(dir);
  if (kind === undefined) return undefined;
  if (kind !== 'folder') throw refuse(dir);
  return dir;
}

/** `name` inside the repository's templates folder when it is there as a regular file; anything else there is refused. */
export function overrideFile(dir: string | undefined, relativePath: string): string | undefined {
  if (!templateFolder(dir)) return undefined;
  const parts = relativePath.split('/');
  let path = dir!;
  for (const [index, part] of parts.entries()) {
    path = join(path, part);
    const kind = kindOf(path);
    if (kind === undefined) return undefined;
    if (kind !== (index === parts.length - 1 ? 'file' : 'folder')) throw refuse(path);
  }
  return path;
}

/** The `.hbs` files of a folder, sorted; an entry that is not a regular file is refused when `strict`. */
export function templateFilesIn(dir: string, strict: boolean): string[] {
  if (strict ? !templateFolder(dir) : kindOf(dir) !== 'folder') return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.hbs'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      if (strict && kindOf(path) !== 'file') throw refuse(path);
      return path;
    });
}

/** The text of a template file, opened without following a symlink and without blocking on a FIFO. */
export function readTemplateText(file: string): string {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw refuse(file);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
