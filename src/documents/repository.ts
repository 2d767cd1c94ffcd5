// A document repository: the nearest folder upwards holding giaouoc.yaml, and the YAML documents inside it.

import { readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

export const CONFIG_FILE = 'giaouoc.yaml';

/** Folders that never hold documents: tooling, rendered output, templates. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'templates', 'out', 'dist', 'build']);

export function findRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function requireRoot(start: string): string {
  const root = findRoot(start);
  if (!root) {
    throw new UserError({
      vi: `không tìm thấy tệp ${CONFIG_FILE} ở ${start} hay các thư mục cha; hãy chạy lệnh trong kho văn bản, hoặc tạo kho mới bằng \`giaouoc init\``,
      en: `no ${CONFIG_FILE} in ${start} or any parent folder; run the command inside a document repository, or create one with \`giaouoc init\``,
    });
  }
  return root;
}

export function isYamlFile(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}

/** Every document file under the given files or folders, sorted; a path that does not exist is a usage error. */
export async function discoverDocuments(paths: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths) {
    // A name typed in composed Unicode finds a file that macOS wrote decomposed, and the other way round.
    const [absolute, info] = await statAnyForm(resolve(cwd, path));
    if (!info) {
      throw new UserError({
        vi: `không tìm thấy ${path}; hãy kiểm tra lại đường dẫn`,
        en: `${path} does not exist; check the path`,
      });
    }
    if (info.isDirectory()) await walk(absolute, found);
    else if (info.isFile()) found.add(absolute);
    else {
      // A FIFO would block the read forever; a device or socket is no document either.
      throw new UserError({
        vi: `${path} không phải tệp thường (FIFO, thiết bị hay socket); hãy chỉ định tệp YAML của văn bản`,
        en: `${path} is not a regular file (a FIFO, device or socket); name the document's YAML file`,
      });
    }
  }
  return [...found].sort();
}

/** `stat` of a path as given, else of its composed or decomposed Unicode spelling (macOS writes names decomposed). */
export async function statAnyForm(path: string): Promise<[string, Stats | undefined]> {
  for (const form of new Set([path, path.normalize('NFC'), path.normalize('NFD')])) {
    const info = await stat(form).catch(() => undefined);
    if (info) return [form, info];
  }
  return [path, undefined];
}

async function walk(dir: string, found: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      if (entry.name.startsWith('.')) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, found);
      } else if (entry.isFile() && isYamlFile(entry.name) && entry.name !== CONFIG_FILE) {
        found.add(path);
      }
    }),
  );
}

/** Would discovery find a document at this path from the root (`a/b.yaml`)? Names only: the file itself is not read. */
export function isDocumentPath(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1];
  if (parts.some((part) => part === '' || part === '..' || part.startsWith('.'))) return false;
  if (parts.slice(0, -1).some((part) => SKIPPED_FOLDERS.has(part))) return false;
  return isYamlFile(name) && name !== CONFIG_FILE;
}

/** How documents name each other: the path from the repository root with `/`. */
export function repoRelative(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
