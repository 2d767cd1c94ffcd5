// Signing test PDFs as signing tools do, by incremental updates: filling a sign-ready field with a CMS made by
// `openssl cms` over the ByteRange (optionally timestamped by `openssl ts`), signing a new field with @signpdf,
// appending validation data (DSS), and the attacks: a visible change after signing, a partial ByteRange.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { PDFName, PDFRef, type PDFDict } from 'pdf-lib';
import { PdfFile } from '../../../src/pdfsign/pdf-file.js';
import { openssl, timestampToken, type Identity, type TestPki } from './pki.js';

const RESERVED = 12_000;

interface NewObject {
  number: number;
  body: string | Buffer;
}

/** Appends one revision holding `objects`; returns the new bytes. */
export function appendRevision(pdf: Buffer, objects: NewObject[], extraSize = 0): Buffer {
  const file = new PdfFile(pdf);
  const last = file.revisions.at(-1)!;
  const trailer = last.trailer;
  const size = Math.max(Number(trailer.get(PDFName.of('Size'))?.toString() ?? 0), ...objects.map((item) => item.number + 1)) + extraSize;
  const parts: Buffer[] = [pdf.at(-1) === 0x0a ? Buffer.alloc(0) : Buffer.from('\n')];
  let offset = pdf.length + parts[0]!.length;
  const offsets = new Map<number, number>();
  for (const item of objects) {
    const chunk = Buffer.concat([Buffer.from(`${item.number} 0 obj\n`), Buffer.isBuffer(item.body) ? item.body : Buffer.from(item.body, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.set(item.number, offset);
    parts.push(chunk);
    offset += chunk.length;
  }
  const lines = ['xref'];
  for (const number of [...offsets.keys()].sort((a, b) => a - b)) {
    lines.push(`${number} 1`, `${String(offsets.get(number)).padStart(10, '0')} 00000 n `);
  }
  const keep = ['Root', 'Info', 'ID'].map((key) => (trailer.has(PDFName.of(key)) ? `/${key} ${trailer.get(PDFName.of(key))!.toString()}` : '')).join(' ');
  lines.push('trailer', `<< /Size ${size} ${keep} /Prev ${last.xrefOffset} >>`, 'startxref', String(offset), '%%EOF', '');
  parts.push(Buffer.from(lines.join('\n'), 'latin1'));
  return Buffer.concat([pdf, ...parts]);
}

export function nextObjectNumber(pdf: Buffer): number {
  const file = new PdfFile(pdf);
  return Number(file.revisions.at(-1)!.trailer.get(PDFName.of('Size'))!.toString());
}

function fieldByName(file: PdfFile, name: string): { ref: PDFRef; dict: PDFDict } {
  const catalog = file.dict(file.revisions.at(-1)!.trailer.get(PDFName.of('Root')))!;
  const form = file.dict(catalog.get(PDFName.of('AcroForm')))!;
  for (const ref of file.array(form.get(PDFName.of('Fields')))!.asArray()) {
    const dict = file.dict(ref)!;
    if (dict.get(PDFName.of('T'))?.toString() === `(${name})`) return { ref: ref as PDFRef, dict };
  }
  throw new Error(`no field ${name}`);
}

export interface SignOptions {
  timestamp?: boolean;
  /** Sign only up to this many bytes before the end (an attack: partial coverage). */
  leaveUnsigned?: number;
  /** Extra certificates to embed (PEM file). */
  chain?: string;
}

/** Fills the empty field `fieldName` with a CAdES-detached signature made by `openssl cms` over the ByteRange. */
export function signField(pdf: Buffer, fieldName: string, signer: Identity, pki: TestPki, options: SignOptions = {}): Buffer {
  const file = new PdfFile(pdf);
  const field = fieldByName(file, fieldName);
  const sigNumber = nextObjectNumber(pdf);
  const placeholder = '0'.repeat(RESERVED * 2);
  const sigDict = `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 0000000000 0000000000 0000000000] /Contents <${placeholder}> /M (D:20261127100000+07'00') >>`;
  field.dict.set(PDFName.of('V'), PDFRef.of(sigNumber));
  let out = appendRevision(pdf, [
    { number: field.ref.objectNumber, body: field.dict.toString() },
    { number: sigNumber, body: sigDict },
  ]);
  const contentsAt = out.indexOf(`<${placeholder}>`, pdf.length);
  const gapEnd = contentsAt + placeholder.length + 2;
  const tail = out.length - gapEnd - (options.leaveUnsigned ?? 0);
  const range = `[0 ${pad(contentsAt)} ${pad(gapEnd)} ${pad(tail)}]`;
  const rangeAt = out.indexOf('[0 0000000000 0000000000 0000000000]', pdf.length);
  out.write(range, rangeAt, 'latin1');
  const data = Buffer.concat([out.subarray(0, contentsAt), out.subarray(gapEnd, gapEnd + tail)]);
  let cms = cmsSign(data, signer, pki, options.chain);
  if (options.timestamp) cms = withTimestamp(cms, pki);
  if (cms.length > RESERVED) throw new Error('CMS larger than the reserved space');
  out = Buffer.from(out);
  out.write(cms.toString('hex').padEnd(RESERVED * 2, '0'), contentsAt + 1, 'latin1');
  return out;
}

function pad(value: number): string {
  return String(value).padStart(10, '0');
}

export function cmsSign(data: Buffer, signer: Identity, pki: TestPki, chain?: string): Buffer {
  const input = join(pki.dir, `data-${process.hrtime.bigint()}.bin`);
  writeFileSync(input, data);
  const certfile = chain ?? join(pki.dir, 'chain.pem');
  return openssl(['cms', '-sign', '-binary', '-in', input, '-signer', signer.cert, '-inkey', signer.key, '-certfile', certfile, '-outform', 'DER', '-md', 'sha256', '-nosmimecap']);
}

/** Adds an RFC 3161 token over the signature value as an unsigned attribute (CAdES-T). */
function withTimestamp(der: Buffer, pki: TestPki): Buffer {
  const info = pkijs.ContentInfo.fromBER(new Uint8Array(der).buffer);
  const signed = new pkijs.SignedData({ schema: info.content });
  const signerInfo = signed.signerInfos[0]!;
  const token = timestampToken(pki, Buffer.from(signerInfo.signature.valueBlock.valueHexView));
  const tokenAsn = asn1js.fromBER(new Uint8Array(token).buffer).result;
  signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 1,
    attributes: [new pkijs.Attribute({ type: '1.2.840.113549.1.9.16.2.14', values: [tokenAsn] })],
  });
  const wrapped = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signed.toSchema(true) });
  return Buffer.from(wrapped.toSchema().toBER());
}

