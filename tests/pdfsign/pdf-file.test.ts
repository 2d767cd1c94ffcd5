// Reading PDFs revision by revision: classic tables and cross-reference streams with object streams (as Acrobat
// and iText write incremental updates), and files that are not PDFs at all.

import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { PdfFile, PdfFormatError } from '../../src/pdfsign/pdf-file.js';

async function made(useObjectStreams: boolean): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  doc.setTitle('Kế hoạch');
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('vi'));
  return Buffer.from(await doc.save({ useObjectStreams }));
}

describe('PdfFile', () => {
  test.each([false, true])('finds the catalog and the page (object streams: %s)', async (objectStreams) => {
    const file = new PdfFile(await made(objectStreams));
    expect(file.revisions).toHaveLength(1);
    const catalog = file.dict(file.revisions[0]!.trailer.get(PDFName.of('Root')))!;
    expect(catalog.get(PDFName.of('Lang'))?.toString()).toBe('(vi)');
    const pages = file.dict(catalog.get(PDFName.of('Pages')))!;
    expect(pages.get(PDFName.of('Count'))?.toString()).toBe('1');
    expect(file.revisions[0]!.end).toBe(file.bytes.length);
  });

  test('rejects what is not a PDF, or a PDF cut short', async () => {
    expect(() => new PdfFile(Buffer.from('name: giao ước\n'))).toThrow(PdfFormatError);
    const whole = await made(false);
    expect(() => new PdfFile(whole.subarray(0, whole.length - 40))).toThrow(PdfFormatError);
  });

  test('a startxref loop is an error, not a hang', async () => {
    const pdf = await made(false);
    const xref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.toString('latin1'))![1]);
    const trailerAt = pdf.lastIndexOf('trailer');
    const looped = Buffer.concat([pdf.subarray(0, trailerAt), Buffer.from(pdf.subarray(trailerAt).toString('latin1').replace('<<', `<< /Prev ${xref}`), 'latin1')]);
    expect(() => new PdfFile(looped)).toThrow(/broken cross-reference chain/);
  });
});
