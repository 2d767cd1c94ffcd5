// `giaouoc validate` through the real binary: formats, languages, exit codes, and bad input of every sort.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, runCli } from '../helpers/run-cli.js';

const examples = join(PROJECT, 'examples');
let repo: string;
const compactFile = '2024/giao-uoc-khoi-thi-dua-1.yaml';

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'giaouoc-e2e-'));
  cpSync(examples, repo, { recursive: true });
});

function badRepo(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), `giaouoc-bad-${name}-`));
  cpSync(join(examples, 'giaouoc.yaml'), join(dir, 'giaouoc.yaml'));
  writeFileSync(join(dir, 'doc.yaml'), content);
  return dir;
}

const compactText = () => readFileSync(join(examples, compactFile), 'utf8');

describe('giaouoc validate', () => {
  it('passes the bundled examples with exit 0', () => {
    const result = runCli(['validate', 'examples']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/không có lỗi/);
    expect(result.code).toBe(0);
  });

  it('validates the whole repository from inside it by default', () => {
    const result = runCli(['validate'], { cwd: join(repo, '2024') });
    expect(result.code).toBe(0);
  });

  const badInputs: [string, () => string | Buffer, RegExp][] = [
    ['not-yaml', () => 'Đây là một đoạn văn bản: không phải: YAML\n  - ]\n', /cú pháp YAML|hai dấu hai chấm/],
    ['plain-text', () => 'Kế hoạch công tác năm 2024\n', /không phải văn bản giaouoc/],
    ['binary', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /không phải tệp văn bản/],
    ['utf16', () => Buffer.from('\uFEFF' + compactText(), 'utf16le'), /UTF-16.*--fix/],
    ['tabs', () => 'kind: compact\nyear: 2024\nparties:\n\t- cd-bo-khcn\n', /Tab/],
    ['too-large', () => 'a: ' + 'x'.repeat(5 * 1024 * 1024 + 10) + '\n', /quá lớn/],
    ['latin1', () => Buffer.from('theme: C\xf4ng \xf0o\xe0n\n', 'latin1'), /UTF-8/],
    ['alias-bomb', () => ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', ''].join('\n'), /bí danh/],
  ];

  for (const [name, content, message] of badInputs) {
    it(`answers bad input (${name}) with one positioned finding, exit 1, no stack trace`, () => {
      const dir = badRepo(name, content());
      const result = runCli(['validate', 'doc.yaml'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^doc\.yaml:\d+:\d+ lỗi /m);
      expect(result.stdout).toMatch(message);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    });
  }

  it('exits 2 with one line for a path that does not exist', () => {
    const result = runCli(['validate', 'khong-co.yaml'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/không tìm thấy khong-co\.yaml/);
  });

  it('exits 2 outside a document repository, saying to run init', () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-empty-'));
    const result = runCli(['validate'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/giaouoc init/);
  });

  it('exits 2 for an unknown option or format', () => {
    expect(runCli(['validate', '--format', 'xml']).code).toBe(2);
    expect(runCli(['validate', '--khong-co']).code).toBe(2);
  });

  it('speaks English with --lang en', () => {
    const dir = badRepo('en', 'kind: compact\nyear: 2024\n');
    const result = runCli(['validate', '--lang', 'en', 'doc.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/the required field “issuer”/);
    expect(result.stdout).toMatch(/error/);
  });

  it('prints JSON and GitHub annotations from the same findings', () => {
    const dir = badRepo('formats', 'kind: compact\nyear: 2024\n');
    const json = JSON.parse(runCli(['validate', '--format', 'json', 'doc.yaml'], { cwd: dir }).stdout);
    expect(json.errors).toBeGreaterThan(0);
    expect(json.issues[0]).toMatchObject({ file: 'doc.yaml', line: 1, column: 1, severity: 'error' });
    const github = runCli(['validate', '--format', 'github', 'doc.yaml'], { cwd: dir });
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=doc\.yaml,line=1,col=1,title=giaouoc schema-required::thiếu trường/m);
  });

  it('fails warnings only with --strict', () => {
    const dir = join(PROJECT, 'tests', 'fixtures', 'warn-placeholder');
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
    expect(runCli(['validate', '--strict'], { cwd: dir }).code).toBe(1);
    expect(runCli(['validate', '--quiet'], { cwd: dir }).stdout).toBe('');
  });

  it('never trusts the cache for cross-document rules: a change in a plan shows in the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-cache-'));
    cpSync(examples, dir, { recursive: true });
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
    const planFile = join(dir, '2023', 'ke-hoach-cd-bo-noi-vu.yaml');
    const plan = readFileSync(planFile, 'utf8');
    const report = readFileSync(join(dir, '2023', 'bao-cao-quy-1-cd-bo-noi-vu.yaml'), 'utf8');
    const taskId = /task: ([a-z0-9-]+)/.exec(report)![1];
    writeFileSync(planFile, plan.replace(new RegExp(`id: ${taskId}\\b`), `id: ${taskId}-moi`));
    const result = runCli(['validate', '2023/bao-cao-quy-1-cd-bo-noi-vu.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`không có nhiệm vụ mã “${taskId}”`));
  });

  it('rewrites decomposed text as NFC with --fix', () => {
    const dir = badRepo('nfd', compactText().replace('Đổi mới sáng tạo', 'Đổi mới sáng tạo'.normalize('NFD')));
    const before = runCli(['validate', 'doc.yaml'], { cwd: dir });
    expect(before.stdout).toMatch(/NFD/);
    const fixed = runCli(['validate', '--fix', 'doc.yaml'], { cwd: dir });
    expect(fixed.stdout).not.toMatch(/NFD/);
    expect(readFileSync(join(dir, 'doc.yaml'), 'utf8')).toBe(readFileSync(join(dir, 'doc.yaml'), 'utf8').normalize('NFC'));
  });

  it('prints the version', () => {
    const result = runCli(['--version']);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).version);
  });
});
