// The build's identity: a digest of the compiled code (tsc's output under dist/, without the bundle made from it).
// The caches key their results by it with the version, so that a rebuilt giaouoc whose rules changed under the
// same version number never answers from what the earlier build cached.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function buildId(dist, skip = ['cli']) {
  const hash = createHash('sha256');
  for (const file of codeFiles(dist, dist, skip)) {
    hash.update(relative(dist, file).split('\\').join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function codeFiles(dir, dist, skip) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return dir === dist && skip.includes(entry.name) ? [] : codeFiles(path, dist, skip);
      return entry.name.endsWith('.js') ? [path] : [];
    });
}
