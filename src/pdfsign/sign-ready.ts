// Turns a printed PDF into a sign-ready one: every party's reserved area (a marker link, see field-mark.ts)
// becomes an empty AcroForm signature field whose widget has exactly that rectangle, so token software and
// remote-signing apps put their appearance there. The file is written with a classic cross-reference table and
// no object streams, which every signing tool can extend with an incremental update, and then finished like
// every print (render/pdf/finish.ts): its XMP also carries the source's path, digest, commit and number.

import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, type PDFPage } from 'pdf-lib';
import { FIELD_URL_PREFIX, signFieldName } from './field-mark.js';
import { finishPdf, type PdfFinish } from '../render/pdf/finish.js';
import type { SignReadyTrace } from '../render/pdf/metadata.js';

/** The document's metadata and the trace a sign-ready print must carry. */
export type SignReadyFinish = PdfFinish & SignReadyTrace;

export interface SignFieldPlacement {
  party: string;
  name: string;
  /** Zero-based page index. */
  page: number;
  /** [x1, y1, x2, y2] in PDF points from the bottom left. */
  rect: [number, number, number, number];
}

export interface SignReadyResult {
  pdf: Buffer;
  fields: SignFieldPlacement[];
}

export class MissingFieldError extends Error {
  constructor(readonly parties: string[]) {
    super(`no reserved signature area for ${parties.join(', ')}`);
  }
}

/** `parties` in signing order, with the name shown as the field's tooltip. */
export async function makeSignReady(printed: Uint8Array, finish: SignReadyFinish, parties: Array<{ id: string; name: string }>): Promise<SignReadyResult> {
  const doc = await PDFDocument.load(printed, { updateMetadata: false });
  const marks = takeFieldMarks(doc);
  const missing = parties.filter((party) => !marks.has(party.id)).map((party) => party.id);
  if (missing.length > 0) throw new MissingFieldError(missing);

  const context = doc.context;
  const fields: PDFRef[] = [];
  const placements: SignFieldPlacement[] = [];
  for (const party of parties) {
    const mark = marks.get(party.id)!;
    const [x1, y1, x2, y2] = mark.rect;
    // An empty appearance: nothing prints until a signer's software draws its own.
    const appearance = context.register(context.formXObject([], { BBox: [0, 0, x2 - x1, y2 - y1] }));
    const name = signFieldName(party.id);
    const field = context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Widget',
        FT: 'Sig',
        T: PDFString.of(name),
        TU: PDFString.of(party.name),
        F: 4,
        Rect: mark.rect,
        P: mark.page.ref,
        AP: { N: appearance },
      }),
    );
    const annots = mark.page.node.Annots() ?? context.obj([]);
    annots.push(field);
    mark.page.node.set(PDFName.of('Annots'), annots);
    fields.push(field);
    placements.push({ party: party.id, name, page: doc.getPages().indexOf(mark.page), rect: mark.rect });
  }
  doc.catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: fields }));

  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false, addDefaultPage: false });
  return { pdf: finishPdf(Buffer.from(bytes), finish), fields: placements };
}

/** The marker links, removed from their pages, by party. */
function takeFieldMarks(doc: PDFDocument): Map<string, { page: PDFPage; rect: [number, number, number, number] }> {
  const marks = new Map<string, { page: PDFPage; rect: [number, number, number, number] }>();
  for (const page of doc.getPages()) {
    const annots = page.node.Annots();
    if (!annots) continue;
    const kept = doc.context.obj([]);
    for (const ref of annots.asArray()) {
      const url = markUrl(doc.context.lookup(ref));
      if (url === undefined) {
        kept.push(ref);
        continue;
      }
      const party = decodeURIComponent(url.slice(FIELD_URL_PREFIX.length));
      const rect = doc.context.lookup(ref, PDFDict).get(PDFName.of('Rect'));
      if (rect instanceof PDFArray && !marks.has(party)) {
        marks.set(party, { page, rect: rect.asArray().map((value) => round((value as PDFNumber).asNumber())) as [number, number, number, number] });
      }
    }
    if (kept.size() > 0) page.node.set(PDFName.of('Annots'), kept);
    else page.node.delete(PDFName.of('Annots'));
  }
  return marks;
}

function markUrl(annot: unknown): string | undefined {
  if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) return undefined;
  const action = annot.get(PDFName.of('A'));
  const uri = action instanceof PDFDict ? action.get(PDFName.of('URI')) : undefined;
  const text = uri instanceof PDFString ? uri.decodeText() : undefined;
  return text?.startsWith(FIELD_URL_PREFIX) ? text : undefined;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
