// The last step of every PDF: the file made a function of the document alone, and told its language and who
// issued it. Chromium stamps the print time into /CreationDate and /ModDate; these are rewritten in place, with
// the same number of bytes, to the document's own date, so two prints of one commit are byte-identical and a
// PDF can be bound to its source by hash. The catalog gets /Lang and the Info dictionary the issuer, subject
// and keywords through one incremental update, which leaves every earlier byte as it was.
import { createHash } from 'node:crypto';
import { pdfString } from './metadata.js';
import { readPdfTrailer } from './trailer.js';

export interface PdfFinish {
  /** The document's date (YYYY-MM-DD): the PDF's creation and modification date. */
  date?: string;
  /** BCP 47 language of the text. */
  lang: string;
  title?: string;
  /** The issuing body. */
  author?: string;
  subject?: string;
  keywords?: string[];
}

const PRODUCER = 'giaouoc';

export function finishPdf(pdf: Buffer, finish: PdfFinish): Buffer {
  const stamped = stampDates(pdf, finish.date);
  return appendCatalogAndInfo(stamped, finish);
}

/** What every printed view tells its PDF: the issuer as author, the subject, the type and number as keywords. */
export function finishOfView(
  view: { documentTitle: string; header: { issuer: string; number?: string }; title: { docType: string; subject?: string } },
  date: string | undefined,
): PdfFinish {
  const number = view.header.number?.replace(/^Số:\s*/u, '').trim();
  return {
    date,
    lang: 'vi-VN',
    title: view.documentTitle,
    author: view.header.issuer,
    subject: view.title.subject ?? view.title.docType,
    keywords: [view.title.docType, ...(number && /\d/.test(number) ? [number] : [])],
  };
}

/** Every `/CreationDate (D:…)` and `/ModDate (D:…)` set to the document's date at midnight, Vietnam time. */
function stampDates(pdf: Buffer, date: string | undefined): Buffer {
  const digits = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  const stamp = digits ? `D:${digits[1]}${digits[2]}${digits[3]}000000+07'00'` : "D:20000101000000+07'00'";
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

function appendCatalogAndInfo(pdf: Buffer, finish: PdfFinish): Buffer {
  const text = pdf.toString('latin1');
  const trailer = readPdfTrailer(text);
  const catalog = objectDictionary(text, trailer.root);
  if (catalog === undefined) throw new Error('PDF catalog not found: cannot set its language');
  const newCatalog = `${catalog.replace(/\/Lang\s*(\([^)]*\)|<[^>]*>)/, '')} /Lang ${pdfString(finish.lang)}`;

  const previous = trailer.info ? (objectDictionary(text, trailer.info) ?? '') : '';
  const entries = new Map<string, string>();
  for (const match of previous.matchAll(/\/(\w+)\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g)) entries.set(match[1]!, match[2]!);
  entries.set('Creator', pdfString(PRODUCER));
  if (finish.title) entries.set('Title', pdfString(finish.title));
  if (finish.author) entries.set('Author', pdfString(finish.author));
  if (finish.subject) entries.set('Subject', pdfString(finish.subject));
  const keywords = finish.keywords ?? [];
  if (keywords.length > 0) {
    const earlier = entries.get('Keywords');
    const kept = earlier && earlier.startsWith('(') ? earlier.slice(1, -1).replace(/\\(.)/g, '$1') : '';
    entries.set('Keywords', pdfString([...keywords, kept].filter(Boolean).join('; ')));
  }

  // The file identifier PDF readers and archives expect, from the content, so it is as stable as the bytes.
  const id = createHash('sha256').update(pdf).digest('hex').slice(0, 32).toUpperCase();
  const infoNumber = trailer.size;
  const rootNumber = trailer.root.split(/\s+/)[0]!;
  const rootGeneration = trailer.root.split(/\s+/)[1]!;
  const infoBody = [...entries].map(([key, value]) => `/${key} ${value}`).join('\n');
  const catalogObject = `\n${trailer.root} obj\n<<${newCatalog}>>\nendobj\n`;
  const catalogOffset = pdf.length + 1;
  const infoOffset = pdf.length + Buffer.byteLength(catalogObject, 'latin1') + 1;
  const infoObject = `\n${infoNumber} 0 obj\n<<${infoBody}>>\nendobj\n`;
  const xrefOffset = pdf.length + Buffer.byteLength(catalogObject + infoObject, 'latin1');
  const offset = (value: number, generation: string) => `${String(value).padStart(10, '0')} ${generation.padStart(5, '0')} n `;
  const xref = [
    'xref',
    `${rootNumber} 1`,
    offset(catalogOffset, rootGeneration),
    `${infoNumber} 1`,
    offset(infoOffset, '0'),
    'trailer',
    `<</Size ${infoNumber + 1} /Root ${trailer.root} R /Info ${infoNumber} 0 R /ID [<${id}> <${id}>] /Prev ${trailer.startxref}>>`,
    'startxref',
    String(xrefOffset),
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.concat([pdf, Buffer.from(catalogObject + infoObject + xref, 'latin1')]);
}
