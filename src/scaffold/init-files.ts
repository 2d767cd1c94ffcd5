// The files `giaouoc init` gives a document repository: the templates in templates/init and a copy of the schemas.
// Template names start with `_` where the file starts with `.`, so the package keeps them (npm drops .gitignore).

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE } from '../documents/repository.js';
import { KINDS } from '../kinds/registry.js';
import { initTemplatesDir, REPOSITORY_SCHEMAS_DIR } from './assets.js';
import { repositorySchemaFiles, soundRegistry } from './editor-schemas.js';
import { vendoredSpec } from './vendor.js';

export interface InitFile {
  /** Path from the repository root, `/`-separated. */
  path: string;
  content: string;
  /** Belongs to the tool, not the user: rewritten by `init --force` (the schemas). */
  refresh: boolean;
}

/** Templates that belong to the tool like the schemas: `init --force` writes them again. */
const TOOL_FILES = new Set(['.giaouoc/check-tarball.cjs']);

export interface InitValues {
  /** Replaces `{{year}}` in the templates: the example bloc's year. */
  year: number;
  /** The giaouoc version that makes the repository: pinned in its package.json and so in its CI. */
  version: string;
  /** The repository folder's name, for the package.json name. */
  folder: string;
  /**
   * The bytes of the giaouoc.yaml the repository already has (`init --force`), whose ids the schema copies offer;
   * absent when it has none, and the one init writes offers its own.
   */
  registry?: Uint8Array;
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
    const text = (await readFile(join(templatesDir, ...path.split('/')), 'utf8')).replaceAll('{{year}}', String(values.year)).replaceAll('{{version}}', values.version);
    const name = repositoryName(path);
    files.push({ path: name, content: name === '.vscode/settings.json' ? withKindSchemas(text) : text, refresh: TOOL_FILES.has(name) });
  }
  files.push({ path: 'package.json', content: packageManifest(values), refresh: false });
  // The copies offer the registry's ids to editors as `validate --fix` would, so completion works from the start.
  const registry = values.registry ?? Buffer.from(files.find((file) => file.path === CONFIG_FILE)?.content ?? '');
  for (const schema of await repositorySchemaFiles(soundRegistry(registry))) files.push({ ...schema, refresh: true });
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

/** Editor settings with one schema mapping per kind of the registry, so a kind added later gets its schema too. */
export function withKindSchemas(settingsText: string): string {
  const settings = JSON.parse(settingsText) as Record<string, unknown>;
  const schemas: Record<string, string[]> = { [`./${REPOSITORY_SCHEMAS_DIR}/config.schema.json`]: ['giaouoc.yaml'] };
  for (const kind of KINDS) schemas[`./${REPOSITORY_SCHEMAS_DIR}/${kind.schema}.schema.json`] = [`**/${kind.slug}-*.yaml`, `**/${kind.slug}-*.yml`];
  return `${JSON.stringify({ 'yaml.schemas': schemas, ...settings }, null, 2)}\n`;
}

/**
 * The repository's package.json: giaouoc from the tarball of the exact version that made it (vendor.ts), so
 * `npm ci` in CI runs that version and no other, needs no registry entry for it, and never installs a package
 * that merely has the same name.
 */
export function packageManifest(values: InitValues): string {
  const manifest = {
    name: packageName(values.folder),
    private: true,
    description: 'Kho văn bản thi đua: giao ước, kế hoạch, báo cáo quý (YAML) — kiểm tra, in và ký bằng giaouoc',
    scripts: { validate: 'giaouoc validate', verify: 'giaouoc verify', status: 'giaouoc status' },
    devDependencies: { giaouoc: vendoredSpec(values.version) },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** `Kho thi đua 2027` → `kho-thi-dua-2027`: npm names are lower-case ASCII. */
function packageName(folder: string): string {
  const ascii = folder
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii === '' ? 'kho-van-ban' : ascii.slice(0, 100);
}
