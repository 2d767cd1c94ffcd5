// The places a newcomer used to get stuck: `key new` without a git identity, `sign --as` not finding the key
// `key new` made, a folder where a file is meant, an existing file as --out, and hints that break on spaces.

import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyNewCommand } from '../../src/commands/key.js';
import { signCommand } from '../../src/commands/sign.js';
import { shellArg } from '../../src/output/shell-quote.js';
import { capture } from '../repo/support/capture.js';
import { COMPACT, createDocumentRepo, type DocumentRepo } from '../repo/support/document-repo.js';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

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
    expect(result.stderr).toBe('giaouoc: --out cần một thư mục hoặc một tệp .html, .pdf, .docx, mà "ban in.txt" là một tệp khác; hãy chọn tên khác, ví dụ --out out\n');
    expect(result.code).toBe(2);
  });
});

describe('render --out <file>', () => {
  it('one document goes to the file named, in the format of its extension; a folder of that name stays a folder', () => {
    const result = runCli(['render', COMPACT, '-o', 'in/giao uoc.HTML'], { cwd: repo.root, env: repo.env() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('in/giao uoc.HTML');
    expect(readFileSync(join(repo.root, 'in', 'giao uoc.HTML'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    mkdirSync(join(repo.root, 'thu-muc.html'));
    expect(runCli(['render', COMPACT, '-o', 'thu-muc.html'], { cwd: repo.root, env: repo.env() }).code).toBe(0);
    expect(existsSync(join(repo.root, 'thu-muc.html', '2024', 'giao-uoc-khoi-thi-dua-1.html'))).toBe(true);
  });

  it('an extension that contradicts --format, and a file for several documents, are one sentence each, before anything is printed', () => {
    const clash = runCli(['render', COMPACT, '--format', 'html', '-o', 'ban.pdf'], { cwd: repo.root, env: repo.env() });
    expect(clash.stderr).toBe('giaouoc: --out ban.pdf là tệp PDF, mà --format là html; hãy bỏ --format, hoặc đặt tên tệp đuôi .html\n');
    expect(clash.code).toBe(2);
    copyFileSync(join(EXAMPLES, '2024', 'quy-che-khoi-thi-dua-1.yaml'), join(repo.root, '2024', 'quy-che-khoi-thi-dua-1.yaml'));
    try {
      const several = runCli(['--lang', 'en', 'render', '2024', '-o', 'ban.html'], { cwd: repo.root, env: repo.env() });
      expect(several.stderr).toBe('giaouoc: --out ban.html names one file, but the command prints 2 documents; give --out a folder, e.g. --out prints\n');
      expect(several.code).toBe(2);
    } finally {
      rmSync(join(repo.root, '2024', 'quy-che-khoi-thi-dua-1.yaml'));
    }
    expect(existsSync(join(repo.root, 'ban.pdf')) || existsSync(join(repo.root, 'ban.html'))).toBe(false);
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
