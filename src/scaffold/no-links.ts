// A cloned repository decides what its folders are: a folder that is a symbolic link would have `init` write (and
// `init --force` overwrite) files wherever the link points. Every folder on the way to a file the tool writes, and the
// file itself, must be a real entry of the repository.

import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';

/** Throws one sentence naming the first symbolic link on the way to any of `paths` (relative, "/"-separated). */
export async function refuseLinkedPaths(root: string, paths: readonly string[]): Promise<void> {
  const seen = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const step = parts.slice(0, depth).join('/');
      if (seen.has(step)) continue;
      seen.add(step);
      const info = await lstat(join(root, ...parts.slice(0, depth))).catch(() => undefined);
      if (!info) break;
      if (info.isSymbolicLink()) {
        throw new UserError({
          vi: `${step} trong kho là một liên kết (symlink), không phải ${depth === parts.length ? 'tệp' : 'thư mục'}; hãy xóa liên kết rồi chạy lại \`giaouoc init --force\``,
          en: `${step} in the repository is a symbolic link, not a ${depth === parts.length ? 'file' : 'folder'}; remove the link and run \`giaouoc init --force\` again`,
        });
      }
    }
  }
}
