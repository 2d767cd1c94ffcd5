// Each attack on a CA-signed PDF, and each way a certificate can fail, with the verdict and its Vietnamese
// reason. The PDFs are sign-ready prints of the test repository's compact (made without a browser), signed by
// openssl cms on the ByteRange or by @signpdf, then tampered with as an attacker would.

import { X509Certificate } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentDigest } from '../../src/documents/canonical.js';
import { parseSource } from '../../src/documents/parse.js';
import { findingText } from '../../src/pdfsign/findings.js';
import { openRepoContext, type RepoContext } from '../../src/pdfsign/binding.js';
import { verifyPdf, type PdfReport } from '../../src/pdfsign/verify-pdf.js';
import { makeTestPki, type TestPki } from './helpers/pki.js';
import { COMPACT, createSigningRepo, type SigningRepo } from './helpers/repo.js';
import { samplePdf } from './helpers/sample.js';
import { appendDss, appendOverlay, appendStreamRewrite, appendVisibleChange, derOfPem, objectsOf, signField, signWithLibrary } from './helpers/sign-pdf.js';

let repo: SigningRepo;
let pki: TestPki;
let context: RepoContext;
let anchors: X509Certificate[];
let ready: Buffer;

beforeAll(async () => {
  repo = createSigningRepo();
  pki = makeTestPki(join(repo.base, 'pki'));
  anchors = [new X509Certificate(pki.root.pem)];
  const digest = contentDigest(parseSource(readFileSync(join(repo.root, COMPACT), 'utf8')).value);
  const commit = repo.git(['rev-parse', 'HEAD']).trim();
  ready = await samplePdf(['ubmttq-tinh', 'cd-ubmttq-tinh'], { document: COMPACT, digest, commit, title: 'Giao ước' });
  context = (await openRepoContext(repo.root, repo.env))!;
}, 120_000);
afterAll(() => rmSync(repo.base, { recursive: true, force: true }));

const validation = () => ({ certs: [derOfPem(pki.intermediate.pem)], crls: [pki.crl, pki.rootCrl] });

function both(): Buffer {
  const pdf = signField(ready, 'ky-ubmttq-tinh', pki.signers.kha, pki, { timestamp: true });
  return signField(pdf, 'ky-cd-ubmttq-tinh', pki.signers.thao, pki, { timestamp: true });
}

async function verdict(pdf: Buffer, trusted = anchors): Promise<PdfReport> {
  return verifyPdf('test.pdf', pdf, trusted, context);
}

/** Every reason in Vietnamese, the PDF's own and each signature's. */
function reasons(report: PdfReport): string[] {
  return [...report.findings, ...(report.binding?.findings ?? []), ...report.signatures.flatMap((item) => item.findings)].map((item) => findingText(item).vi);
}

describe('valid signatures', () => {
  test('two parties, timestamped, with CRLs in a DSS: hợp lệ', async () => {
    const report = await verdict(appendDss(both(), validation()));
    expect(reasons(report)).toEqual([]);
    expect(report.state).toBe('valid');
    expect(report.binding?.recordedPrint).toBeUndefined();
  });

  test('a second signature made by @signpdf on a field of its own is matched with its party by name', async () => {
    const first = signField(ready, 'ky-ubmttq-tinh', pki.signers.kha, pki, { timestamp: true });
    const report = await verdict(appendDss(await signWithLibrary(first, pki.signers.thao), validation()));
    expect(report.signatures.map((item) => item.party)).toEqual(['ubmttq-tinh', 'cd-ubmttq-tinh']);
    expect(reasons(report)).toEqual([expect.stringMatching(/^không có dấu thời gian: thời điểm ký .* do phần mềm ký tự khai$/)]);
    expect(report.state).toBe('warnings');
  });

  test('without CRL or OCSP the status is unknown, said as a warning', async () => {
    const report = await verdict(both());
    expect(reasons(report)).toContain('chưa kiểm tra được tình trạng thu hồi của chứng thư “Dương Sà Kha” (PDF không kèm CRL hay OCSP)');
    expect(report.state).toBe('warnings');
  });

  test("a later signer drawing into the empty appearance of its sign-ready field", async () => {
    const first = signField(ready, 'ky-ubmttq-tinh', pki.signers.kha, pki, { timestamp: true });
    const drawn = appendStreamRewrite(first, objectsOf(first, 'ky-cd-ubmttq-tinh').appearance, '0 0 1 RG 10 10 m 150 60 l S');
    const report = await verdict(appendDss(signField(drawn, 'ky-cd-ubmttq-tinh', pki.signers.thao, pki, { timestamp: true }), validation()));
    expect(reasons(report)).toEqual([]);
  });

  test('one party signed: chưa đủ chữ ký', async () => {
    const report = await verdict(appendDss(signField(ready, 'ky-ubmttq-tinh', pki.signers.kha, pki, { timestamp: true }), validation()));
    expect(report.state).toBe('incomplete');
    expect(reasons(report)).toEqual(['ô chữ ký của Công đoàn cơ sở Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng chưa được ký']);
  });
});

