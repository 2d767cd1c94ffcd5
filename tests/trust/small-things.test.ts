// One clear sentence for the small failures, and nothing left behind.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { run as runMain } from '../../src/main.js';
import { makeSshKey } from '../repo/helpers/git-fixture.js';
import { capture } from '../repo/support/capture.js';
import { COMPACT, createDocumentRepo, type DocumentRepo } from '../repo/support/document-repo.js';
import { BIN, PROJECT } from '../helpers/run-cli.js';

const A = 'cd-bo-khcn';
let repo: DocumentRepo | undefined;
afterEach(async () => {
  await repo?.fixture.cleanup();
  repo = undefined;
});

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; err: string }> {
  const out = capture(cwd, env);
  const code = await runMain(args, out.ctx);
  return { code, err: out.stderr() };
}

describe('one sentence, the file named', () => {
  test('an ssh-rsa key file is named, in key add and in a committed registry', async () => {
    repo = await createDocumentRepo([A]);
    const rsa = join(repo.fixture.home, 'rsa');
    execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-N', '', '-f', rsa]);
    const added = await cli(['key', 'add', A, `${rsa}.pub`], repo.root, repo.env());
    expect(added.code).toBe(1);
    expect(added.err).toContain(`${rsa}.pub`);
    expect(added.err).toMatch(/ssh-rsa/);
    writeFileSync(join(repo.root, '.giaouoc', 'keys', 'cd-bo-tu-phap.pub'), readFileSync(`${rsa}.pub`));
    await repo.fixture.git(['add', '.giaouoc']);
    await repo.fixture.commit({ message: 'khóa rsa' });
    const signed = await cli(['sign', COMPACT, '--as', A, '--key', repo.keys.get(A)!.privateKeyPath], repo.root, repo.env());
    expect(signed.code).toBeGreaterThan(0);
    expect(signed.err).toContain('.giaouoc/keys/cd-bo-tu-phap.pub');
    expect(signed.err.trim().split('\n')).toHaveLength(1);
  });

  test('a git lock held by another command says to try again', async () => {
    repo = await createDocumentRepo([A]);
    writeFileSync(join(repo.root, '.git', 'index.lock'), '');
    const key = await makeSshKey(repo.fixture.home, 'moi');
    const result = await cli(['key', 'add', A, key.publicKeyPath], repo.root, repo.env());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/thử lại/);
    expect(result.err.trim().split('\n')).toHaveLength(1);
  });

  test('a FIFO or a folder given as a document', async () => {
    repo = await createDocumentRepo([A]);
    execFileSync('mkfifo', [join(repo.root, '2024', 'ong.yaml')]);
    const fifo = await cli(['validate', '2024/ong.yaml'], repo.root, repo.env());
    expect(fifo).toMatchObject({ code: 2 });
    expect(fifo.err).toMatch(/không phải tệp thường/);
    const folder = await cli(['sign', '2024', '--as', A], repo.root, repo.env());
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/không phải một tệp văn bản/);
  }, 15_000);
});

describe('--fix and temp files', () => {
  test('--fix keeps a symlinked document a symlink, keeps its mode and removes temp files of killed runs', async () => {
    repo = await createDocumentRepo([A]);
    const real = join(repo.root, '2024', 'that.yaml');
    const link = join(repo.root, '2024', 'lien-ket.yaml');
    const nfd = readFileSync(join(repo.root, COMPACT), 'utf8').replace(/^(subject|title): (.*)$/m, (_line, key: string, value: string) => `${key}: ${value.normalize('NFD')}`);
    writeFileSync(real, nfd);
    chmodSync(real, 0o640);
    rmSync(join(repo.root, COMPACT));
    symlinkSync('that.yaml', link);
    const leftover = join(repo.root, '2024', '.that.yaml.999999.abcd1234.tmp');
    writeFileSync(leftover, 'half');
    const result = await cli(['validate', '--fix', '2024'], repo.root, repo.env());
    expect(result.err).toBe('');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('that.yaml');
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readFileSync(real, 'utf8')).toBe(nfd.normalize('NFC'));
    expect(readdirSync(join(repo.root, '2024')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('signals end quietly', () => {
  test('SIGTERM during a PDF render ends with exit 143 and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-term-'));
    cpSync(join(PROJECT, 'examples'), dir, { recursive: true });
    const child = spawn(process.execPath, [BIN, 'render', '--format', 'pdf', '--out', join(dir, 'out'), '.'], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GIAOUOC_CACHE_DIR: join(dir, '..', `${Date.now()}-term-cache`) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The first written PDF says the browser is up and the batch is under way, with the other examples still
    // to print: a fixed delay would race a fast machine, which finishes the whole batch before it.
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(stderr).not.toMatch(/\n\s+at /);
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);
});
