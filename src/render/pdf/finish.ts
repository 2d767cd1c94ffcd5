// The last step of every PDF, ordinary and sign-ready alike: the file made a function of the document alone, told
// its language, who issued it and the Phụ lục VI fields of NĐ 30/2020, and given what PDF/A-2b asks beyond
// Chromium's output (an sRGB output intent, XMP that agrees with the Info dictionary, a file identifier).
// Chromium stamps the print time into /CreationDate and /ModDate; these are rewritten in place, with the same
// number of bytes, to the document's own date, so two prints of one commit are byte-identical and a PDF can be
// bound to its source by hash. Everything else is one incremental update, which leaves every earlier byte as it
// was and which a signer's own incremental updates later extend.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { documentMetadata, keywordsOf, type DocumentMetadata, type MetadataSource } from '../document-metadata.js';
import { packageRoot } from '../../scaffold/assets.js';
import { documentXmp, pdfString } from './metadata.js';
import { readPdfTrailer } from './trailer.js';

/** What the finishing step writes: the document's metadata (see document-metadata.ts). */
export type PdfFinish = DocumentMetadata;

const CREATOR = 'giaouoc';
/** Used when a document has no valid date. */
const FALLBACK_DATE = '2000-01-01';

/** The finishing of a printed view: its metadata, with the document's date. */
export function finishOfView(view: MetadataSource, date: string | undefined): PdfFinish {
  return documentMetadata(view, date);
}

export function finishPdf(pdf: Buffer, finish: PdfFinish): Buffer {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(finish.issuedDate ?? '')?.[0] ?? FALLBACK_DATE;
  const stamped = stampDates(pdf, day);
  return appendFinish(stamped, finish, day);
}

/** `D:YYYYMMDD000000+07'00'`: midnight, Vietnam time. */
function pdfDate(day: string): string {
  return `D:${day.replace(/-/g, '')}000000+07'00'`;
}

/** Every `/CreationDate (D:…)` and `/ModDate (D:…)` set to the document's date. */
function stampDates(pdf: Buffer, day: string): Buffer {
  const stamp = pdfDate(day);
  const text = pdf.toString('latin1');
  const replaced = text.replace(/\/(CreationDate|ModDate)\s*\((D:[^)]*)\)/g, (whole, key: string, value: string) => {
    // Same length keeps every byte offset of the cross-reference table valid.
    const fitted = stamp.length === value.length ? stamp : stamp.slice(0, value.length).padEnd(value.length, '0');
    return whole.replace(value, fitted);
  });
  return Buffer.from(replaced, 'latin1');
}

/** The body of the last definition of object `ref` ("17 0"), between its outer << and >>. */
function objectDictionary(text: string, ref: string): string | undefined {
  const pattern = new RegExp(`(?:^|[\\r\\n\\s])${ref.replace(/\s+/, '\\s+')}\\s+obj\\s*<<`, 'g');
  let start = -1;
  for (const match of text.matchAll(pattern)) start = match.index! + match[0].length;
  if (start < 0) return undefined;
  let depth = 1;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (text[i] === '>' && text[i + 1] === '>') {
      depth--;
      if (depth === 0) return text.slice(start, i);
      i++;
    }
  }
  return undefined;
}

/** The page count from the page tree's root. */
function pageCount(text: string, catalog: string): number {
  const pages = /\/Pages\s+(\d+\s+\d+)\s+R/.exec(catalog);
  const count = pages ? /\/Count\s+(\d+)/.exec(objectDictionary(text, pages[1]!) ?? '') : undefined;
  if (!count) throw new Error('PDF page tree without /Count: cannot count its pages');
  return Number(count[1]);
}

let iccProfile: Buffer | undefined;

/** The bundled sRGB profile, compressed once (deflate is deterministic for the same bytes and level). */
function srgbProfile(): { data: Buffer; length: number } {
  iccProfile ??= deflateSync(readFileSync(join(packageRoot(), 'assets', 'sRGB.icc')), { level: 9 });
  return { data: iccProfile, length: iccProfile.length };
}

interface NewObject {
  number: number;
  generation: string;
  bytes: Buffer;
}

function dictionaryObject(number: number, generation: string, body: string): NewObject {
  return { number, generation, bytes: Buffer.from(`${number} ${generation} obj\n<<${body}>>\nendobj\n`, 'latin1') };
}

