// PDF document information beyond the title. Chromium takes the title from <title> but offers no way to
// set other Info keys, so the digest and commit are added by an incremental update: a new Info object, a
// one-entry cross-reference section and a trailer pointing back at Chromium's. The original bytes stay
// untouched, which keeps the change minimal and easy to check.

import { readPdfTrailer } from './trailer.js';
export interface PdfTraceInfo {
  title?: string;
  /** Content digest of the document ("sha256:…"). */
  digest?: string;
  /** The git commit the content comes from. */
  commit?: string;
}

/** The PDF with an Info dictionary carrying title, digest and commit (as Keywords and as own keys). */
export function addTraceInfo(pdf: Buffer, info: PdfTraceInfo): Buffer {
  if (!info.digest && !info.commit) return pdf;
  const text = pdf.toString('latin1');
  const trailer = readPdfTrailer(text);
  const previous = trailer.info ? readInfoEntries(text, trailer.info) : {};
  const entries: Record<string, string> = { ...previous };
  if (info.title !== undefined) entries.Title = pdfString(info.title);
  const keywords = [info.digest && `digest=${info.digest}`, info.commit && `commit=${info.commit}`].filter(Boolean);
  entries.Keywords = pdfString(keywords.join(' '));
  if (info.digest) entries.GiaouocDigest = pdfString(info.digest);
  if (info.commit) entries.GiaouocCommit = pdfString(info.commit);

  const objectNumber = trailer.size;
  const body = Object.entries(entries)
    .map(([key, value]) => `/${key} ${value}`)
    .join('\n');
  const objectOffset = pdf.length + 1;
  const object = `\n${objectNumber} 0 obj\n<<${body}>>\nendobj\n`;
  const xrefOffset = pdf.length + Buffer.byteLength(object, 'latin1');
  const xref = [
    'xref',
    `${objectNumber} 1`,
    `${String(objectOffset).padStart(10, '0')} 00000 n `,
    'trailer',
    `<</Size ${objectNumber + 1} /Root ${trailer.root} R /Info ${objectNumber} 0 R /Prev ${trailer.startxref}>>`,
    'startxref',
    String(xrefOffset),
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.concat([pdf, Buffer.from(object + xref, 'latin1')]);
}

/** The simple entries of Chromium's Info object (Creator, Producer, dates); their values are kept verbatim. */
function readInfoEntries(text: string, reference: string): Record<string, string> {
  const [number, generation] = reference.split(/\s+/);
  const start = text.search(new RegExp(`(^|\\s)${number} ${generation} obj\\s*<<`));
  if (start < 0) return {};
  const end = text.indexOf('endobj', start);
  const dict = text.slice(text.indexOf('<<', start) + 2, text.lastIndexOf('>>', end));
  const entries: Record<string, string> = {};
  const pattern = /\/(\w+)\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g;
  for (const match of dict.matchAll(pattern)) entries[match[1]!] = match[2]!;
  return entries;
}

/** A PDF text string: literal for ASCII, UTF-16BE hex with a byte-order mark otherwise. */
export function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const utf16 = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

/** What a sign-ready PDF says about its source, in its XMP: the PDF can be traced back without the repository. */
export interface SignReadyTrace {
  /** Path of the source document from the document root. */
  document: string;
  digest: string;
  commit: string;
  number?: string;
  title: string;
}

const XMP_NS = 'urn:giaouoc:ban-ky:1.0#';
const TRACE_KEYS = ['document', 'digest', 'commit', 'number'] as const;

/** An XMP packet with the title, the keywords and giaouoc's own properties (document, digest, commit, number). */
export function signReadyXmp(trace: SignReadyTrace): string {
  const own = TRACE_KEYS.filter((key) => trace[key] !== undefined)
    .map((key) => `      <giaouoc:${key}>${xmlText(trace[key]!)}</giaouoc:${key}>`)
    .join('\n');
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:giaouoc="${XMP_NS}">`,
    `      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(trace.title)}</rdf:li></rdf:Alt></dc:title>`,
    `      <pdf:Keywords>${xmlText(`digest=${trace.digest} commit=${trace.commit}`)}</pdf:Keywords>`,
    own,
    '    </rdf:Description>',
    '  </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** The trace an XMP packet carries, or undefined when it has none (a PDF not made by `render --ban-ky`). */
export function readSignReadyXmp(xmp: string): Omit<SignReadyTrace, 'title'> | undefined {
  if (!xmp.includes(XMP_NS)) return undefined;
  const values: Partial<Record<(typeof TRACE_KEYS)[number], string>> = {};
  for (const key of TRACE_KEYS) {
    const match = new RegExp(`<giaouoc:${key}>([^<]*)</giaouoc:${key}>`).exec(xmp);
    if (match) values[key] = xmlUnescape(match[1]!);
  }
  if (!values.document || !values.digest || !values.commit) return undefined;
  return { document: values.document, digest: values.digest, commit: values.commit, number: values.number };
}

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function xmlUnescape(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
