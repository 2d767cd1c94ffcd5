// CA-signed PDF verification speed: `giaouoc verify-pdf` on 100 signed PDFs (2 timestamped signatures each, a DSS
// with the CRLs), offline, beside `openssl cms -verify` of the same signatures (chain and digest only, no PDF
// structure, no revocation). The PKI, the repository and the PDFs are built once with openssl and kept in
// bench/.work/. Runs after `npm run build`:  node bench/pdf-signatures.js
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pkijs from 'pkijs';
import { PDFDocument, PDFName, PDFRef, PDFString, StandardFonts } from 'pdf-lib';
import { contentDigest } from '../dist/documents/canonical.js';
import { parseSource } from '../dist/documents/parse.js';
import { signFieldUrl } from '../dist/pdfsign/field-mark.js';
import { PdfFile } from '../dist/pdfsign/pdf-file.js';
import { makeSignReady } from '../dist/pdfsign/sign-ready.js';
import { BIN, PROJECT, WORK, formatMs, timeCommand } from './lib.js';

const COMPACT = '2024/giao-uoc-cd-ubmttq-tinh.yaml';
const PARTIES = [['ubmttq-tinh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng', 'Dương Sà Kha'], ['cd-ubmttq-tinh', 'Công đoàn cơ sở Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng', 'Lâm Thị Thu Thảo']];
const RESERVED = 12000;

const openssl = (args) => execFileSync('openssl', args, { stdio: ['pipe', 'pipe', 'pipe'] });

