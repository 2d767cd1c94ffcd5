// The small edges of the CA-signature commands: trust anchors in the user's folder, refusals of a document
// that is not final, and hostile or missing inputs answered with one sentence and the right exit code.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseSource } from '../../src/documents/parse.js';
import type { RepositoryConfig } from '../../src/kinds/model.js';
import { notFinalReasons } from '../../src/pdfsign/readiness.js';
import { trustDir } from '../../src/pki/trust-store.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTestPki, type TestPki } from './helpers/pki.js';
import { COMPACT, createSigningRepo, type SigningRepo } from './helpers/repo.js';

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));

let repo: SigningRepo;
let pki: TestPki;

beforeAll(() => {
  repo = createSigningRepo();
  pki = makeTestPki(join(repo.base, 'pki'));
}, 120_000);
afterAll(() => rmSync(repo.base, { recursive: true, force: true }));

describe('trust', () => {
  test('add stores the root in the user folder, named by fingerprint, and shows the fingerprints', () => {
    const result = runCli(['trust', 'add', pki.root.cert], { cwd: repo.root, env: repo.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Test Root CA \(giaouoc\)\n {2}SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}\n {2}SHA-1 {3}/);
    expect(trustDir(repo.env)).toBe(join(repo.env.HOME!, '.config', 'giaouoc', 'trust'));
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(runCli(['trust', 'list'], { cwd: repo.root, env: repo.env }).stdout).toContain('Test Root CA (giaouoc)');
  });

  test("add refuses a signer's certificate and a file that is no certificate", () => {
    const signer = runCli(['trust', 'add', pki.signers.kha.cert], { cwd: repo.root, env: repo.env });
    expect(signer.code).toBe(2);
    expect(signer.stderr).toContain('là chứng thư của người ký, không phải chứng thư gốc (CA)');
    const junk = runCli(['trust', 'add', 'giaouoc.yaml'], { cwd: repo.root, env: repo.env });
    expect(junk.code).toBe(2);
    expect(junk.stderr).toBe('giaouoc: giaouoc.yaml không phải chứng thư số X.509 (PEM hoặc DER)\n');
  });

  test('an anchor file edited by hand is no longer trusted', () => {
    const dir = trustDir(repo.env);
    const anchors = runCli(['trust', 'list'], { cwd: repo.root, env: repo.env }).stdout;
    const fingerprint = /SHA-256 (\S+)/.exec(anchors)![1]!.replace(/:/g, '').toLowerCase();
    writeFileSync(join(dir, `${fingerprint}.pem`), pki.foreignRoot.pem);
    expect(runCli(['trust', 'list'], { cwd: repo.root, env: repo.env }).stdout).toContain('Chưa tin cậy chứng thư gốc nào');
    writeFileSync(join(dir, `${fingerprint}.pem`), pki.root.pem);
    const removed = runCli(['trust', 'remove', fingerprint.slice(0, 12)], { cwd: repo.root, env: repo.env });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('đã bỏ: Test Root CA (giaouoc)');
  });
});

