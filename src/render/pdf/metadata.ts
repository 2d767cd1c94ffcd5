// PDF document information beyond the title. Chromium takes the title from <title> but offers no way to
// set other Info keys, so the digest and commit are added by an incremental update: a new Info object, a
// one-entry cross-reference section and a trailer pointing back at Chromium's. The original bytes stay
// untouched, which keeps the change minimal and easy to check.

export interface PdfTraceInfo {
  title?: string;
  /** Content digest of the document ("sha256:…"). */
  digest?: string;
  /** The git commit the content comes from. */
  commit?: string;
}

interface Trailer {
  size: number;
  root: string;
  info?: string;
  startxref: number;
}

/** The PDF with an Info dictionary carrying title, digest and commit (as Keywords and as own keys). */
export function addTraceInfo(pdf: Buffer, info: PdfTraceInfo): Buffer {
  if (!info.digest && !info.commit) return pdf;
  const text = pdf.toString('latin1');
  const trailer = readTrailer(text);
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
    `<</Size ${objectNumber + 1} /Root ${trailer.root} /Info ${objectNumber} 0 R /Prev ${trailer.startxref}>>`,
    'startxref',
    String(xrefOffset),
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.concat([pdf, Buffer.from(object + xref, 'latin1')]);
}

function readTrailer(text: string): Trailer {
  const trailerAt = text.lastIndexOf('trailer');
  const startxrefMatch = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (trailerAt < 0 || !startxrefMatch) throw new Error('PDF without a classic trailer: cannot add document information');
  const dict = text.slice(trailerAt, text.indexOf('>>', trailerAt) + 2);
  const size = /\/Size\s+(\d+)/.exec(dict);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict);
  if (!size || !root) throw new Error('PDF trailer without /Size or /Root');
  const info = /\/Info\s+(\d+\s+\d+\s+R)/.exec(dict);
  return { size: Number(size[1]), root: root[1]!, info: info?.[1], startxref: Number(startxrefMatch[1]) };
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
