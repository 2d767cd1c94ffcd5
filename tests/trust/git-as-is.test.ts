// Verdicts come from git's objects as they are: not through replace refs or grafts, never from a partial
// (shallow) history, and a broken repository ends the run with one sentence and exit 2, not a hang.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { run as runMain } from '../../src/main.js';
import { inspectSignatures } from '../../src/repo/verify.js';
import { run } from '../repo/helpers/git-fixture.js';
import { capture } from '../repo/support/capture.js';
import { COMPACT, createDocumentRepo, type DocumentRepo } from '../repo/support/document-repo.js';
import { BIN } from '../helpers/run-cli.js';

const A = 'cd-bo-khcn';
let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

async function statusOfA(root: string, env: NodeJS.ProcessEnv): Promise<string> {
  const report = await inspectSignatures({ cwd: root, paths: [COMPACT], env, cache: false });
  return report.documents[0].parties.find((party) => party.unit === A)!.status;
}

async function signedRepo(): Promise<{ signature: string }> {
  repo = await createDocumentRepo([A]);
  const { commit } = await repo.sign(A);
  return { signature: commit };
}

describe('git is read as it is', () => {
  test('a replace ref swapping a signature commit for an unsigned copy changes nothing', async () => {
    const { signature } = await signedRepo();
    expect(await statusOfA(repo.root, repo.env())).toBe('valid');
    const object = (await repo.fixture.git(['cat-file', 'commit', signature])).stdout;
    const unsigned = object.replace(/^gpgsig [\s\S]*?-----END SSH SIGNATURE-----\n/m, '');
    expect(unsigned).not.toBe(object);
    const copy = (await run('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: repo.root, env: repo.fixture.env, input: unsigned })).stdout.trim();
    await repo.fixture.git(['replace', signature, copy]);
    expect(await statusOfA(repo.root, repo.env())).toBe('valid');
    // the user's own GIT_NO_REPLACE_OBJECTS=0 cannot switch replacing back on either
    expect(await statusOfA(repo.root, { ...repo.env(), GIT_NO_REPLACE_OBJECTS: '0' })).toBe('valid');
  });

  test('a grafts file cutting the history changes nothing', async () => {
    const { signature } = await signedRepo();
    await (await import('node:fs/promises')).writeFile(join(repo.root, '.git', 'info', 'grafts'), `${signature}\n`);
    expect(await statusOfA(repo.root, repo.env())).toBe('valid');
  });

  test('a depth-1 clone with its remote is deepened and judged on the whole history', async () => {
    await signedRepo();
    const clone = join(repo.fixture.home, 'shallow');
    await run('git', ['clone', '--quiet', '--depth', '1', `file://${repo.root}`, clone], { env: repo.fixture.env });
    expect(await statusOfA(clone, repo.env())).toBe('valid');
    expect((await run('git', ['-C', clone, 'rev-parse', '--is-shallow-repository'])).stdout.trim()).toBe('false');
  });

  test.each([1, 2])('a depth-%i clone without a remote stops with exit 2 and names fetch-depth: 0', async (depth) => {
    await signedRepo();
    const clone = join(repo.fixture.home, 'shallow');
    await run('git', ['clone', '--quiet', '--depth', String(depth), `file://${repo.root}`, clone], { env: repo.fixture.env });
    await run('git', ['-C', clone, 'remote', 'remove', 'origin']);
    for (const command of [['verify'], ['status'], ['log', COMPACT]]) {
      const out = capture(clone, repo.env());
      expect(await runMain(command, out.ctx)).toBe(2);
      expect(out.stderr()).toMatch(/shallow clone.*fetch-depth: 0/);
      expect(out.stderr().trim().split('\n')).toHaveLength(1);
    }
  });

  test('a deleted tree object ends status and verify with exit 2 within 5 s', async () => {
    await signedRepo();
    await repo.edit(COMPACT, (text) => text.replace(/^(subject|title): .*/m, (line) => `${line} (sửa)`));
    const tree = (await repo.fixture.git(['rev-parse', 'HEAD~1^{tree}'])).stdout.trim();
    rmSync(join(repo.root, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
    for (const command of ['status', 'verify', 'render']) {
      const started = Date.now();
      const result = spawnSync(process.execPath, [BIN, command, ...(command === 'render' ? ['--out', join(repo.fixture.home, 'out'), COMPACT] : [])], {
        cwd: repo.root,
        env: { ...repo.env(), NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 10_000,
      });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^giaouoc: .*git/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  }, 30_000);

  test('a repository owned by another user is reported as such, not as "run git init"', async () => {
    await signedRepo();
    if (process.getuid?.() !== 0) return;
    spawnSync('chown', ['-R', '12345', repo.root]);
    const out = capture(repo.root, repo.env());
    expect(await runMain(['verify'], out.ctx)).toBe(2);
    expect(out.stderr()).toMatch(/dubious ownership.*safe\.directory/);
    spawnSync('chown', ['-R', String(process.getuid()), repo.root]);
  });
});
