// The places a newcomer used to get stuck: `key new` without a git identity, `sign --as` not finding the key
// `key new` made, a folder where a file is meant, an existing file as --out, and hints that break on spaces.

import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyNewCommand } from '../../src/commands/key.js';
import { signCommand } from '../../src/commands/sign.js';
import { shellArg } from '../../src/output/shell-quote.js';
import { capture } from '../repo/support/capture.js';
import { COMPACT, createDocumentRepo, type DocumentRepo } from '../repo/support/document-repo.js';
import { runCli } from '../helpers/run-cli.js';

let repo: DocumentRepo;
beforeAll(async () => {
  repo = await createDocumentRepo(['cd-bo-khcn']);
});
afterAll(() => repo?.fixture.cleanup());

describe('key new and sign --as', () => {
  it('key new checks the git identity first and leaves nothing behind; the rerun then works', async () => {
    await repo.fixture.git(['config', 'user.useConfigOnly', 'true']);
    await repo.fixture.git(['config', '--unset', 'user.name']);
    await repo.fixture.git(['config', '--unset', 'user.email']);
    const run = capture(repo.root, repo.env());
    await expect(keyNewCommand('cd-bo-tu-phap', { lang: 'vi' }, run.ctx)).rejects.toMatchObject({
      exitCode: 2,
      text: { vi: expect.stringMatching(/^git chưa biết tên và email của bạn.*git config --global user\.name/) },
    });
    expect(existsSync(join(repo.fixture.home, '.ssh', 'giaouoc', 'cd-bo-tu-phap'))).toBe(false);
    expect((await repo.fixture.git(['status', '--porcelain'])).stdout).toBe('');

    await repo.fixture.git(['config', 'user.name', 'Nguyễn Văn A']);
    await repo.fixture.git(['config', 'user.email', 'a@example.org']);
    expect(await keyNewCommand('cd-bo-tu-phap', { lang: 'vi' }, capture(repo.root, repo.env()).ctx)).toBe(0);
  });

  it('key new whose commit fails (a refusing hook) removes the key pair and leaves the registry as it was', async () => {
    const hook = join(repo.root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "no commits today" >&2\nexit 1\n', { mode: 0o755 });
    try {
      await expect(keyNewCommand('cd-bo-khdt', { lang: 'vi' }, capture(repo.root, repo.env()).ctx)).rejects.toMatchObject({ exitCode: 2 });
      expect(existsSync(join(repo.fixture.home, '.ssh', 'giaouoc', 'cd-bo-khdt'))).toBe(false);
      expect(existsSync(join(repo.root, '.giaouoc', 'keys', 'cd-bo-khdt.pub'))).toBe(false);
      expect((await repo.fixture.git(['status', '--porcelain'])).stdout).toBe('');
    } finally {
      rmSync(hook);
    }
  });

  it('sign --as <unit> signs with the key `key new <unit>` made, without --key', async () => {
    const run = capture(repo.root, repo.env());
    expect(await signCommand(COMPACT, { as: 'cd-bo-tu-phap', lang: 'vi' }, run.ctx)).toBe(0);
    expect(run.stdout()).toMatch(/^Đã ký 2024\/giao-uoc-khoi-thi-dua-1\.yaml thay mặt cd-bo-tu-phap/);
  });
});

describe('clear user errors', () => {
  it('sign <folder> is one sentence with exit 2', () => {
    const result = runCli(['sign', '2024', '--as', 'cd-bo-khcn'], { cwd: repo.root, env: repo.env() });
    expect(result.stderr).toMatch(/^giaouoc: .*2024.* không phải một tệp văn bản[^\n]*\n$/);
    expect(result.code).toBe(2);
  });

  it('render --out <an existing file> is one sentence with exit 2, and nothing is written', () => {
    writeFileSync(join(repo.root, 'ban in.txt'), 'x');
    const result = runCli(['render', COMPACT, '--out', 'ban in.txt'], { cwd: repo.root, env: repo.env() });
    expect(result.stderr).toBe('giaouoc: --out cần một thư mục, mà "ban in.txt" là một tệp; hãy chọn tên thư mục khác, ví dụ --out out\n');
    expect(result.code).toBe(2);
  });
});

describe('paths in suggested commands', () => {
  it.each([
    ['2027/giao-uoc-khoi-1.yaml', '2027/giao-uoc-khoi-1.yaml'],
    ['Văn bản 2027/giao-uoc.yaml', '"Văn bản 2027/giao-uoc.yaml"'],
    ['Kế hoạch/ke-hoach.yaml', '"Kế hoạch/ke-hoach.yaml"'],
    ['a"b$c.yaml', '"a\\"b\\$c.yaml"'],
  ])('%s → %s', (path, quoted) => {
    expect(shellArg(path)).toBe(quoted);
  });
});
