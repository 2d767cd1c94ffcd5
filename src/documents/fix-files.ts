// `validate --fix` on the files themselves: every document and the registry are rewritten in the repository's form
// (UTF-8 without BOM, LF, NFC text) and a file name in decomposed Unicode (as macOS may write it) is renamed to NFC.

import { readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { normaliseSource } from './source.js';
import { writeFileAtomic } from './write-atomic.js';

export interface FixedFiles {
  rewritten: string[];
  /** [old path, new path] */
  renamed: [string, string][];
}

/** `root`: a symlinked document is rewritten where it points only when that is inside the repository. */
export async function fixFiles(files: readonly string[], root: string): Promise<FixedFiles> {
  const fixed: FixedFiles = { rewritten: [], renamed: [] };
  for (const file of files) {
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) continue;
    let path = file;
    const name = basename(file);
    if (name !== name.normalize('NFC')) {
      const target = join(dirname(file), name.normalize('NFC'));
      // Never replace a file that already has the composed name: that is for the user to sort out.
      if (!(await stat(target).catch(() => undefined))) {
        await rename(file, target);
        fixed.renamed.push([file, target]);
        path = target;
      }
    }
    const text = normaliseSource(bytes);
    if (text !== undefined) {
      await writeFileAtomic(path, text, { followLinksWithin: root });
      fixed.rewritten.push(path);
    }
  }
  return fixed;
}
