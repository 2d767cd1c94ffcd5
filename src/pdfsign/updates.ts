// What changed after a signature: the revisions appended after the one a signature covers may only add
// further signatures and validation data (PAdES: signature fields and their appearances, the AcroForm, DSS
// with certificates, CRLs and OCSP responses, document information). Anything else — a page's content, a
// font, a form value, an annotation laid over the text, a page added or removed — changes what the signer saw
// (incremental-update and shadow attacks), and is reported with the object that changed.

import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import { nameOf, type PdfFile } from './pdf-file.js';

export interface Change {
  objectNumber: number;
  /** What the object is: "Page", "Catalog", "Annot/FreeText", "stream"… */
  what: string;
  how: 'modified' | 'removed' | 'annotation-added';
}

const CATALOG_KEYS = new Set(['AcroForm', 'DSS', 'Metadata', 'Perms', 'Extensions']);
const PAGE_KEYS = new Set(['Annots']);

/** Changes made after revision `signed` that a signature does not allow. */
export function disallowedChanges(file: PdfFile, signed: number): Change[] {
  const last = file.revisions.length - 1;
  if (signed >= last) return [];
  const changed = new Set<number>();
  for (let index = signed + 1; index <= last; index++) for (const number of file.revisions[index]!.entries.keys()) changed.add(number);
  const infoRef = file.revisions[last]!.trailer.get(PDFName.of('Info'));
  const infoNumber = infoRef instanceof PDFRef ? infoRef.objectNumber : undefined;
  const appearances = signatureAppearances(file, signed);
  const changes: Change[] = [];
  for (const number of [...changed].sort((a, b) => a - b)) {
    if (number === 0 || file.definedIn(number, signed) === undefined) continue;
    const before = file.object(number, signed);
    if (before === undefined) continue;
    const after = file.object(number);
    if (after === undefined) {
      changes.push({ objectNumber: number, what: describe(before), how: 'removed' });
      continue;
    }
    if (same(before, after)) continue;
    // A signing tool may draw its appearance into the empty one a sign-ready field came with.
    if (appearances.has(number) && before instanceof PDFRawStream && after instanceof PDFRawStream) continue;
    const verdict = judgeModification(file, signed, number, before, after, number === infoNumber);
    if (verdict) changes.push(verdict);
  }
  return changes;
}

function judgeModification(file: PdfFile, signed: number, number: number, before: PDFObject, after: PDFObject, isInfo: boolean): Change | undefined {
  const what = describe(before);
  const modified: Change = { objectNumber: number, what, how: 'modified' };
  if (isInfo || what === 'Metadata') return undefined;
  if (before instanceof PDFDict && after instanceof PDFDict) {
    if (what === 'Catalog') return onlyKeysDiffer(before, after, CATALOG_KEYS) ? undefined : modified;
    if (what === 'Page') {
      if (!onlyKeysDiffer(before, after, PAGE_KEYS)) return modified;
      return addedAnnotations(file, file.array(before.get(PDFName.of('Annots')), signed), file.array(after.get(PDFName.of('Annots'))), number);
    }
    if (isSignatureField(file, before) && isSignatureField(file, after)) return undefined;
    if (before.has(PDFName.of('Fields')) && after.has(PDFName.of('Fields'))) return undefined; // the AcroForm
  }
  if (before instanceof PDFArray && after instanceof PDFArray) {
    // An indirect /Annots or /Fields array: only signature fields may join it.
    return addedAnnotations(file, before, after, number);
  }
  return modified;
}

/** Annotations in `after` and not in `before` must all be signature widgets; none may disappear. */
function addedAnnotations(file: PdfFile, before: PDFArray | undefined, after: PDFArray | undefined, number: number): Change | undefined {
  const key = (item: PDFObject) => (item instanceof PDFRef ? `r${item.objectNumber}` : item.toString());
  const old = new Set((before?.asArray() ?? []).map(key));
  const now = new Set((after?.asArray() ?? []).map(key));
  for (const item of old) if (!now.has(item)) return { objectNumber: number, what: 'Annots', how: 'removed' };
  for (const item of after?.asArray() ?? []) {
    if (old.has(key(item))) continue;
    const annotation = file.dict(item);
    if (!annotation || !isSignatureField(file, annotation)) {
      return { objectNumber: item instanceof PDFRef ? item.objectNumber : number, what: annotation ? describe(annotation) : 'Annot', how: 'annotation-added' };
    }
  }
  return undefined;
}

/** Object numbers of the normal appearances of the signature fields as revision `signed` lists them. */
function signatureAppearances(file: PdfFile, signed: number): Set<number> {
  const numbers = new Set<number>();
  const catalog = file.dict(file.revisions[signed]!.trailer.get(PDFName.of('Root')), signed);
  const form = file.dict(catalog?.get(PDFName.of('AcroForm')), signed);
  const visit = (value: PDFObject | undefined, depth: number) => {
    const field = file.dict(value, signed);
    if (!field || depth > 10) return;
    for (const kid of file.array(field.get(PDFName.of('Kids')), signed)?.asArray() ?? []) visit(kid, depth + 1);
    if (!isSignatureField(file, field)) return;
    const normal = file.dict(field.get(PDFName.of('AP')), signed)?.get(PDFName.of('N'));
    if (normal instanceof PDFRef) numbers.add(normal.objectNumber);
  };
  for (const item of file.array(form?.get(PDFName.of('Fields')), signed)?.asArray() ?? []) visit(item, 0);
  return numbers;
}

function isSignatureField(file: PdfFile, dict: PDFDict): boolean {
  let current: PDFDict | undefined = dict;
  for (let depth = 0; current && depth < 10; depth++) {
    const type = nameOf(current.get(PDFName.of('FT')));
    if (type) return type === 'Sig';
    current = file.dict(current.get(PDFName.of('Parent')));
  }
  return false;
}

function onlyKeysDiffer(before: PDFDict, after: PDFDict, allowed: Set<string>): boolean {
  const keys = new Set([...before.keys(), ...after.keys()].map((key) => key.decodeText()));
  for (const key of keys) {
    if (allowed.has(key)) continue;
    const a = before.get(PDFName.of(key));
    const b = after.get(PDFName.of(key));
    if (!a || !b || !same(a, b)) return false;
  }
  return true;
}

function same(a: PDFObject, b: PDFObject): boolean {
  if (a instanceof PDFRawStream || b instanceof PDFRawStream) {
    return a instanceof PDFRawStream && b instanceof PDFRawStream && a.dict.toString() === b.dict.toString() && Buffer.from(a.contents).equals(Buffer.from(b.contents));
  }
  return a.toString() === b.toString();
}

function describe(value: PDFObject): string {
  const dict = value instanceof PDFRawStream ? value.dict : value instanceof PDFDict ? value : undefined;
  if (!dict) return value instanceof PDFArray ? 'array' : 'value';
  const type = nameOf(dict.get(PDFName.of('Type')));
  const subtype = nameOf(dict.get(PDFName.of('Subtype')));
  if (type === 'Annot' || (subtype && dict.has(PDFName.of('Rect')))) return `Annot/${subtype ?? '?'}`;
  if (type) return type;
  if (dict.has(PDFName.of('Fields'))) return 'AcroForm';
  return value instanceof PDFRawStream ? (subtype ? `stream/${subtype}` : 'stream') : 'dictionary';
}
