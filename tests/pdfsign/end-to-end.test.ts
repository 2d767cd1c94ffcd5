// The officer's path through the real binary: render --ban-ky → signed by two test certificates (openssl cms on
// the ByteRange, RFC 3161 timestamps from openssl ts, a DSS with the CRLs and an OCSP response) → nhan-ban-ky →
// verify-pdf "hợp lệ" → status "đã ký số (CA)"; then a signed PDF of another revision is refused.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { pdfWords } from '../render/poppler.js';
import { makeTestPki, type TestPki } from './helpers/pki.js';
import { COMPACT, createSigningRepo, type SigningRepo } from './helpers/repo.js';
import { appendDss, derOfPem, signField } from './helpers/sign-pdf.js';
import { rmSync } from 'node:fs';

let repo: SigningRepo;
let pki: TestPki;
let readyFile: string;
let signedFile: string;

function sign(ready: Buffer): Buffer {
  let pdf = signField(ready, 'ky-ubmttq-tinh', pki.signers.kha, pki, { timestamp: true });
  pdf = signField(pdf, 'ky-cd-ubmttq-tinh', pki.signers.thao, pki, { timestamp: true });
  return appendDss(pdf, { certs: [derOfPem(pki.intermediate.pem)], crls: [pki.crl, pki.rootCrl], ocsps: [pki.ocsp('thao')] });
}

