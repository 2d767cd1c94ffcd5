// A repository carries its giaouoc: `init` packs the running package (real npm) into .giaouoc/, points package.json
// at it, replaces another version on `--force`, and the check CI runs before `npm ci` refuses a changed tarball.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/commands/init.js';
import { vendorGiaouoc, withGiaouoc } from '../../src/scaffold/vendor.js';
import { VERSION } from '../../src/version.js';
import { PROJECT } from '../helpers/run-cli.js';
import { quietContext, tempDir, TODAY } from './helpers.js';

const SPEC = `file:.giaouoc/giaouoc-${VERSION}.tgz`;

describe('package.json of a repository', () => {
  it('points giaouoc at the vendored tarball wherever it was declared, keeping the rest', () => {
    const pinned = JSON.stringify({ name: 'kho', devDependencies: { giaouoc: '0.0.9', other: '^1.0.0' }, scripts: { x: 'y' } });
    expect(JSON.parse(withGiaouoc(pinned, VERSION))).toEqual({ name: 'kho', devDependencies: { giaouoc: SPEC, other: '^1.0.0' }, scripts: { x: 'y' } });
    expect(JSON.parse(withGiaouoc('{"dependencies":{"giaouoc":"^0.1.0"}}', VERSION))).toEqual({ dependencies: { giaouoc: SPEC } });
    expect(JSON.parse(withGiaouoc('{"name":"kho"}', VERSION))).toEqual({ name: 'kho', devDependencies: { giaouoc: SPEC } });
    const current = `{\n    "devDependencies": { "giaouoc": "${SPEC}" }\n}\n`;
    expect(withGiaouoc(current, VERSION)).toBe(current);
  });

  it('refuses a package.json that is not a JSON object, in one sentence', () => {
    expect(() => withGiaouoc('{ "name": ', VERSION)).toThrow(/^the repository's package.json is not valid JSON; fix it/);
    expect(() => withGiaouoc('[1]', VERSION)).toThrow(/must be a JSON object/);
  });
});

describe('the vendored tarball', () => {
  it('is the running package, packed the same way twice; an older version is replaced on upgrade', async () => {
    const root = await tempDir();
    await mkdir(join(root, '.giaouoc'));
    await writeFile(join(root, '.giaouoc', 'giaouoc-0.0.9.tgz'), 'an older giaouoc');
    await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'kho', private: true, devDependencies: { giaouoc: '0.0.9' } }, null, 2));
    const first = await vendorGiaouoc(root, VERSION, { lock: false, env: process.env });
    expect(first.written.map((file) => file.path)).toEqual([`.giaouoc/giaouoc-${VERSION}.tgz`, 'package.json']);
    expect(first.removed).toEqual(['.giaouoc/giaouoc-0.0.9.tgz']);
    expect(JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).devDependencies.giaouoc).toBe(SPEC);

    const listing = spawnSync('tar', ['tzf', join(root, '.giaouoc', `giaouoc-${VERSION}.tgz`)], { encoding: 'utf8' }).stdout.split('\n');
    for (const file of ['package/package.json', 'package/bin/giaouoc.js', 'package/dist/cli/start.cjs', 'package/bin/package.json', 'package/dist/cli/main.cjs', 'package/dist/cli/worker.js', 'package/templates/init/giaouoc.yaml', 'package/schemas/config.schema.json', 'package/assets/sRGB.icc']) {
      expect(listing, file).toContain(file);
    }
    expect(listing.some((file) => file.startsWith('package/dist/validate/generated/kinds/'))).toBe(true);
    // The bundle is all that runs: no sources, tests, tsc output beside it, or bundled node_modules (docx is in the bundle).
    expect(listing.filter((file) => /^package\/(src|tests|node_modules)\//.test(file) || /^package\/dist\/(?!cli\/|validate\/generated\/)/.test(file))).toEqual([]);

    // npm packs with fixed file times: the same giaouoc is the same bytes, so nothing is rewritten.
    const again = await vendorGiaouoc(root, VERSION, { lock: false, env: process.env });
    expect(again).toEqual({ written: [], removed: [] });
  }, 120_000);

  it('refuses a .giaouoc that is a link, writing nothing where it points', async () => {
    const root = await tempDir();
    const elsewhere = await tempDir();
    await writeFile(join(elsewhere, 'giaouoc-0.0.1.tgz'), 'not ours');
    await symlink(elsewhere, join(root, '.giaouoc'));
    await writeFile(join(root, 'package.json'), '{}');
    await expect(vendorGiaouoc(root, VERSION, { lock: false, env: process.env })).rejects.toThrow(/^\.giaouoc in the repository is a symbolic link/);
    expect(await readdir(elsewhere)).toEqual(['giaouoc-0.0.1.tgz']);
  });

  it('is written by init through the command line path, and the check CI runs refuses a changed tarball', async () => {
    const parent = await tempDir();
    const run = quietContext(parent);
    expect(await initCommand('kho', { force: false, lang: 'vi', today: TODAY, npm: { lock: false } }, run.ctx)).toBe(0);
    const root = join(parent, 'kho');
    const tarball = join(root, '.giaouoc', `giaouoc-${VERSION}.tgz`);
    expect(run.stdout()).toContain(`  + .giaouoc/giaouoc-${VERSION}.tgz\n`);
    expect(run.stderr()).toMatch(/^Chưa tạo package-lock.json \(--offline\): khi có mạng, hãy chạy `npm install`/);
    expect(existsSync(join(root, 'package-lock.json'))).toBe(false);

    // The lock npm would write, reduced to what the check reads.
    const integrity = `sha512-${createHash('sha512').update(await readFile(tarball)).digest('base64')}`;
    await writeFile(join(root, 'package-lock.json'), JSON.stringify({ packages: { 'node_modules/giaouoc': { resolved: SPEC, integrity } } }));
    const check = () => spawnSync(process.execPath, ['.giaouoc/check-tarball.cjs'], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(check()).toMatchObject({ status: 0, stdout: `.giaouoc/giaouoc-${VERSION}.tgz khớp mã băm ghi trong package-lock.json\n` });

    await copyFile(join(PROJECT, 'package.json'), tarball);
    const changed = check();
    expect(changed.status).toBe(1);
    expect(changed.stderr).toBe(`giaouoc: .giaouoc/giaouoc-${VERSION}.tgz không khớp mã băm ghi trong package-lock.json: tệp đã bị thay đổi, không cài; hãy lấy lại tệp từ commit trước hoặc chạy \`giaouoc init --force\` bằng giaouoc tin cậy\n`);
    await writeFile(join(root, 'package-lock.json'), JSON.stringify({ packages: { 'node_modules/giaouoc': { resolved: 'file:../../etc/passwd', integrity } } }));
    expect(check().stderr).toMatch(/^giaouoc: package-lock.json không ghi gói giaouoc lấy từ thư mục \.giaouoc\//);
  }, 120_000);
});
