// A small sign-ready PDF made without a browser: two pages of text with the marker links a template prints,
// turned into signature fields by the real sign-ready step.

import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { signFieldUrl } from '../../../src/pdfsign/field-mark.js';
import { makeSignReady } from '../../../src/pdfsign/sign-ready.js';

export const SAMPLE_TRACE = {
  document: '2024/giao-uoc-cd-ubmttq-tinh.yaml',
  digest: 'sha256:0000000000000000000000000000000000000000000000000000000000000000',
  commit: '0000000000000000000000000000000000000000',
  title: 'Giao ước thi đua',
};

export async function samplePdf(parties = ['ubmttq-tinh', 'cd-ubmttq-tinh'], trace = SAMPLE_TRACE): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([595, 842]);
  page.drawText('Giao uoc thi dua: dat 90% chi tieu', { x: 60, y: 760, size: 14, font });
  const annots = doc.context.obj([]);
  parties.forEach((party, index) => {
    const x = 60 + index * 260;
    annots.push(doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [x, 500, x + 200, 580], A: { S: 'URI', URI: PDFString.of(signFieldUrl(party)) } })));
  });
  page.node.set(PDFName.of('Annots'), annots);
  const printed = Buffer.from(await doc.save({ useObjectStreams: false }));
  const ready = await makeSignReady(printed, { ...trace, language: 'vi-VN', signers: [], recipients: [] }, parties.map((id) => ({ id, name: id })));
  return ready.pdf;
}
