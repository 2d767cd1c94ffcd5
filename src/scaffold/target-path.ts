// Where a new document goes (the `paths` convention of giaouoc.yaml) and the schema modeline it starts with.

import { dirname, join, relative, sep } from 'node:path';
import type { KindSpec } from '../kinds/registry.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { REPOSITORY_SCHEMAS_DIR } from './assets.js';

export interface PathValues {
  year: number;
  issuer: string;
  quarter?: number;
}

/** `{year}/bao-cao-quy-{quarter}-{issuer}.yaml` → `2025/bao-cao-quy-1-cd-bo-noi-vu.yaml`; unknown names stay as written. */
export function expandPathPattern(pattern: string, kind: KindSpec, values: PathValues): string {
  const known: Record<string, string | undefined> = {
    year: String(values.year),
    issuer: values.issuer,
    quarter: values.quarter === undefined ? undefined : String(values.quarter),
    kind: kind.slug,
  };
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => known[name] ?? whole);
}

/** The new document's absolute path under the repository root, by the repository's convention or the kind's default. */
export function documentPath(root: string, config: RepositoryConfig, kind: KindSpec, values: PathValues): string {
  const pattern = config.paths?.[kind.name] ?? kind.defaultPath;
  return join(root, ...expandPathPattern(pattern, kind, values).split('/'));
}

/** `# yaml-language-server: $schema=../.giaouoc/schemas/compact.schema.json` for a file at `file`. */
export function schemaModeline(root: string, file: string, schema: string): string {
  const target = join(root, REPOSITORY_SCHEMAS_DIR, `${schema}.schema.json`);
  const path = relative(dirname(file), target).split(sep).join('/');
  return `yaml-language-server: $schema=${path}`;
}