describe('render --ban-ky refuses what is not final', () => {
  test('an unfilled placeholder, with its line and column', () => {
    const file = join(repo.root, COMPACT);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('Đoàn kết, kỷ cương', '«✎ chủ đề» Đoàn kết, kỷ cương'));
    repo.git(['commit', '-qam', 'Chỗ chưa điền']);
    try {
      // --ban-ky alone: a print for signing is a PDF.
      const result = runCli(['render', COMPACT, '--ban-ky'], { cwd: repo.root, env: repo.env });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^giaouoc: 2024\/giao-uoc-cd-ubmttq-tinh\.yaml còn chỗ trống «✎ …» chưa điền \(dòng:cột \d+:\d+\); hãy điền nội dung thật\n/);
      expect(result.stderr).toContain('chỉ in bản ký cho văn bản đã hoàn chỉnh');
    } finally {
      writeFileSync(file, original);
      repo.git(['commit', '-qam', 'Điền lại']);
    }
  });

  test('a công văn without a number is asked for one, without a type code', () => {
    const reasons = notFinalReasons('2024/cong-van.yaml', { kind: 'document', type: 'cong-van', date: '2024-03-02' }, []).map((reason) => reason.en);
    expect(reasons).toEqual(['2024/cong-van.yaml has no document number (field "number", e.g. "12/…"; `giaouoc cap-so` gives the next one); a digitally signed document needs one']);
  });

  test('a plan without a number or a whole date', () => {
    const reasons = notFinalReasons('2024/ke-hoach.yaml', { kind: 'plan', date: '2024-03' }, []).map((reason) => reason.vi);
    expect(reasons).toEqual([
      '2024/ke-hoach.yaml chưa có số văn bản (trường “number”, ví dụ “12/KH-…”; `giaouoc cap-so` cấp số tiếp theo); văn bản ký số phải có số',
      '2024/ke-hoach.yaml chưa có ngày ban hành đầy đủ (YYYY-MM-DD); hãy ghi ngày ký',
    ]);
    expect(notFinalReasons('2024/giao-uoc.yaml', { kind: 'compact', date: '2024-03-01' }, [])).toEqual([]);
    // A general document is asked for the number of its type: a quyết định's carries QĐ.
    expect(notFinalReasons('2024/qd.yaml', { kind: 'document', type: 'quyet-dinh', date: '2024-03-01' }, []).map((reason) => reason.en)).toEqual([
      '2024/qd.yaml has no document number (field "number", e.g. "12/QĐ-…"; `giaouoc cap-so` gives the next one); a digitally signed document needs one',
    ]);
  });

  test('a document whose signature block names no signer', () => {
    const source = 'kind: plan\nyear: 2024\nissuer: cd-bo-khdt\nnumber: 15/KH-CĐBKHĐT\ndate: 2024-03-01\nsignature:\n  authority: TM. BAN CHẤP HÀNH\n';
    const parsed = parseSource(source);
    const config = parseSource(readFileSync(join(examplesDir, 'giaouoc.yaml'), 'utf8')).value as RepositoryConfig;
    const reasons = notFinalReasons('2024/ke-hoach.yaml', parsed.value as Record<string, unknown>, [], { config, parsed });
    expect(reasons.map((reason) => reason.vi)).toEqual(['2024/ke-hoach.yaml:7:3: phần ký chưa ghi họ tên người ký; hãy ghi họ tên vào signature.name rồi mới ký']);
    const named = parseSource(`${source}  name: Lê Thị Tường Thu\n`);
    expect(notFinalReasons('2024/ke-hoach.yaml', named.value as Record<string, unknown>, [], { config, parsed: named })).toEqual([]);
  });

  test('--ban-ky with another format is a usage error', () => {
    const result = runCli(['render', COMPACT, '--ban-ky', '--format', 'html'], { cwd: repo.root, env: repo.env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('giaouoc: --ban-ky chỉ dùng với --format pdf\n');
  });
});

describe('verify-pdf and nhan-ban-ky on bad input', () => {
  test('a file that is not a PDF is invalid, with the reason', () => {
    const result = runCli(['verify-pdf', 'giaouoc.yaml'], { cwd: repo.root, env: repo.env });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('giaouoc.yaml: không hợp lệ');
    expect(result.stdout).toContain('không đọc được tệp PDF: not a PDF');
  });

  test('a missing file is a usage error naming it', () => {
    const result = runCli(['verify-pdf', 'khong-co.pdf'], { cwd: repo.root, env: repo.env, });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('giaouoc: không đọc được tệp khong-co.pdf; hãy kiểm tra đường dẫn\n');
  });

  test('an unsigned sign-ready PDF is not stored', () => {
    const truncated = join(repo.base, 'truncated.pdf');
    writeFileSync(truncated, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 0x20)]));
    const result = runCli(['nhan-ban-ky', truncated, '--lang', 'en'], { cwd: repo.root, env: repo.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('was not stored: the signed PDF is invalid');
    expect(repo.git(['status', '--porcelain'])).toBe('');
  });
});
