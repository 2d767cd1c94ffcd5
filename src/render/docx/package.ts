// The .docx file itself. The docx library stamps the core properties and every zip entry with the current
// time; both are set here to the document's own date, so the same input always gives the same bytes. The core
// and custom properties carry the same metadata as the PDF's XMP (document-metadata.ts): Word shows them under
// File › Info › Properties, and a records system reads docProps/custom.xml by the Phụ lục VI names.
import { Packer, type Document } from 'docx';
import { keywordsOf, phuLucViFields, type DocumentMetadata } from '../document-metadata.js';

/** The document's metadata; `issuedDate` becomes the created and modified time. */
export type DocxProperties = DocumentMetadata;

/** Used when a document has no valid date: the start of the DOS time range zip files can hold. */
const FALLBACK_DATE = '1980-01-01';

export async function packDocx(document: Document, properties: DocxProperties): Promise<Buffer> {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(properties.issuedDate ?? '') ? properties.issuedDate! : FALLBACK_DATE;
  const overrides = [{ path: 'docProps/core.xml', data: coreXml(properties, date) }];
  const zip = await Packer.toBuffer(document, false, overrides);
  return stampZipEntries(Buffer.from(zip), date);
}

/**
 * The custom properties: every Phụ lục VI field the document has (lists joined by "; ") and the source's digest
 * and commit. A DOCX has no pages until a word processor lays it out, so it carries no PageAmount.
 */
export function customProperties(properties: DocxProperties): Array<{ name: string; value: string }> {
  const fields = phuLucViFields(properties).map((field) => ({ name: field.name, value: Array.isArray(field.value) ? field.value.join('; ') : String(field.value) }));
  const trace = (['digest', 'commit'] as const).filter((key) => properties[key]).map((key) => ({ name: key, value: properties[key]! }));
  return [...fields, ...trace].map((item) => ({ name: item.name, value: xmlSafe(item.value) }));
}

function coreXml(properties: DocxProperties, date: string): string {
  const stamp = `${date}T00:00:00Z`;
  const element = (name: string, value: string | undefined) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', properties.title) +
    element('dc:subject', properties.subject) +
    element('dc:creator', properties.organName ?? 'giaouoc') +
    element('cp:keywords', keywordsOf(properties).join('; ')) +
    element('cp:category', properties.typeName) +
    element('dc:identifier', properties.number) +
    element('dc:language', properties.language) +
    element('cp:lastModifiedBy', 'giaouoc') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Without the control characters XML 1.0 cannot hold (a hostile YAML may carry them). */
function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Sets the DOS time and date of every entry, in the central directory and the local headers. */
export function stampZipEntries(zip: Buffer, isoDate: string): Buffer {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const dosDate = ((Math.min(Math.max(year, 1980), 2107) - 1980) << 9) | (month << 5) | day;
  const dosTime = 0;
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) throw new Error('docx: no zip directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('docx: broken zip directory');
    zip.writeUInt16LE(dosTime, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error('docx: broken zip entry');
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
