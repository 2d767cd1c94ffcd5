// The command-line frame through the real binary: help in the user's language, incomplete calls, usage errors that
// name what the user typed, and a reader that closes the pipe early.

import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, PROJECT, runCli } from '../helpers/run-cli.js';

describe('help', () => {
  it('prints Vietnamese help and exits 2 when called with nothing to do', () => {
    for (const args of [[], ['key']]) {
      const result = runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^Cách dùng: giaouoc/);
      expect(result.stderr).toContain('Lệnh:');
      expect(result.stderr).not.toMatch(/Usage|Options|Commands|display help/);
    }
  });

  it('answers `giaouoc help [command]` and `--help` with exit 0, in English with --lang en', () => {
    const vi = runCli(['help', 'render']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Cách dùng: giaouoc render [tùy-chọn] <tệp...>');
    expect(vi.stdout.replace(/\s+/g, ' ')).toContain('(một trong: html, pdf, docx; mặc định: html)');
    expect(vi.stdout).not.toMatch(/default|choices|false/);
    const en = runCli(['help', 'render', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Usage: giaouoc render [options] <paths...>');
    expect(runCli(['help']).code).toBe(0);
    expect(runCli(['validate', '--help']).stdout).toContain('Tùy chọn:');
  });

  it('answers `help <unknown>` with one sentence naming the closest command, exit 2', () => {
    const near = runCli(['help', 'valdate']);
    expect(near.code).toBe(2);
    expect(near.stderr).toBe('giaouoc: không có lệnh “valdate”; có phải `giaouoc help validate`?\n');
    expect(near.stdout).toBe('');
    const en = runCli(['help', 'regster', '--lang', 'en']);
    expect(en.stderr).toBe('giaouoc: there is no command “regster”; did you mean `giaouoc help register`?\n');
    const far = runCli(['help', 'xyzzy']);
    expect(far.code).toBe(2);
    expect(far.stderr).toBe('giaouoc: không có lệnh “xyzzy”; `giaouoc help` liệt kê mọi lệnh\n');
    expect(runCli(['key', 'help', 'nwe']).stderr).toMatch(/^giaouoc: không có lệnh “nwe”; có phải `giaouoc key help new`\?\n$/);
    expect(runCli(['help', 'cap-so']).code).toBe(0);
  });

  it('lists every kind of the registry under `new`', () => {
    const help = runCli(['new', '--help']).stdout.replace(/\s+/g, ' ');
    for (const kind of ['compact', 'plan', 'report', 'scoring-table', 'score-sheet']) expect(help).toContain(`(${kind})`);
  });
});

describe('usage errors', () => {
  const cases: [string[], RegExp][] = [
    [['render'], /^giaouoc: `giaouoc render` cần tệp hoặc thư mục; xem `giaouoc render --help`\n$/],
    [['render', 'x.yaml', '--format', 'pfd'], /giá trị “pfd” của --format không hợp lệ; hãy dùng một trong: html, pdf, docx/],
    [['new', 'compact', '-y', '--year'], /tùy chọn --year cần một giá trị/],
    [['sign', 'x.yaml'], /`giaouoc sign` cần tùy chọn --as/],
    [['validate', '--formt', 'json'], /không có tùy chọn --formt; có phải --format\?/],
    [['sign', 'Văn', 'bản.yaml', '--as', 'x'], /nhận tối đa 1 tham số; hãy đặt đường dẫn có dấu cách trong dấu nháy kép/],
    [['valdate'], /không có lệnh “valdate”; có phải `giaouoc validate`\?/],
  ];
  it.each(cases)('%j is one Vietnamese sentence and exit 2', (args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('speaks English with --lang en', () => {
    const result = runCli(['verify', '--lang', 'en', '--format=xml']);
    expect(result.stderr).toBe('giaouoc: “xml” is not a valid value for --format; use one of: text, json\n');
  });
});

describe('a closed pipe', () => {
  it('is a normal end: exit 0 and no trace when the reader stops after the first line', async () => {
    // A megabyte of findings: far more than a pipe holds, so the writes fail after the reader has gone.
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-epipe-'));
    copyFileSync(join(PROJECT, 'examples', 'giaouoc.yaml'), join(dir, 'giaouoc.yaml'));
    const word = 'Việt Nam'.normalize('NFD');
    writeFileSync(join(dir, 'doc.yaml'), `kind: compact\nitems:\n${Array.from({ length: 4000 }, (_, i) => `  - "${word} ${i}"\n`).join('')}`);
    const child = spawn(process.execPath, [BIN, 'validate', 'doc.yaml', '--no-cache'], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
