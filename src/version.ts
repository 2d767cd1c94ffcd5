// The package version, read once from package.json (kept out of the bundle of every command's imports). The bundle
// (scripts/bundle.js) defines it at build time, since it does not sit where this module looks for package.json.

import { readFileSync } from 'node:fs';

declare const GIAOUOC_BUNDLED_VERSION: string | undefined;

export const VERSION: string =
  typeof GIAOUOC_BUNDLED_VERSION === 'string'
    ? GIAOUOC_BUNDLED_VERSION
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