/** PAdES-LT: a DSS with certificates, CRLs and OCSP responses, added to the catalog by a further revision. */
export function appendDss(pdf: Buffer, data: { certs?: Buffer[]; crls?: Buffer[]; ocsps?: Buffer[] }): Buffer {
  const file = new PdfFile(pdf);
  const rootRef = file.revisions.at(-1)!.trailer.get(PDFName.of('Root')) as PDFRef;
  const catalog = file.dict(rootRef)!;
  let next = nextObjectNumber(pdf);
  const objects: NewObject[] = [];
  const streams = (items: Buffer[] = []) =>
    items.map((bytes) => {
      const number = next++;
      objects.push({ number, body: Buffer.concat([Buffer.from(`<< /Length ${bytes.length} >>\nstream\n`), bytes, Buffer.from('\nendstream')]) });
      return `${number} 0 R`;
    });
  const dss = `<< /Certs [${streams(data.certs).join(' ')}] /CRLs [${streams(data.crls).join(' ')}] /OCSPs [${streams(data.ocsps).join(' ')}] >>`;
  const dssNumber = next++;
  objects.push({ number: dssNumber, body: dss });
  catalog.set(PDFName.of('DSS'), PDFRef.of(dssNumber));
  objects.push({ number: rootRef.objectNumber, body: catalog.toString() });
  return appendRevision(pdf, objects);
}

