// The package's own files that a document repository receives: the JSON Schemas and the `init` templates.
// Found relative to this module, two levels below the package root both in src/scaffold and in dist/scaffold.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function packageSchemasDir(): string {
  return join(packageRoot(), 'schemas');
}

export function initTemplatesDir(): string {
  return join(packageRoot(), 'templates', 'init');
}

/** Where a repository keeps its copy of the schemas, so editors complete fields offline. */
export const REPOSITORY_SCHEMAS_DIR = '.giaouoc/schemas';
