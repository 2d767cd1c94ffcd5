// The README as a newcomer reads it, run exactly as printed: a fresh clone with Windows line-end settings
// (core.autocrlf=true) runs the first of the two commands; the install block packs the project and installs the
// tarball into an empty prefix; the walkthrough then runs init → new → validate → render --format pdf in an
// unrelated folder with nothing but the installed `giaouoc`. The README that `init` writes is run the same way, and
// the repository's own CI install (check the vendored tarball, `npm ci`, `npx giaouoc validate`) runs as its workflow
// files say, in a clean clone with an empty npm cache — and stops on a changed tarball.
// (The second of the two commands, `npm test`, is this suite itself.)

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
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

/** What npm prints when an install is not clean: engines, install scripts, deprecated packages. */
const INSTALL_WARNINGS = /EBADENGINE|install-scripts|deprecated/i;

/** A shell that stops at the first failing line, with the test's npm prefix first on PATH. */
function sh(script: string, cwd: string, extraEnv: NodeJS.ProcessEnv = {}): { code: number | null; out: string } {
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
      ...extraEnv,
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
    expect(result.out).not.toMatch(INSTALL_WARNINGS);
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
    const pdf = readFileSync(join(repo, 'out', years[0]!, 'giao-uoc-cum-thi-dua-1.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // init packed the globally installed giaouoc into the repository and locked it.
    const version = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).version as string;
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies.giaouoc).toBe(`file:.giaouoc/giaouoc-${version}.tgz`);
    expect(existsSync(join(repo, '.giaouoc', `giaouoc-${version}.tgz`))).toBe(true);
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
    expect(lock.packages['node_modules/giaouoc']).toMatchObject({ resolved: `file:.giaouoc/giaouoc-${version}.tgz`, integrity: expect.stringMatching(/^sha512-/) });
  }, 10 * MINUTES);

  it('runs the README that init writes, installing the repository’s own giaouoc with npm ci', () => {
    const made = sh('giaouoc init kho-moi', work);
    expect(made.code, made.out).toBe(0);
    const repo = join(work, 'kho-moi');
    const readmeOfRepo = readFileSync(join(repo, 'README.md'), 'utf8');
    const [install] = shellBlocks(readmeOfRepo, 'Cần có');
    expect(install!.trim()).toBe('npm ci');
    const installed = sh(install!, repo, { npm_config_cache: mkdtempSync(join(base, 'npm-cache-')) });
    expect(installed.code, installed.out).toBe(0);
    expect(installed.out).not.toMatch(INSTALL_WARNINGS);
    const blocks = shellBlocks(readmeOfRepo, 'Soạn một văn bản mới');
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) {
      const result = sh(block, repo);
      expect(result.code, `${block}\n${result.out}`).toBe(0);
    }
    expect(readdirSync(join(repo, 'out'), { recursive: true, encoding: 'utf8' }).some((file) => file.endsWith('.pdf'))).toBe(true);
  }, 10 * MINUTES);

  it("runs the repository's CI install as its workflow files say, in a clean clone with an empty npm cache", () => {
    const repo = join(work, 'kho-thi-dua');
    expect(sh('git add -A && (git diff --cached --quiet || git commit -qm "Kho văn bản thi đua")', repo).code).toBe(0);
    expect(sh('git ls-files .giaouoc package.json package-lock.json', repo).out).toMatch(/\.giaouoc\/giaouoc-.*\.tgz\n[\s\S]*package-lock\.json/);
    const workflow = parse(readFileSync(join(repo, '.github', 'workflows', 'giaouoc.yml'), 'utf8'));
    const steps = (workflow.jobs.validate.steps as { run?: string }[]).flatMap((step) => (step.run ? [step.run] : []));
    expect(steps.slice(0, 2)).toEqual(['node .giaouoc/check-tarball.cjs', 'npm ci']);
    const pipeline = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8'));
    const gitlab = [...(pipeline.default.before_script as string[]), ...(pipeline['giaouoc-validate'].script as string[])];

    for (const [name, script] of [['github', steps], ['gitlab', gitlab]] as const) {
      const clean = join(base, `ci-${name}`);
      expect(sh(`git clone --quiet ${JSON.stringify(repo)} ${JSON.stringify(clean)}`, base).code).toBe(0);
      // No giaouoc anywhere but the clone: the global one is off PATH, the npm cache is empty (npm reads the tarball).
      const env = { PATH: process.env.PATH, npm_config_cache: mkdtempSync(join(base, 'npm-cache-')), GITHUB_STEP_SUMMARY: join(clean, 'summary.md'), BASE_REF: '', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: '' };
      for (const step of script) {
        const result = sh(step, clean, env);
        expect(result.code, `${name}: ${step}\n${result.out}`).toBe(0);
        if (step.startsWith('npm ci')) expect(result.out, step).not.toMatch(INSTALL_WARNINGS);
      }
      expect(existsSync(join(clean, 'node_modules', 'giaouoc', 'bin', 'giaouoc.js'))).toBe(true);
    }
    expect(readFileSync(join(base, 'ci-github', 'summary.md'), 'utf8')).toMatch(/^### giaouoc: 0 lỗi/);
  }, 15 * MINUTES);

  it('stops the CI install on a changed tarball: the check and npm ci both refuse it', () => {
    const clean = join(base, 'ci-changed');
    expect(sh(`git clone --quiet ${JSON.stringify(join(work, 'kho-thi-dua'))} ${JSON.stringify(clean)}`, base).code).toBe(0);
    const [tarball] = readdirSync(join(clean, '.giaouoc')).filter((name) => name.endsWith('.tgz'));
    // A different package under the same name: what a hostile commit would slip in.
    const other = join(base, 'other');
    mkdirSync(join(other, 'package', 'bin'), { recursive: true });
    writeFileSync(join(other, 'package', 'package.json'), JSON.stringify({ name: 'giaouoc', version: '0.1.0', bin: { giaouoc: 'bin/giaouoc.js' } }));
    writeFileSync(join(other, 'package', 'bin', 'giaouoc.js'), '#!/usr/bin/env node\nconsole.log("not giaouoc")\n');
    expect(sh(`tar czf ${JSON.stringify(join(clean, '.giaouoc', tarball!))} package`, other).code).toBe(0);
    const env = { PATH: process.env.PATH, npm_config_cache: mkdtempSync(join(base, 'npm-cache-')) };
    const check = sh('node .giaouoc/check-tarball.cjs', clean, env);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/không khớp mã băm ghi trong package-lock.json: tệp đã bị thay đổi, không cài/);
    const install = sh('npm ci', clean, env);
    expect(install.code).not.toBe(0);
    expect(install.out).toMatch(/EINTEGRITY/);
    expect(existsSync(join(clean, 'node_modules', 'giaouoc', 'bin', 'giaouoc.js'))).toBe(false);
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
