// The finishing step on real Chromium prints: the Phụ lục VI fields in the XMP read back with pdf.js (as a records
// system would), the structural requirements of PDF/A-2b, qpdf's own check, same bytes twice, and not one pixel
// changed. CI installs chromium, poppler-utils and qpdf (see .ci/run).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentMetadata, phuLucViFields } from '../../src/render/document-metadata.js';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { renderViewHtml } from '../../src/render/html.js';
import { finishOfView, finishPdf } from '../../src/render/pdf/finish.js';
import { readSignReadyXmp } from '../../src/render/pdf/metadata.js';
import { PdfPrinter } from '../../src/render/pdf/printer.js';
import { buildViewModel } from '../../src/render/view-model/index.js';
import type { RenderInput } from '../../src/render/view-model/types.js';
import { makeSignReady } from '../../src/pdfsign/sign-ready.js';
import { runTool } from '../helpers/tools.js';
import { loadExamples } from './examples.js';
import { pdfaProblems } from './pdfa-structure.js';

const env = createTemplateEnvironment();
const dir = mkdtempSync(join(tmpdir(), 'giaouoc-pdf-metadata-'));
const examples = loadExamples();
let printer: PdfPrinter;

beforeAll(async () => {
  printer = await PdfPrinter.launch();
}, 60_000);

afterAll(async () => {
  await printer?.close();
});

const SIGNED = { complete: true, digest: `sha256:${'ab'.repeat(32)}`, commit: 'c'.repeat(40) };

async function printed(input: RenderInput): Promise<{ raw: Buffer; finished: Buffer; view: ReturnType<typeof buildViewModel> }> {
  const view = buildViewModel(input, env.profile);
  const raw = await printer.print(renderViewHtml(view, env, { fonts: 'embedded' }));
  return { raw, finished: finishPdf(raw, finishOfView(view, input.document.date)), view };
}

/** Document information and XMP as pdf.js reads them. */
async function readBack(bytes: Buffer): Promise<{ pages: number; info: Record<string, unknown>; xmp: Record<string, unknown> }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, stopAtErrors: true }).promise;
  try {
    const { info, metadata } = await doc.getMetadata();
    return { pages: doc.numPages, info: info as Record<string, unknown>, xmp: Object.fromEntries(metadata ? [...metadata] : []) };
  } finally {
    await doc.destroy();
  }
}

/** The items of a list property in the last XMP packet of the file. */
function seqItems(bytes: Buffer, name: string): string[] {
  const text = bytes.toString('utf8');
  const packet = text.slice(text.lastIndexOf('<?xpacket begin'));
  const list = new RegExp(`<vbdt:${name}><rdf:Seq>(.*?)</rdf:Seq>`).exec(packet)?.[1] ?? '';
  return [...list.matchAll(/<rdf:li>([^<]*)<\/rdf:li>/g)].map((match) => match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

function qpdfCheck(bytes: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return runTool('qpdf', ['--check', file], { encoding: 'utf8' });
}

describe('every example, finished', () => {
  it('carries its Phụ lục VI fields, page count included, and meets the structure of PDF/A-2b', async () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const example of examples) {
      const { finished, view } = await printed({ ...example, signatures: SIGNED });
      const metadata = documentMetadata(view, example.document.date);
      const { pages, info, xmp } = await readBack(finished);
      const where = example.relativePath;
      expect(await pdfaProblems(finished), where).toEqual([]);
      expect(qpdfCheck(finished, 'example'), where).toContain('No syntax or stream encoding errors');
      expect(info.Language, where).toBe('vi-VN');
      expect(info.Title, where).toBe(metadata.title);
      expect(xmp['vbdt:pageamount'] ?? xmp['vbdt:PageAmount'], where).toBe(String(pages));
      for (const field of phuLucViFields(metadata)) {
        // pdf.js reads a list as the text of its items run together; the items themselves are read from the packet.
        const value = xmp[`vbdt:${field.name}`] ?? xmp[`vbdt:${field.name.toLowerCase()}`];
        expect(value, `${where} vbdt:${field.name}`).toBe(Array.isArray(field.value) ? field.value.join('') : String(field.value));
        if (Array.isArray(field.value)) expect(seqItems(finished, field.name), `${where} vbdt:${field.name}`).toEqual(field.value);
      }
      expect(xmp['pdfaid:part'], where).toBe('2');
      expect(xmp['giaouoc:digest'], where).toBe(SIGNED.digest);
    }
  }, 180_000);

  it('is byte-identical when printed twice, and the catalog says vi-VN', async () => {
    const example = examples.find((item) => item.document.kind === 'plan')!;
    const one = await printed(example);
    const two = await printed(example);
    expect(one.finished.equals(two.finished)).toBe(true);
    expect(one.finished.toString('latin1')).toMatch(/\/Lang \(vi-VN\) \/Metadata \d+ 0 R \/OutputIntents \[\d+ 0 R\]/);
  }, 60_000);

  it('looks exactly as Chromium printed it', async () => {
    const example = examples.find((item) => item.document.kind === 'report')!;
    const { raw, finished } = await printed(example);
    const png = (bytes: Buffer, name: string) => {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, bytes);
      runTool('pdftoppm', ['-r', '50', '-png', file, join(dir, name)]);
      return readFileSync(join(dir, `${name}-1.png`));
    };
    expect(png(finished, 'finished').equals(png(raw, 'raw'))).toBe(true);
    // What the finishing adds: Chromium's own file has none of it.
    expect(await pdfaProblems(raw)).toEqual(expect.arrayContaining(['trailer: no /ID', 'catalog: no XMP metadata stream', 'catalog: no GTS_PDFA1 output intent']));
  }, 60_000);
});

describe('a sign-ready print', () => {
  it('goes through the same finishing: its trace, the Phụ lục VI fields and the PDF/A structure', async () => {
    const example = examples.find((item) => item.relativePath === '2024/giao-uoc-cd-ubmttq-tinh.yaml')!;
    const view = buildViewModel({ ...example, signatures: { complete: false, digest: SIGNED.digest, commit: SIGNED.commit, forSigning: true } }, env.profile);
    const raw = await printer.print(renderViewHtml(view, env, { fonts: 'embedded' }));
    const parties = (example.document as { parties: string[] }).parties.map((id) => ({ id, name: id }));
    const finish = { ...finishOfView(view, example.document.date), document: example.relativePath, digest: SIGNED.digest, commit: SIGNED.commit };
    const ready = await makeSignReady(raw, finish, parties);
    const again = await makeSignReady(raw, finish, parties);
    expect(ready.pdf.equals(again.pdf)).toBe(true);
    expect(await pdfaProblems(ready.pdf)).toEqual([]);
    expect(qpdfCheck(ready.pdf, 'sign-ready')).toContain('No syntax or stream encoding errors');
    const { xmp } = await readBack(ready.pdf);
    expect(seqItems(ready.pdf, 'FullName')).toEqual(['Dương Sà Kha', 'Lâm Thị Thu Thảo']);
    const text = ready.pdf.toString('utf8');
    const packet = text.slice(text.lastIndexOf('<?xpacket begin'), text.lastIndexOf('<?xpacket end'));
    expect(readSignReadyXmp(packet)).toEqual({ document: example.relativePath, digest: SIGNED.digest, commit: SIGNED.commit, number: undefined });
  }, 60_000);
});