describe('attacks on the PDF', () => {
  test('visible content changed by an incremental update after signing', async () => {
    const report = await verdict(appendVisibleChange(appendDss(both(), validation())));
    expect(report.state).toBe('invalid');
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^nội dung đã bị sửa sau khi ký: Page \(đối tượng \d+\) bị sửa trong một lần cập nhật sau chữ ký$/));
  });

  test("the page's content stream rewritten after signing", async () => {
    const pdf = both();
    const report = await verdict(appendStreamRewrite(pdf, objectsOf(pdf, 'ky-ubmttq-tinh').pageContent, 'BT /F1 14 Tf 60 760 Td (Giao uoc thi dua: dat 50% chi tieu) Tj ET'));
    expect(report.state).toBe('invalid');
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^nội dung đã bị sửa sau khi ký: stream \(đối tượng \d+\) bị sửa/));
  });

  test('an annotation laid over the page after signing (shadow attack)', async () => {
    const report = await verdict(appendOverlay(both()));
    expect(report.state).toBe('invalid');
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^nội dung đã bị sửa sau khi ký: Annot\/FreeText \(đối tượng \d+\) được thêm lên trang/));
  });

  test('a signature that covers only part of the file', async () => {
    const report = await verdict(signField(ready, 'ky-ubmttq-tinh', pki.signers.kha, pki, { leaveUnsigned: 40 }));
    expect(report.state).toBe('invalid');
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^chữ ký chỉ bao phủ một phần tệp \(đến byte \d+, không trùng cuối một phiên bản nào của tệp dài \d+ byte\)$/));
  });

  test('bytes changed inside the signed range', async () => {
    const pdf = both();
    const at = pdf.indexOf('Giao uoc thi dua');
    const tampered = Buffer.from(pdf);
    if (at > 0) tampered.write('X', at, 'latin1');
    else tampered[200] = tampered[200]! ^ 1;
    const report = await verdict(tampered);
    expect(reasons(report)).toContain('nội dung được ký đã bị thay đổi: mã băm không khớp với chữ ký');
    expect(report.state).toBe('invalid');
  });

  test('a second signature from a certificate of no registered signatory', async () => {
    const first = signField(ready, 'ky-ubmttq-tinh', pki.signers.kha, pki, { timestamp: true });
    const report = await verdict(await signWithLibrary(first, pki.signers.stranger));
    expect(report.state).toBe('invalid');
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^người ký “Nguyễn Văn Lạ” không phải người ký nào của các bên trong giaouoc\.yaml/));
  });

  test("one party's officer signing the other party's field", async () => {
    const report = await verdict(signField(ready, 'ky-ubmttq-tinh', pki.signers.thao, pki, { timestamp: true }));
    expect(reasons(report)).toContain('người ký “Lâm Thị Thu Thảo” ký vào ô của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng nhưng không phải người ký của đơn vị đó');
  });

  test('a forged XMP: the digest is not the document’s at the commit it names', async () => {
    const commit = repo.git(['rev-parse', 'HEAD']).trim();
    const forged = await samplePdf(['ubmttq-tinh', 'cd-ubmttq-tinh'], { document: COMPACT, digest: `sha256:${'1'.repeat(64)}`, commit, title: 'Giao ước' });
    const report = await verdict(signField(forged, 'ky-ubmttq-tinh', pki.signers.kha, pki));
    expect(report.state).toBe('invalid');
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^mã nội dung trong PDF \(sha256:1+\) khác mã của 2024\/giao-uoc-cd-ubmttq-tinh\.yaml ở commit [0-9a-f]{12} \(sha256:[0-9a-f]{64}\): PDF không in từ phiên bản nó ghi$/));
  });
});

describe('certificates that do not hold', () => {
  test('outside its validity at the signing time', async () => {
    const report = await verdict(signField(ready, 'ky-ubmttq-tinh', pki.signers.expired, pki, { timestamp: true }));
    expect(report.state).toBe('invalid');
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^chứng thư số “Dương Sà Kha” không có hiệu lực vào thời điểm ký .* \(hiệu lực từ 2020-01-01T07:00:00\+07:00 đến 2021-01-01T07:00:00\+07:00\)$/));
  });

  test('revoked, per the CRL in the DSS', async () => {
    const report = await verdict(appendDss(signField(ready, 'ky-ubmttq-tinh', pki.signers.revoked, pki), validation()));
    expect(report.state).toBe('invalid');
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^chứng thư số “Dương Sà Kha” đã bị thu hồi từ .* \(theo CRL\)$/));
  });

  test('revoked, per an OCSP response from the delegated responder', async () => {
    const report = await verdict(appendDss(signField(ready, 'ky-ubmttq-tinh', pki.signers.revoked, pki), { ocsps: [pki.ocsp('revoked')] }));
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^chứng thư số “Dương Sà Kha” đã bị thu hồi từ .* \(theo OCSP\)$/));
  });

  test('under a foreign root', async () => {
    const chain = join(pki.dir, 'foreign', 'ca.pem');
    const report = await verdict(signField(ready, 'ky-ubmttq-tinh', pki.signers.foreign, pki, { chain }));
    expect(report.state).toBe('invalid');
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^chứng thư không dẫn tới chứng thư gốc tin cậy nào \(gốc: Foreign Root CA\)/));
  });

  test('a PDF without its intermediate certificate, when only the root is trusted', async () => {
    const report = await verdict(signField(ready, 'ky-ubmttq-tinh', pki.signers.kha, pki, { chain: pki.root.cert }));
    expect(reasons(report)).toContainEqual(expect.stringMatching(/^không dựng được chuỗi chứng thư tới chứng thư gốc tin cậy \(dừng ở Dương Sà Kha\)/));
  });
});
