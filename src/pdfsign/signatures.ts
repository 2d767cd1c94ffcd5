// The signatures a PDF carries: every signature field of the last revision's AcroForm with a value, and what
// its /ByteRange says it covers. Structural faults are findings, not exceptions: a hostile PDF is reported on.

import { PDFArray, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { nameOf, type PdfFile } from './pdf-file.js';
import { partyOfFieldName } from './field-mark.js';

export type StructureProblem = 'byte-range-malformed' | 'contents-outside-gap' | 'partial-coverage';

export interface PdfSignature {
  fieldName?: string;
  /** The party whose sign-ready field this is (fields made by `render --ban-ky`). */
  party?: string;
  objectNumber: number;
  subFilter?: string;
  byteRange: number[];
  /** The CMS, without the zero padding of the reserved space. */
  contents: Buffer;
  /** The /M entry: the time the signer's software claims. */
  claimedTime?: Date;
  /** Index of the revision the signature covers exactly; undefined when it covers none. */
  revision?: number;
  problems: StructureProblem[];
  /** /Type /DocTimeStamp: a document timestamp rather than a person's signature. */
  documentTimestamp: boolean;
}

export interface SignatureField {
  name: string;
  party?: string;
  signature?: PdfSignature;
}

/**
 * Every signature field, signed or not, in AcroForm order: the last revision's fields first, then any field an
 * earlier revision listed and a later one dropped from the form — a signature cannot be hidden by unlisting it.
 */
export function signatureFields(file: PdfFile): SignatureField[] {
  const found: SignatureField[] = [];
  const seen = new Set<number>();
  const visit = (value: PDFObject | undefined, inheritedType: string | undefined, prefix: string, depth: number) => {
    if (depth > 20) return;
    if (value instanceof PDFRef) {
      if (seen.has(value.objectNumber)) return;
      seen.add(value.objectNumber);
    }
    const field = file.dict(value);
    if (!field) return;
    const type = nameOf(field.get(PDFName.of('FT'))) ?? inheritedType;
    const partial = textOf(field.get(PDFName.of('T')));
    const name = partial === undefined ? prefix : prefix ? `${prefix}.${partial}` : partial;
    const kids = file.array(field.get(PDFName.of('Kids')));
    if (kids && kids.asArray().some((kid) => file.dict(kid)?.has(PDFName.of('T')))) {
      for (const kid of kids.asArray()) visit(kid, type, name, depth + 1);
      return;
    }
    if (type !== 'Sig') return;
    const signatureRef = field.get(PDFName.of('V'));
    const signature = signatureRef ? readSignature(file, signatureRef) : undefined;
    found.push({ name, party: partyOfFieldName(name), signature: signature && { ...signature, fieldName: name, party: partyOfFieldName(name) } });
  };
  for (let revision = file.revisions.length - 1; revision >= 0; revision--) {
    const catalog = file.dict(file.revisions[revision]!.trailer.get(PDFName.of('Root')), revision);
    const form = file.dict(catalog?.get(PDFName.of('AcroForm')), revision);
    for (const item of file.array(form?.get(PDFName.of('Fields')), revision)?.asArray() ?? []) visit(item, undefined, '', 0);
  }
  return found;
}

function readSignature(file: PdfFile, ref: PDFObject): PdfSignature | undefined {
  if (!(ref instanceof PDFRef)) return undefined;
  const dict = file.lightDict(ref.objectNumber);
  if (!dict) return undefined;
  const problems: StructureProblem[] = [];
  const byteRange = numbersOf(file.array(dict.get(PDFName.of('ByteRange'))));
  const contentsValue = dict.get(PDFName.of('Contents'));
  const [start, gapStart, gapEnd, tailLength] = byteRange;
  const bytes = file.bytes;
  const wellFormed =
    byteRange.length === 4 && start === 0 && gapStart! > 0 && gapEnd! > gapStart! && tailLength! >= 0 && gapEnd! + tailLength! <= bytes.length;
  let revision: number | undefined;
  let contents = Buffer.alloc(0);
  if (!wellFormed) {
    problems.push('byte-range-malformed');
    if (contentsValue instanceof PDFHexString || contentsValue instanceof PDFString) contents = Buffer.from(contentsValue.asBytes());
  } else {
    // The gap must be exactly this dictionary's /Contents hex string, so that nothing else escapes the digest.
    // The value is decoded from the gap itself (natively: the reserved space is tens of kilobytes of hex).
    const gap = bytes.subarray(gapStart!, gapEnd!);
    const hex = gap.subarray(1, -1).toString('latin1').replace(/\s+/g, '');
    // The light dictionary leaves a long /Contents empty; a short one is compared as written.
    const declared = contentsValue instanceof PDFHexString ? contentsValue.asString().replace(/\s+/g, '') : undefined;
    const sameValue = declared === '' ? hex.length >= 1024 : declared?.toLowerCase() === hex.toLowerCase();
    // …and lie inside this signature's own object, right after its /Contents key.
    const objectOffset = file.offsetOf(ref.objectNumber);
    const objectEnd = objectOffset === undefined ? -1 : bytes.indexOf('endobj', objectOffset, 'latin1');
    const key = bytes.subarray(Math.max(0, gapStart! - 32), gapStart!).toString('latin1');
    const inside = objectOffset !== undefined && objectOffset < gapStart! && objectEnd >= gapEnd! && /\/Contents\s*$/.test(key);
    if (gap[0] !== 0x3c || gap.at(-1) !== 0x3e || !/^[0-9a-fA-F]*$/.test(hex) || !sameValue || !inside) {
      problems.push('contents-outside-gap');
    }
    contents = Buffer.from(hex, 'hex');
    const end = gapEnd! + tailLength!;
    revision = file.revisions.findIndex((item) => item.end === end || (end < item.end && end >= item.end - 2 && /^\s*$/.test(bytes.subarray(end, item.end).toString('latin1'))));
    if (revision < 0) {
      revision = undefined;
      problems.push('partial-coverage');
    }
  }
  return {
    objectNumber: ref.objectNumber,
    subFilter: nameOf(dict.get(PDFName.of('SubFilter'))),
    byteRange,
    contents: trimDer(contents),
    claimedTime: pdfDate(textOf(dict.get(PDFName.of('M')))),
    revision,
    problems,
    documentTimestamp: nameOf(dict.get(PDFName.of('Type'))) === 'DocTimeStamp',
  };
}

/** The bytes over which the signature's digest is computed. */
export function signedBytes(file: PdfFile, signature: PdfSignature): Buffer[] {
  const [start, gapStart, gapEnd, tailLength] = signature.byteRange as [number, number, number, number];
  return [file.bytes.subarray(start, start + gapStart), file.bytes.subarray(gapEnd, gapEnd + tailLength)];
}

/** A DER value's own length: the reserved /Contents space is padded with zeros after it. */
function trimDer(bytes: Buffer): Buffer {
  if (bytes.length < 2 || bytes[0] !== 0x30) return bytes;
  const first = bytes[1]!;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const count = first & 0x7f;
  if (count === 0 || count > 4) return bytes;
  let length = 0;
  for (let index = 0; index < count; index++) length = length * 256 + bytes[2 + index]!;
  return bytes.subarray(0, Math.min(bytes.length, 2 + count + length));
}

function numbersOf(array: PDFArray | undefined): number[] {
  return array?.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN)) ?? [];
}

export function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** "D:20240222103000+07'00'" → Date. */
export function pdfDate(text: string | undefined): Date | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?/.exec(text ?? '');
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', sign, offsetHours = '00', offsetMinutes = '00'] = match;
  const zone = !sign || sign.toUpperCase() === 'Z' ? 'Z' : `${sign}${offsetHours}:${offsetMinutes}`;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