function makePki(dir) {
  const conf = join(dir, 'ca.cnf');
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1001\n');
  writeFileSync(join(dir, 'crlnumber'), '01\n');
  writeFileSync(join(dir, 'tsaserial'), '01\n');
  mkdirSync(join(dir, 'new'), { recursive: true });
  writeFileSync(conf, `[ca]\ndefault_ca=d\n[d]\ndir=${dir}\ndatabase=${dir}/index.txt\nnew_certs_dir=${dir}/new\nserial=${dir}/serial\ncrlnumber=${dir}/crlnumber\ndefault_md=sha256\npolicy=p\nunique_subject=no\ndefault_crl_days=30\n[p]\ncommonName=supplied\norganizationName=optional\ncountryName=optional\n[ca_ext]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n[signer_ext]\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n[tsa_ext]\nbasicConstraints=CA:FALSE\nextendedKeyUsage=critical,timeStamping\n[tsa]\ndefault_tsa=t\n[t]\nserial=${dir}/tsaserial\ncrypto_device=builtin\nsigner_digest=sha256\ndefault_policy=1.2.3.4.1\ndigests=sha256\ness_cert_id_alg=sha256\n`);
  const key = (name) => (openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', join(dir, `${name}.key`)]), join(dir, `${name}.key`));
  openssl(['req', '-new', '-x509', '-utf8', '-key', key('root'), '-subj', '/CN=Bench Root CA', '-days', '3650', '-config', conf, '-extensions', 'ca_ext', '-out', join(dir, 'root.pem')]);
  const issue = (name, subject, ext) => {
    openssl(['req', '-new', '-utf8', '-key', key(name), '-subj', subject, '-config', conf, '-out', join(dir, `${name}.csr`)]);
    openssl(['ca', '-batch', '-utf8', '-notext', '-config', conf, '-cert', join(dir, 'root.pem'), '-keyfile', join(dir, 'root.key'), '-in', join(dir, `${name}.csr`), '-out', join(dir, `${name}.pem`), '-extensions', ext, '-days', '730']);
    return { cert: join(dir, `${name}.pem`), key: join(dir, `${name}.key`) };
  };
  const signers = PARTIES.map(([id, org, name]) => issue(id, `/C=VN/O=${org}/CN=${name}`, 'signer_ext'));
  const tsa = issue('tsa', '/CN=Bench TSA', 'tsa_ext');
  openssl(['ca', '-batch', '-config', conf, '-cert', join(dir, 'root.pem'), '-keyfile', join(dir, 'root.key'), '-gencrl', '-out', join(dir, 'root.crl')]);
  return { dir, conf, root: join(dir, 'root.pem'), signers, tsa, crl: openssl(['crl', '-in', join(dir, 'root.crl'), '-outform', 'DER']) };
}

function appendRevision(pdf, objects) {
  const last = new PdfFile(pdf).revisions.at(-1);
  const size = Math.max(Number(last.trailer.get(PDFName.of('Size')).toString()), ...objects.map((item) => item.number + 1));
  const chunks = [Buffer.from('\n')];
  let offset = pdf.length + 1;
  const xref = ['xref'];
  for (const item of objects) {
    const chunk = Buffer.concat([Buffer.from(`${item.number} 0 obj\n`), Buffer.from(item.body, 'latin1'), Buffer.from('\nendobj\n')]);
    xref.push(`${item.number} 1`, `${String(offset).padStart(10, '0')} 00000 n `);
    chunks.push(chunk);
    offset += chunk.length;
  }
  const keep = ['Root', 'Info'].map((key) => `/${key} ${last.trailer.get(PDFName.of(key))}`).join(' ');
  xref.push('trailer', `<< /Size ${size} ${keep} /Prev ${last.xrefOffset} >>`, 'startxref', String(offset), '%%EOF', '');
  return Buffer.concat([pdf, ...chunks, Buffer.from(xref.join('\n'), 'latin1')]);
}

function signField(pdf, fieldIndex, signer, pki, tmp) {
  const file = new PdfFile(pdf);
  const catalog = file.dict(file.revisions.at(-1).trailer.get(PDFName.of('Root')));
  const ref = file.array(file.dict(catalog.get(PDFName.of('AcroForm'))).get(PDFName.of('Fields'))).asArray()[fieldIndex];
  const field = file.dict(ref);
  const number = Number(file.revisions.at(-1).trailer.get(PDFName.of('Size')).toString());
  field.set(PDFName.of('V'), PDFRef.of(number));
  const zeros = '0'.repeat(RESERVED * 2);
  const out = appendRevision(pdf, [
    { number: ref.objectNumber, body: field.toString() },
    { number, body: `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 0000000000 0000000000 0000000000] /Contents <${zeros}> >>` },
  ]);
  const at = out.indexOf(`<${zeros}>`, pdf.length);
  const gapEnd = at + zeros.length + 2;
  out.write(`[0 ${String(at).padStart(10, '0')} ${String(gapEnd).padStart(10, '0')} ${String(out.length - gapEnd).padStart(10, '0')}]`, out.indexOf('[0 0000000000', pdf.length), 'latin1');
  writeFileSync(join(tmp, 'data.bin'), Buffer.concat([out.subarray(0, at), out.subarray(gapEnd)]));
  const cms = openssl(['cms', '-sign', '-binary', '-in', join(tmp, 'data.bin'), '-signer', signer.cert, '-inkey', signer.key, '-outform', 'DER', '-md', 'sha256', '-nosmimecap']);
  const signed = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(cms).buffer).content });
  const info = signed.signerInfos[0];
  writeFileSync(join(tmp, 'sig.bin'), Buffer.from(info.signature.valueBlock.valueHexView));
  openssl(['ts', '-query', '-data', join(tmp, 'sig.bin'), '-sha256', '-cert', '-no_nonce', '-out', join(tmp, 'q.tsq')]);
  const token = openssl(['ts', '-reply', '-config', pki.conf, '-queryfile', join(tmp, 'q.tsq'), '-signer', pki.tsa.cert, '-inkey', pki.tsa.key, '-token_out']);
  const tokenAsn = pkijs.ContentInfo.fromBER(new Uint8Array(token).buffer).toSchema();
  info.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [new pkijs.Attribute({ type: '1.2.840.113549.1.9.16.2.14', values: [tokenAsn] })] });
  const der = Buffer.from(new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signed.toSchema(true) }).toSchema().toBER());
  out.write(der.toString('hex').padEnd(RESERVED * 2, '0'), at + 1, 'latin1');
  return { pdf: out, cms: der, data: readFileSync(join(tmp, 'data.bin')) };
}

function appendDss(pdf, crl) {
  const file = new PdfFile(pdf);
  const rootRef = file.revisions.at(-1).trailer.get(PDFName.of('Root'));
  const catalog = file.dict(rootRef);
  const number = Number(file.revisions.at(-1).trailer.get(PDFName.of('Size')).toString());
  catalog.set(PDFName.of('DSS'), PDFRef.of(number + 1));
  return appendRevision(pdf, [
    { number, body: `<< /Length ${crl.length} >>\nstream\n${crl.toString('latin1')}\nendstream` },
    { number: number + 1, body: `<< /CRLs [${number} 0 R] >>` },
    { number: rootRef.objectNumber, body: catalog.toString() },
  ]);
}

