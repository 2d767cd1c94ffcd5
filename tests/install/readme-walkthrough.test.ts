// The README as a newcomer reads it, run exactly as printed: a fresh clone with Windows line-end settings
// (core.autocrlf=true) runs the first of the two commands; the install block packs the project and installs the
// tarball into an empty prefix; the walkthrough then runs init → new → validate → render --format pdf in an
// unrelated folder with nothing but the installed `giaouoc`. The README that `init` writes is run the same way.
// (The second of the two commands, `npm test`, is this suite itself.)

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/run-cli.js';

const MINUTES = 60_000;
const base = mkdtempSync(join(tmpdir(), 'giaouoc-readme-'));
const clone = join(base, 'clone');
const prefix = join(base, 'prefix');
const work = join(base, 'work');

/** The ```sh blocks of a README section (## heading), as printed. */
export function shellBlocks(markdown: string, heading: string): string[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`README has no section “${heading}”`);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** A shell that stops at the first failing line, with the test's npm prefix first on PATH. */
function sh(script: string, cwd: string): { code: number | null; out: string } {
  const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    timeout: 8 * MINUTES,
    env: {
      // The machine's own settings (certificates, proxies, ~/.npmrc through HOME) reach npm as they would a user's.
      ...process.env,
      BASH_ENV: '',
      PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
      // The prefix keeps `npm install -g` inside the test.
      npm_config_prefix: prefix,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      GIAOUOC_CACHE_DIR: join(base, 'cache'),
      // The walkthrough commits: a newcomer has told git who they are, as its README asks.
      GIT_AUTHOR_NAME: 'Nguyễn Văn An',
      GIT_AUTHOR_EMAIL: 'an@congdoan.example',
      GIT_COMMITTER_NAME: 'Nguyễn Văn An',
      GIT_COMMITTER_EMAIL: 'an@congdoan.example',
      NO_COLOR: '1',
    },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}` };
}

const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');

beforeAll(() => {
  for (const dir of [prefix, work]) mkdirSync(dir, { recursive: true });
  const cloned = spawnSync('git', ['clone', '--quiet', '-c', 'core.autocrlf=true', PROJECT, clone], { encoding: 'utf8' });
  expect(cloned.stderr).toBe('');
}, 5 * MINUTES);

describe('the README, run as printed', () => {
  it('a CRLF checkout has LF examples and passes the first of the two commands', () => {
    for (const folder of readdirSync(clone).filter((name) => name.startsWith('examples'))) {
      const yaml = readdirSync(join(clone, folder), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
      for (const file of yaml) expect(readFileSync(join(clone, folder, file), 'utf8'), file).not.toContain('\r');
    }
    const [twoCommands] = shellBlocks(readme, 'Hai lệnh');
    const first = twoCommands!.split('\n')[0]!;
    expect(first).toMatch(/^npm ci && npm run build && npx giaouoc validate examples/);
    const result = sh(first, clone);
    expect(result.out).not.toMatch(/lỗi nội bộ|\d+ lỗi/);
    expect(result.code, result.out).toBe(0);
    expect(existsSync(join(clone, 'out', '2024', 'giao-uoc-khoi-thi-dua-1.html'))).toBe(true);
  }, 10 * MINUTES);

  it('installs from the packed tarball into an empty prefix without a warning', () => {
    const [install] = shellBlocks(readme, 'Cài đặt');
    const result = sh(install!, clone);
    expect(result.code, result.out).toBe(0);
    expect(result.out).not.toMatch(/EBADENGINE|install-scripts/);
    expect(existsSync(join(prefix, 'bin', 'giaouoc'))).toBe(true);
    expect(sh('giaouoc --version', work).out.trim()).toBe(JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).version);
  }, 10 * MINUTES);

  it('runs init → new → validate → render --format pdf in an unrelated folder with the installed giaouoc', () => {
    const [walkthrough] = shellBlocks(readme, 'Bắt đầu từ một thư mục trống');
    const result = sh(walkthrough!, work);
    expect(result.code, result.out).toBe(0);
    const repo = join(work, 'kho-thi-dua');
    const years = readdirSync(join(repo, 'out'));
    expect(years).toHaveLength(1);
    const pdf = readFileSync(join(repo, 'out', years[0]!, 'giao-uoc-khoi-thi-dua-1.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies.giaouoc).toMatch(/^\d+\.\d+\.\d+/);
  }, 10 * MINUTES);

  it('runs the README that init writes, with the pinned giaouoc installed in the repository', () => {
    expect(sh('giaouoc init kho-moi', work).code).toBe(0);
    const repo = join(work, 'kho-moi');
    // What `npm install` does once giaouoc is on the registry: put the pinned version in node_modules.
    const tarball = readdirSync(clone).find((name) => /^giaouoc-.*\.tgz$/.test(name))!;
    const installed = sh(`npm install --no-save --no-package-lock ${JSON.stringify(join(clone, tarball))}`, repo);
    expect(installed.code, installed.out).toBe(0);
    const blocks = shellBlocks(readFileSync(join(repo, 'README.md'), 'utf8'), 'Soạn một văn bản mới');
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) {
      const result = sh(block, repo);
      expect(result.code, `${block}\n${result.out}`).toBe(0);
    }
    expect(readdirSync(join(repo, 'out'), { recursive: true, encoding: 'utf8' }).some((file) => file.endsWith('.pdf'))).toBe(true);
  }, 10 * MINUTES);

  it('installs production dependencies only (`npm ci --omit=dev`) from the tarball, and runs', () => {
    const tarball = readdirSync(clone).find((name) => /^giaouoc-.*\.tgz$/.test(name))!;
    const unpacked = join(base, 'unpacked');
    mkdirSync(unpacked);
    cpSync(join(clone, 'package-lock.json'), join(unpacked, 'package-lock.json'));
    const result = sh(`tar xzf ${JSON.stringify(join(clone, tarball))} --strip-components=1 && npm ci --omit=dev && node bin/giaouoc.js validate ${JSON.stringify(join(clone, 'examples'))}`, unpacked);
    expect(result.code, result.out).toBe(0);
    expect(result.out).not.toMatch(/EBADENGINE/);
    expect(existsSync(join(unpacked, 'node_modules', 'typescript'))).toBe(false);
  }, 10 * MINUTES);
});
