// The repository's own copy of each kind's schema, with the ids of its giaouoc.yaml offered as `examples` on the
// fields that name a unit, a bloc or a signer, so an editor (yaml-language-server) completes `issuer:` with
// the repository's units and blocs. Examples only annotate: what validates stays exactly the package schema.
// Written into .giaouoc/schemas, where the `$schema` modelines of `new` and the .vscode/settings.json mapping
// already point, by `init` (and `init --force`) and by `validate --fix`: both write what kindSchemaText says.

import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CONFIG_FILE } from '../documents/repository.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { KINDS, type KindSpec } from '../kinds/registry.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { checkFile } from '../validate/check-file.js';
import { packageSchemasDir, REPOSITORY_SCHEMAS_DIR } from './assets.js';

type Json = Record<string, unknown>;

interface Offered {
  units: string[];
  blocs: string[];
  signers: string[];
}

/** Field name → the ids an author may write there. The same names mean the same thing in every kind. */
const FIELDS: Record<string, (ids: Offered, blocIssuer: boolean) => string[]> = {
  issuer: (ids, blocIssuer) => (blocIssuer ? [...ids.blocs, ...ids.units] : ids.units),
  parties: (ids) => ids.units,
  witness: (ids) => ids.units,
  compact: (ids) => [...ids.blocs, ...ids.units],
  bloc: (ids) => [...ids.blocs, ...ids.units],
  lead: (ids) => ids.units,
  cooperating: (ids) => ids.units,
  signer: (ids) => ids.signers,
};

function offered(config: RepositoryConfig): Offered {
  const unique = (values: string[]) => [...new Set(values.filter((value) => typeof value === 'string' && value !== ''))];
  return {
    units: unique((config.units ?? []).map((unit) => unit.id)),
    blocs: unique((config.blocs ?? []).map((bloc) => bloc.id)),
    signers: unique((config.units ?? []).flatMap((unit) => (unit.signatories ?? []).map((person) => person.name))),
  };
}

/** A kind's schema with the repository's ids as examples; `blocIssuer` from the kind's registry entry. */
export function withRepositoryIds(schema: Json, config: RepositoryConfig, blocIssuer: boolean): Json {
  const ids = offered(config);
  const copy = structuredClone(schema);
  annotate(copy, ids, blocIssuer);
  return copy;
}

function annotate(node: unknown, ids: Offered, blocIssuer: boolean): void {
  if (Array.isArray(node)) {
    for (const item of node) annotate(item, ids, blocIssuer);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Json;
  const properties = record.properties as Record<string, Json> | undefined;
  if (properties && typeof properties === 'object') {
    for (const [name, property] of Object.entries(properties)) {
      const values = FIELDS[name]?.(ids, blocIssuer);
      if (!values?.length || !property || typeof property !== 'object') continue;
      // A list of ids (parties, cooperating) offers them for each item.
      const target = property.type === 'array' && property.items && typeof property.items === 'object' ? (property.items as Json) : property;
      target.examples = values;
    }
  }
  for (const value of Object.values(record)) annotate(value, ids, blocIssuer);
}

/** The repository's copy of a kind's schema: the package's, with the repository's ids as examples. */
export function kindSchemaText(kind: KindSpec, config: RepositoryConfig): string {
  const schema = JSON.parse(readFileSync(join(packageSchemasDir(), `${kind.schema}.schema.json`), 'utf8')) as Json;
  return `${JSON.stringify(withRepositoryIds(schema, config, kind.blocIssuer), null, 2)}\n`;
}

/**
 * Every schema of the package as `init` gives it to a repository (paths from its root): a kind's with the ids of
 * `config`, any other (giaouoc.yaml's own) as the package has it. Without a sound registry, every one as the package has it.
 */
export async function repositorySchemaFiles(config: RepositoryConfig | undefined): Promise<{ path: string; content: string }[]> {
  const dir = packageSchemasDir();
  const kinds = new Map(KINDS.map((kind) => [`${kind.schema}.schema.json`, kind]));
  const files: { path: string; content: string }[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.schema.json')).sort()) {
    const kind = kinds.get(name);
    files.push({ path: `${REPOSITORY_SCHEMAS_DIR}/${name}`, content: kind && config ? kindSchemaText(kind, config) : await readFile(join(dir, name), 'utf8') });
  }
  return files;
}

/** giaouoc.yaml's registry when it has no errors, as `validate` requires before its ids are offered; else undefined. */
export function soundRegistry(bytes: Uint8Array): RepositoryConfig | undefined {
  return checkFile(CONFIG_FILE, bytes, 'config').config;
}

/**
 * Writes every kind's schema with the repository's ids into its .giaouoc/schemas (atomically, only those whose
 * text changes) and returns the paths written. A repository without that folder (never given one by `init`) gets
 * none; a folder that is a link, or leads out of the repository, is left alone: the repository's files are not
 * trusted to say where the tool writes.
 */
export async function refreshRepositorySchemas(root: string, config: RepositoryConfig): Promise<string[]> {
  const dir = join(root, REPOSITORY_SCHEMAS_DIR);
  if (!existsSync(dir) || !insideRepository(root)) return [];
  const written: string[] = [];
  for (const kind of KINDS) {
    const text = kindSchemaText(kind, config);
    const file = join(dir, `${kind.schema}.schema.json`);
    if (existsSync(file) && (lstatSync(file).isSymbolicLink() || readFileSync(file, 'utf8') === text)) continue;
    await writeFileAtomic(file, text);
    written.push(relative(root, file).split(sep).join('/'));
  }
  return written;
}

/** Every step of .giaouoc/schemas is a real folder inside the repository. */
function insideRepository(root: string): boolean {
  const real = realpathSync(root);
  let current = root;
  for (const part of REPOSITORY_SCHEMAS_DIR.split('/')) {
    current = join(current, part);
    const stat = lstatSync(current);
    if (stat.isSymbolicLink() || !stat.isDirectory()) return false;
    if (!`${realpathSync(current)}${sep}`.startsWith(`${real}${sep}`)) return false;
  }
  return true;
}