/** The attack: after signing, a new content stream draws over page 1 (the page's /Contents is replaced). */
export function appendVisibleChange(pdf: Buffer): Buffer {
  const file = new PdfFile(pdf);
  const catalog = file.dict(file.revisions.at(-1)!.trailer.get(PDFName.of('Root')))!;
  const pages = file.dict(catalog.get(PDFName.of('Pages')))!;
  const pageRef = file.array(pages.get(PDFName.of('Kids')))!.asArray()[0] as PDFRef;
  const page = file.dict(pageRef)!;
  const number = nextObjectNumber(pdf);
  const content = '1 1 1 rg 50 700 300 60 re f BT /F1 24 Tf 0 0 0 rg 60 720 Td (100%) Tj ET';
  const old = page.get(PDFName.of('Contents'))!.toString();
  page.set(PDFName.of('Contents'), file.context.obj([...(old.startsWith('[') ? [] : [PDFRef.of(Number(old.split(' ')[0]))]), PDFRef.of(number)]));
  return appendRevision(pdf, [
    { number, body: `<< /Length ${content.length} >>\nstream\n${content}\nendstream` },
    { number: pageRef.objectNumber, body: page.toString() },
  ]);
}

export function derOfPem(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

/** Signs a new signature field the way a widely used library does (@signpdf: placeholder-plain, P12 signer). */
export async function signWithLibrary(pdf: Buffer, signer: Identity, reason = 'Ký giao ước'): Promise<Buffer> {
  const { default: signpdf } = await import('@signpdf/signpdf');
  const { plainAddPlaceholder } = await import('@signpdf/placeholder-plain');
  const { P12Signer } = await import('@signpdf/signer-p12');
  const withPlaceholder = plainAddPlaceholder({ pdfBuffer: pdf, reason, contactInfo: '', name: 'signer', location: 'Sóc Trăng', signatureLength: 8192 });
  return Buffer.from(await signpdf.sign(withPlaceholder, new P12Signer(readFileSync(signer.p12!), { passphrase: '' })));
}

/** The shadow attack: after signing, a FreeText annotation is laid over page 1. */
export function appendOverlay(pdf: Buffer): Buffer {
  const file = new PdfFile(pdf);
  const catalog = file.dict(file.revisions.at(-1)!.trailer.get(PDFName.of('Root')))!;
  const pages = file.dict(catalog.get(PDFName.of('Pages')))!;
  const pageRef = file.array(pages.get(PDFName.of('Kids')))!.asArray()[0] as PDFRef;
  const page = file.dict(pageRef)!;
  const number = nextObjectNumber(pdf);
  const annots = file.array(page.get(PDFName.of('Annots')))?.asArray() ?? [];
  page.set(PDFName.of('Annots'), file.context.obj([...annots, PDFRef.of(number)]));
  return appendRevision(pdf, [
    { number, body: '<< /Type /Annot /Subtype /FreeText /Rect [50 700 350 760] /Contents (100%) /DA (/Helv 24 Tf 0 g) /F 4 >>' },
    { number: pageRef.objectNumber, body: page.toString() },
  ]);
}

/** Redefines stream object `number` with new drawing operators (its dictionary kept). */
export function appendStreamRewrite(pdf: Buffer, number: number, content: string): Buffer {
  const file = new PdfFile(pdf);
  const stream = file.object(number) as unknown as { dict: PDFDict };
  const dict = stream.dict.clone();
  dict.delete(PDFName.of('Filter'));
  dict.set(PDFName.of('Length'), file.context.obj(content.length));
  return appendRevision(pdf, [{ number, body: `${dict.toString()}\nstream\n${content}\nendstream` }]);
}

/** Object numbers of a field's empty appearance and of page 1's first content stream. */
export function objectsOf(pdf: Buffer, fieldName: string): { appearance: number; pageContent: number } {
  const file = new PdfFile(pdf);
  const field = fieldByName(file, fieldName).dict;
  const appearance = (file.dict(field.get(PDFName.of('AP')))!.get(PDFName.of('N')) as PDFRef).objectNumber;
  const catalog = file.dict(file.revisions.at(-1)!.trailer.get(PDFName.of('Root')))!;
  const page = file.dict(file.array(file.dict(catalog.get(PDFName.of('Pages')))!.get(PDFName.of('Kids')))!.asArray()[0])!;
  const contents = page.get(PDFName.of('Contents'))!;
  const first = contents instanceof PDFRef ? contents : (file.array(contents)!.asArray()[0] as PDFRef);
  return { appearance, pageContent: first.objectNumber };
}