beforeAll(() => {
  repo = createSigningRepo();
  pki = makeTestPki(join(repo.base, 'pki'));
  expect(runCli(['trust', 'add', pki.root.cert], { cwd: repo.root, env: repo.env }).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(repo.base, { recursive: true, force: true }));

describe('render --ban-ky', () => {
  test('prints a sign-ready PDF (to the file --out names), records its hash and commits the record with trailers', () => {
    readyFile = join(repo.base, 'bản ký.pdf');
    const result = runCli(['render', COMPACT, '--ban-ky', '-o', readyFile], { cwd: repo.root, env: repo.env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('sẵn sàng ký số (2 ô chữ ký)');
    expect(existsSync(join(repo.root, '2024', 'giao-uoc-cd-ubmttq-tinh.ban-ky.pdf'))).toBe(false);
    const record = JSON.parse(readFileSync(join(repo.root, 'ban-ky/2024/giao-uoc-cd-ubmttq-tinh.json'), 'utf8'));
    expect(record.prints[0].fields.map((field: { name: string }) => field.name)).toEqual(['ky-ubmttq-tinh', 'ky-cd-ubmttq-tinh']);
    const message = repo.git(['log', '-1', '--format=%B']);
    expect(message).toContain(`Giaouoc-Document: ${COMPACT}`);
    expect(message).toContain(`Giaouoc-Pdf-Sha256: ${record.prints[0].sha256}`);
    expect(repo.git(['status', '--porcelain', '--', 'ban-ky'])).toBe('');
  }, 120_000);

  test('has no DỰ THẢO and no "(Đã ký)", and each field sits between the title and the name of its party', () => {
    const words = pdfWords(readyFile);
    const text = words.map((word) => word.text).join(' ');
    expect(text).not.toContain('DỰ THẢO');
    expect(text).not.toContain('Đã ký');
    const record = JSON.parse(readFileSync(join(repo.root, 'ban-ky/2024/giao-uoc-cd-ubmttq-tinh.json'), 'utf8'));
    const height = 841.92;
    for (const [index, field] of record.prints[0].fields.entries()) {
      const [x1, y1, x2, y2] = field.rect as number[];
      const top = height - y2;
      const bottom = height - y1;
      const inColumn = words.filter((word) => word.page === field.page + 1 && word.xMax > x1 && word.xMin < x2);
      const title = inColumn.filter((word) => word.text === 'TỊCH' || word.text === 'TRĂNG').at(-1)!;
      const name = inColumn.find((word) => word.yMin > title.yMax && ['Dương', 'Lâm'].includes(word.text))!;
      expect(title.yMax, `field ${index} below its title`).toBeLessThanOrEqual(top + 1);
      expect(name.yMin, `field ${index} above its name`).toBeGreaterThanOrEqual(bottom - 1);
      // The seal overlaps the signature's left third: the field reaches further left than the centred name.
      expect(x1).toBeLessThan(name.xMin);
    }
  });

  test('refuses a document with uncommitted changes', () => {
    const file = join(repo.root, COMPACT);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('date: 2024-02-22', 'date: 2024-02-23'));
    try {
      const result = runCli(['render', COMPACT, '--format', 'pdf', '--ban-ky'], { cwd: repo.root, env: repo.env });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('có thay đổi chưa commit');
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe('signed by both parties, brought back and verified', () => {
  test('nhan-ban-ky stores and commits the signed PDF', () => {
    signedFile = join(repo.base, 'da-ky.pdf');
    writeFileSync(signedFile, sign(readFileSync(readyFile)));
    const result = runCli(['nhan-ban-ky', signedFile], { cwd: repo.root, env: repo.env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ban-ky/2024/giao-uoc-cd-ubmttq-tinh.pdf: đã lưu bản ký số hợp lệ');
    expect(repo.git(['show', '--stat', '--format=%B', 'HEAD'])).toContain('ban-ky/2024/giao-uoc-cd-ubmttq-tinh.pdf');
  }, 60_000);

  test('verify-pdf says hợp lệ with the minimum fields, and json says the same', () => {
    const result = runCli(['verify-pdf', 'ban-ky/2024/giao-uoc-cd-ubmttq-tinh.pdf'], { cwd: repo.root, env: repo.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ban-ky\/2024\/giao-uoc-cd-ubmttq-tinh\.pdf: hợp lệ \(2\/2 bên đã ký\)$/m);
    for (const label of ['Người ký: Dương Sà Kha — CCCD:094000000001', 'Người ký: Lâm Thị Thu Thảo', 'Tổ chức: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng', 'Tổ chức cấp chứng thư: CN=Test Intermediate CA', 'dấu thời gian của Test Timestamping Authority', 'Toàn vẹn: nội dung được ký không bị thay đổi', 'có hiệu lực lúc ký', 'Thu hồi: chưa bị thu hồi']) {
      expect(result.stdout).toContain(label);
    }
    expect(result.stdout).toContain('trùng bản sẵn sàng ký đã ghi trong kho');
    const json = JSON.parse(runCli(['verify-pdf', signedFile, '--format', 'json'], { cwd: repo.root, env: repo.env }).stdout);
    expect(json.pdfs[0].state).toBe('valid');
    expect(json.pdfs[0].signatures.map((item: { party: string }) => item.party)).toEqual(['ubmttq-tinh', 'cd-ubmttq-tinh']);
  });

  test('verify checks the stored PDF too', () => {
    const result = runCli(['verify', COMPACT], { cwd: repo.root, env: repo.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ban-ky\/2024\/giao-uoc-cd-ubmttq-tinh\.pdf: hợp lệ \(2\/2 bên đã ký\)$/m);
  });

  test('status shows the compact as đã ký số (CA)', () => {
    const result = runCli(['status'], { cwd: repo.root, env: repo.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^2024\/giao-uoc-cd-ubmttq-tinh\.yaml .* 0\/2 {2}đã ký số \(CA\)/m);
  });

  test('render says the document has a CA-signed electronic original', () => {
    const result = runCli(['render', COMPACT, '--out', join(repo.base, 'out')], { cwd: repo.root, env: repo.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(đã ký số (CA): bản gốc điện tử là ban-ky/2024/giao-uoc-cd-ubmttq-tinh.pdf)');
  });

  test('without the root imported, the same PDF is not trusted', () => {
    const result = runCli(['verify-pdf', signedFile], { cwd: repo.root, env: { ...repo.env, XDG_CONFIG_HOME: join(repo.base, 'empty') } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('chứng thư không dẫn tới chứng thư gốc tin cậy nào (gốc: Test Root CA (giaouoc))');
  });
});

describe('the PDF of another revision', () => {
  test('is refused once the document changed, and verify-pdf names the revision', () => {
    const file = join(repo.root, COMPACT);
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2024-02-22', 'date: 2024-02-23'));
    repo.git(['commit', '-q', '-am', 'Sửa ngày ký']);
    const printedAt = JSON.parse(readFileSync(join(repo.root, 'ban-ky/2024/giao-uoc-cd-ubmttq-tinh.json'), 'utf8')).prints[0].commit.slice(0, 12);
    const attach = runCli(['nhan-ban-ky', signedFile], { cwd: repo.root, env: repo.env });
    expect(attach.code).toBe(1);
    expect(attach.stderr).toContain(`PDF là bản ký của phiên bản khác (commit ${printedAt}); ${COMPACT} đã đổi nội dung sau đó`);
    const status = runCli(['status'], { cwd: repo.root, env: repo.env });
    expect(status.stdout).not.toContain('đã ký số (CA)');
  }, 60_000);
});
