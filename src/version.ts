// The package version, read once from package.json (kept out of the bundle of every command's imports). The bundle
// (scripts/bundle.js) defines it at build time, since it does not sit where this module looks for package.json.

import { readFileSync } from 'node:fs';

declare const GIAOUOC_BUNDLED_VERSION: string | undefined;
declare const GIAOUOC_BUILD_ID: string | undefined;

export const VERSION: string =
  typeof GIAOUOC_BUNDLED_VERSION === 'string'
    ? GIAOUOC_BUNDLED_VERSION
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * What cached results are keyed by: the version and, in the built CLI, a digest of its compiled code, so that a
 * rebuilt giaouoc whose rules changed under the same version number never answers from an earlier build's cache.
 */
export const CACHE_BUILD: string = typeof GIAOUOC_BUILD_ID === 'string' ? `${VERSION}+${GIAOUOC_BUILD_ID}` : VERSION;
