// The caches key their results by the build's digest: a rebuilt giaouoc whose rules changed under the same version
// number must not answer from an earlier build's cache.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a build script in plain JavaScript, without types
import { buildId } from '../../scripts/build-id.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'giaouoc-build-id-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build digest', () => {
  mkdirSync(join(dir, 'validate'), { recursive: true });
  mkdirSync(join(dir, 'cli'), { recursive: true });
  writeFileSync(join(dir, 'main.js'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'validate', 'rules.js'), 'export const rule = (x) => x > 1;\n');
  writeFileSync(join(dir, 'cli', 'main.cjs.js'), 'bundle\n');

  it('changes when a rule of the compiled code changes, and only with the code', () => {
    const before = buildId(dir);
    expect(buildId(dir)).toBe(before);
    writeFileSync(join(dir, 'cli', 'main.cjs.js'), 'another bundle\n');
    expect(buildId(dir)).toBe(before);
    writeFileSync(join(dir, 'validate', 'rules.js'), 'export const rule = (x) => x >= 1;\n');
    expect(buildId(dir)).not.toBe(before);
  });

  it('changes when a module is added or moved', () => {
    const before = buildId(dir);
    writeFileSync(join(dir, 'validate', 'more.js'), 'export {};\n');
    const added = buildId(dir);
    expect(added).not.toBe(before);
    rmSync(join(dir, 'validate', 'more.js'));
    writeFileSync(join(dir, 'more.js'), 'export {};\n');
    expect(buildId(dir)).not.toBe(added);
  });

  it('is the one the built CLI keys its caches by', () => {
    const bundle = readFileSync(join(dist, 'cli', 'main.cjs'), 'utf8');
    expect(bundle).toContain(JSON.stringify(buildId(dist)).slice(1, -1));
  });
});