async function build(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  const repo = join(dir, 'repo');
  const home = join(dir, 'home');
  const pkiDir = join(dir, 'pki');
  for (const folder of [join(repo, '2024'), home, pkiDir, join(repo, 'pdf')]) mkdirSync(folder, { recursive: true });
  writeFileSync(join(repo, 'giaouoc.yaml'), readFileSync(join(PROJECT, 'examples', 'giaouoc.yaml')));
  writeFileSync(join(repo, COMPACT), readFileSync(join(PROJECT, 'examples', COMPACT)));
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@example.vn', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@example.vn' };
  const git = (args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Giao ước']);
  const pki = makePki(pkiDir);
  execFileSync(process.execPath, [BIN, 'trust', 'add', pki.root], { env });
  const trace = { document: COMPACT, digest: contentDigest(parseSource(readFileSync(join(repo, COMPACT), 'utf8')).value), commit: git(['rev-parse', 'HEAD']).trim(), title: 'Giao ước', language: 'vi-VN', signers: [], recipients: [] };
  const samples = [];
  for (let index = 0; index < count; index++) {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    const page = doc.addPage([595, 842]);
    page.drawText(`Giao uoc thi dua, ban in so ${index + 1}`, { x: 60, y: 760, size: 14, font });
    page.node.set(PDFName.of('Annots'), doc.context.obj(PARTIES.map(([id], column) => doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [60 + column * 260, 500, 260 + column * 260, 580], A: { S: 'URI', URI: PDFString.of(signFieldUrl(id)) } })))));
    let { pdf } = await makeSignReady(Buffer.from(await doc.save({ useObjectStreams: false })), trace, PARTIES.map(([id, name]) => ({ id, name })));
    for (const [column] of PARTIES.entries()) {
      const signed = signField(pdf, column, pki.signers[column], pki, pkiDir);
      pdf = signed.pdf;
      if (samples.length < 10) samples.push(signed);
    }
    writeFileSync(join(repo, 'pdf', `${String(index + 1).padStart(3, '0')}.pdf`), appendDss(pdf, pki.crl));
  }
  samples.forEach((sample, index) => {
    writeFileSync(join(dir, `sample-${index}.der`), sample.cms);
    writeFileSync(join(dir, `sample-${index}.bin`), sample.data);
  });
  writeFileSync(join(dir, 'ready'), '');
  return { repo, env, root: pki.root };
}

export async function runPdfSignatureBench({ count = 100, runs = 3 } = {}) {
  const dir = join(WORK, `pdf-signatures-${count}`);
  const started = Date.now();
  const cached = existsSync(join(dir, 'ready'));
  const home = join(dir, 'home');
  const built = cached ? { repo: join(dir, 'repo'), env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') }, root: join(dir, 'pki', 'root.pem') } : await build(dir, count);
  const note = cached ? '' : ` (built in ${formatMs(Date.now() - started)})`;
  const files = Array.from({ length: count }, (_, index) => join('pdf', `${String(index + 1).padStart(3, '0')}.pdf`));
  const timed = timeCommand(process.execPath, [BIN, 'verify-pdf', ...files], { cwd: built.repo, env: { ...built.env, NO_COLOR: '1' }, runs });
  const valid = (timed.result.stdout.match(/: hợp lệ \(2\/2 bên đã ký\)$/gm) ?? []).length;
  if (timed.result.status !== 0 || valid !== count) throw new Error(`verify-pdf found ${valid} valid PDFs of ${count}: ${timed.result.stdout.slice(0, 2000)}${timed.result.stderr}`);
  const sample = timeCommand('sh', ['-c', Array.from({ length: 10 }, (_, index) => `openssl cms -verify -binary -inform DER -in ${join(dir, `sample-${index}.der`)} -content ${join(dir, `sample-${index}.bin`)} -CAfile ${built.root} -purpose any -out /dev/null 2>/dev/null`).join(' && ')], { runs: 1 });
  if (sample.result.status !== 0) throw new Error('openssl cms -verify rejects the sample signatures');
  const perSignature = sample.ms / 10;
  return [
    {
      name: `verify-pdf: ${count} PDFs × 2 timestamped signatures, DSS with CRL, no network${note}`,
      value: formatMs(timed.ms),
      compare: `openssl cms -verify: ${formatMs(perSignature * count * 2)} (${perSignature.toFixed(1)} ms per signature × ${count * 2}, from 10)`,
      ratio: `${((perSignature * count * 2) / timed.ms).toFixed(1)}× faster`,
      goal: '< 3.00 s',
      ok: timed.ms < 3000,
    },
  ];
}

// `node -e` and other importers have no script path in argv[1]: run the table only when this file is the script.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { markdownTable } = await import('./lib.js');
  process.stdout.write(`${markdownTable(await runPdfSignatureBench())}\n`);
}
