// The files `giaouoc init` gives a document repository: the templates in templates/init and a copy of the schemas.
// Template names start with `_` where the file starts with `.`, so the package keeps them (npm drops .gitignore).

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { initTemplatesDir, packageSchemasDir, REPOSITORY_SCHEMAS_DIR } from './assets.js';

export interface InitFile {
  /** Path from the repository root, `/`-separated. */
  path: string;
  content: string;
  /** Belongs to the tool, not the user: rewritten by `init --force` (the schemas). */
  refresh: boolean;
}

export interface InitValues {
  /** Replaces `{{year}}` in the templates: the example bloc's year. */
  year: number;
}

/** `_github/workflows/giaouoc.yml` → `.github/workflows/giaouoc.yml`. */
export function repositoryName(templatePath: string): string {
  return templatePath
    .split('/')
    .map((part) => (part.startsWith('_') ? `.${part.slice(1)}` : part))
    .join('/');
}

export async function collectInitFiles(values: InitValues): Promise<InitFile[]> {
  const templatesDir = initTemplatesDir();
  const templates = await listFiles(templatesDir);
  const files: InitFile[] = [];
  for (const path of templates) {
    const text = await readFile(join(templatesDir, ...path.split('/')), 'utf8');
    files.push({ path: repositoryName(path), content: text.replaceAll('{{year}}', String(values.year)), refresh: false });
  }
  const schemasDir = packageSchemasDir();
  for (const name of (await readdir(schemasDir)).filter((file) => file.endsWith('.schema.json')).sort()) {
    files.push({ path: `${REPOSITORY_SCHEMAS_DIR}/${name}`, content: await readFile(join(schemasDir, name), 'utf8'), refresh: true });
  }
  return files;
}

/** What to write: every missing file, and the tool's own files again; a file the user has is never replaced. */
export function filesToWrite(files: readonly InitFile[], exists: (path: string) => boolean): { write: InitFile[]; kept: string[] } {
  const write: InitFile[] = [];
  const kept: string[] = [];
  for (const file of files) {
    if (file.refresh || !exists(file.path)) write.push(file);
    else kept.push(file.path);
  }
  return { write, kept };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, ...prefix.split('/').filter(Boolean)), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(dir, path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}