function streamObject(number: number, body: string, data: Buffer): NewObject {
  const head = Buffer.from(`${number} 0 obj\n<<${body} /Length ${data.length}>>\nstream\n`, 'latin1');
  return { number, generation: '0', bytes: Buffer.concat([head, data, Buffer.from('\nendstream\nendobj\n', 'latin1')]) };
}

function appendFinish(pdf: Buffer, finish: PdfFinish, day: string): Buffer {
  const text = pdf.toString('latin1');
  const trailer = readPdfTrailer(text);
  const catalog = objectDictionary(text, trailer.root);
  if (catalog === undefined) throw new Error('PDF catalog not found: cannot finish it');
  const pages = pageCount(text, catalog);

  const previous = trailer.info ? (objectDictionary(text, trailer.info) ?? '') : '';
  const earlier = new Map<string, string>();
  for (const match of previous.matchAll(/\/(\w+)\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g)) earlier.set(match[1]!, match[2]!);
  // Chromium's producer (the Skia version) stays: it says which engine laid out the pages.
  const producerEntry = earlier.get('Producer');
  const producer = producerEntry?.startsWith('(') ? producerEntry.slice(1, -1).replace(/\\(.)/g, '$1') : undefined;
  const keywords = keywordsOf(finish).join('; ');
  const date = pdfDate(day);
  const info = new Map<string, string>();
  info.set('Title', pdfString(finish.title));
  if (finish.organName) info.set('Author', pdfString(finish.organName));
  if (finish.subject) info.set('Subject', pdfString(finish.subject));
  if (keywords) info.set('Keywords', pdfString(keywords));
  info.set('Creator', pdfString(CREATOR));
  if (producer !== undefined) info.set('Producer', pdfString(producer));
  info.set('CreationDate', `(${date})`);
  info.set('ModDate', `(${date})`);
  if (finish.digest) info.set('GiaouocDigest', pdfString(finish.digest));
  if (finish.commit) info.set('GiaouocCommit', pdfString(finish.commit));

  const xmp = documentXmp({ metadata: finish, pages, date: `${day}T00:00:00+07:00`, producer, creatorTool: CREATOR, pdfa: true });
  const icc = srgbProfile();
  const [rootNumber, rootGeneration] = trailer.root.split(/\s+/) as [string, string];
  const infoNumber = trailer.size;
  const metadataNumber = infoNumber + 1;
  const iccNumber = infoNumber + 2;
  const intentNumber = infoNumber + 3;
  const newCatalog =
    catalog.replace(/\/(Lang|Metadata|OutputIntents)\s*(\([^)]*\)|<[^>]*>|\d+\s+\d+\s+R|\[[^\]]*\])/g, '') +
    ` /Lang ${pdfString(finish.language)} /Metadata ${metadataNumber} 0 R /OutputIntents [${intentNumber} 0 R]`;
  const objects = [
    dictionaryObject(Number(rootNumber), rootGeneration, newCatalog),
    dictionaryObject(infoNumber, '0', [...info].map(([key, value]) => `/${key} ${value}`).join('\n')),
    streamObject(metadataNumber, '/Type /Metadata /Subtype /XML', Buffer.from(xmp, 'utf8')),
    streamObject(iccNumber, '/N 3 /Filter /FlateDecode', icc.data),
    dictionaryObject(
      intentNumber,
      '0',
      `/Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile ${iccNumber} 0 R`,
    ),
  ];

  // The file identifier PDF readers and archives expect, from the content, so it is as stable as the bytes.
  const id = createHash('sha256').update(pdf).digest('hex').slice(0, 32).toUpperCase();
  const parts: Buffer[] = [pdf, Buffer.from('\n', 'latin1')];
  let offset = pdf.length + 1;
  const offsets = new Map<number, { offset: number; generation: string }>();
  for (const object of objects) {
    offsets.set(object.number, { offset, generation: object.generation });
    parts.push(object.bytes);
    offset += object.bytes.length;
  }
  const entry = (number: number) => {
    const at = offsets.get(number)!;
    return `${String(at.offset).padStart(10, '0')} ${at.generation.padStart(5, '0')} n `;
  };
  const added = [infoNumber, metadataNumber, iccNumber, intentNumber];
  const xref = [
    'xref',
    `${rootNumber} 1`,
    entry(Number(rootNumber)),
    `${infoNumber} ${added.length}`,
    ...added.map(entry),
    'trailer',
    `<</Size ${intentNumber + 1} /Root ${trailer.root} R /Info ${infoNumber} 0 R /ID [<${id}> <${id}>] /Prev ${trailer.startxref}>>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}
