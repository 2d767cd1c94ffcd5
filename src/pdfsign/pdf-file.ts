// A read-only view of a PDF as its successive revisions: every cross-reference section (classic table or
// stream) with the byte where its revision ends, and lookup of any object as it stood in any revision.
// Signatures are judged revision by revision, so the file is never flattened into one object graph the way
// an editor would load it; objects are parsed only when asked for (pdf-lib parses one object at a time).

import {
  PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRawStream, PDFRef, decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';

export class PdfFormatError extends Error {}

type Entry = { type: 'offset'; offset: number } | { type: 'compressed'; stream: number; index: number } | { type: 'free' };

export interface Revision {
  /** Offset of this revision's cross-reference section. */
  xrefOffset: number;
  /** Byte just after this revision's `%%EOF` (and its end-of-line): the revision is bytes [0, end). */
  end: number;
  /** Byte just after the `%%EOF` itself: a file saved without a final end-of-line ends here. */
  markEnd: number;
  trailer: PDFDict;
  /** The objects this section (re)defines or frees. */
  entries: Map<number, Entry>;
}

const EOF_MARK = Buffer.from('%%EOF');

export class PdfFile {
  readonly context = PDFContext.create();
  /** Oldest first. */
  readonly revisions: Revision[];
  private readonly parsed = new Map<string, PDFObject | undefined>();
  private readonly objectStreams = new Map<number, { offsets: number[]; body: Uint8Array }>();

  constructor(readonly bytes: Buffer) {
    if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new PdfFormatError('not a PDF: no %PDF- header');
    this.revisions = this.readRevisions();
  }

  /** The object `number` as revision `upTo` (default: the last) defines it; undefined when free or absent. */
  object(number: number, upTo = this.revisions.length - 1): PDFObject | undefined {
    for (let index = upTo; index >= 0; index--) {
      const entry = this.revisions[index]!.entries.get(number);
      if (!entry) continue;
      if (entry.type === 'free') return undefined;
      const key = entry.type === 'offset' ? `o${entry.offset}` : `c${entry.stream}:${entry.index}`;
      if (!this.parsed.has(key)) this.parsed.set(key, this.parseEntry(entry, index));
      return this.parsed.get(key);
    }
    return undefined;
  }

  /** The revision (index) that last defined `number` at or before `upTo`. */
  definedIn(number: number, upTo = this.revisions.length - 1): number | undefined {
    for (let index = upTo; index >= 0; index--) if (this.revisions[index]!.entries.has(number)) return index;
    return undefined;
  }

  /** Follows a reference (as of revision `upTo`); anything else is returned as is. */
  resolve(value: PDFObject | undefined, upTo = this.revisions.length - 1): PDFObject | undefined {
    return value instanceof PDFRef ? this.object(value.objectNumber, upTo) : value;
  }

  dict(value: PDFObject | undefined, upTo?: number): PDFDict | undefined {
    const resolved = this.resolve(value, upTo);
    if (resolved instanceof PDFDict) return resolved;
    return resolved instanceof PDFRawStream ? resolved.dict : undefined;
  }

  array(value: PDFObject | undefined, upTo?: number): PDFArray | undefined {
    const resolved = this.resolve(value, upTo);
    return resolved instanceof PDFArray ? resolved : undefined;
  }

  /**
   * A signature dictionary with its long hex strings (the reserved /Contents, tens of kilobytes) left empty:
   * pdf-lib decodes hex one character at a time, and the value is read from the ByteRange gap instead.
   */
  lightDict(number: number): PDFDict | undefined {
    const offset = this.offsetOf(number);
    if (offset === undefined) return this.dict(PDFRef.of(number));
    const end = this.bytes.indexOf('endobj', offset, 'latin1');
    if (end < 0) return this.dict(PDFRef.of(number));
    const text = this.bytes.subarray(offset, end).toString('latin1').replace(/<[0-9A-Fa-f\s]{1024,}>/g, '<>');
    const head = /^\s*\d+\s+\d+\s+obj\b/.exec(text);
    if (!head) return undefined;
    try {
      const value = PDFObjectParser.forBytes(Buffer.from(text.slice(head[0].length), 'latin1'), this.context).parseObject();
      return value instanceof PDFDict ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Byte offset of an object defined directly in the file (not inside an object stream). */
  offsetOf(number: number, upTo = this.revisions.length - 1): number | undefined {
    for (let index = upTo; index >= 0; index--) {
      const entry = this.revisions[index]!.entries.get(number);
      if (entry) return entry.type === 'offset' ? entry.offset : undefined;
    }
    return undefined;
  }

  private readRevisions(): Revision[] {
    const tail = this.bytes.subarray(Math.max(0, this.bytes.length - 2048)).toString('latin1');
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!match) throw new PdfFormatError('no startxref at the end of the file');
    const revisions: Revision[] = [];
    const seen = new Set<number>();
    let offset: number | undefined = Number(match[1]);
    while (offset !== undefined) {
      if (seen.has(offset) || offset >= this.bytes.length || seen.size > 1000) throw new PdfFormatError('broken cross-reference chain');
      seen.add(offset);
      const section = this.readSection(offset);
      revisions.unshift(section.revision);
      offset = section.previous;
    }
    // Each section's revision ends at the first %%EOF after it; the newest must end the file.
    for (const revision of revisions) {
      revision.end = this.eofAfter(revision.xrefOffset);
      revision.markEnd = this.bytes.indexOf(EOF_MARK, revision.xrefOffset) + EOF_MARK.length;
    }
    return revisions;
  }

  private eofAfter(offset: number): number {
    const at = this.bytes.indexOf(EOF_MARK, offset);
    if (at < 0) throw new PdfFormatError('a revision without %%EOF');
    let end = at + EOF_MARK.length;
    if (this.bytes[end] === 0x0d) end++;
    if (this.bytes[end] === 0x0a) end++;
    return end;
  }

  private readSection(at: number): { revision: Revision; previous?: number } {
    // Some writers point startxref at the end-of-line just before the section.
    let offset = at;
    while (offset < this.bytes.length && (this.bytes[offset] === 0x0a || this.bytes[offset] === 0x0d || this.bytes[offset] === 0x20)) offset++;
    const head = this.bytes.subarray(offset, offset + 16).toString('latin1');
    const entries = new Map<number, Entry>();
    let trailer: PDFDict;
    if (head.startsWith('xref')) {
      trailer = this.readXrefTable(offset, entries);
      const hybrid = trailer.get(PDFName.of('XRefStm'));
      if (hybrid instanceof PDFNumber) this.readXrefStream(hybrid.asNumber(), entries);
    } else {
      trailer = this.readXrefStream(offset, entries);
    }
    const previous = trailer.get(PDFName.of('Prev'));
    const revision: Revision = { xrefOffset: offset, end: 0, markEnd: 0, trailer, entries };
    return { revision, previous: previous instanceof PDFNumber ? previous.asNumber() : undefined };
  }

  private readXrefTable(offset: number, entries: Map<number, Entry>): PDFDict {
    const trailerAt = this.bytes.indexOf('trailer', offset, 'latin1');
    if (trailerAt < 0) throw new PdfFormatError('cross-reference table without trailer');
    const lines = this.bytes.subarray(offset + 4, trailerAt).toString('latin1').trim().split(/\s*[\r\n]+\s*/);
    let number = 0;
    for (const line of lines) {
      const parts = line.trim().split(/\s+/);
      if (parts.length === 2) {
        number = Number(parts[0]);
        continue;
      }
      if (parts.length !== 3) throw new PdfFormatError('malformed cross-reference entry');
      // Later sections override earlier ones, and within a table the first entry for a number wins.
      if (!entries.has(number)) entries.set(number, parts[2] === 'n' ? { type: 'offset', offset: Number(parts[0]) } : { type: 'free' });
      number++;
    }
    const trailer = this.parseAt(trailerAt + 'trailer'.length);
    if (!(trailer instanceof PDFDict)) throw new PdfFormatError('trailer is not a dictionary');
    return trailer;
  }

  private readXrefStream(offset: number, entries: Map<number, Entry>): PDFDict {
    const stream = this.parseIndirectAt(offset);
    if (!(stream instanceof PDFRawStream)) throw new PdfFormatError('cross-reference stream expected');
    const dict = stream.dict;
    const widths = numbers(dict.get(PDFName.of('W')));
    const size = (dict.get(PDFName.of('Size')) as PDFNumber | undefined)?.asNumber() ?? 0;
    const index = dict.has(PDFName.of('Index')) ? numbers(dict.get(PDFName.of('Index'))) : [0, size];
    const data = decodePDFRawStream(stream).decode();
    const rowWidth = widths.reduce((sum, width) => sum + width, 0);
    let position = 0;
    for (let pair = 0; pair + 1 < index.length; pair += 2) {
      for (let number = index[pair]!; number < index[pair]! + index[pair + 1]!; number++) {
        const fields = widths.map((width) => {
          let value = 0;
          for (let byte = 0; byte < width; byte++) value = value * 256 + data[position++]!;
          return value;
        });
        const type = widths[0] === 0 ? 1 : fields[0];
        if (!entries.has(number)) {
          if (type === 1) entries.set(number, { type: 'offset', offset: fields[1]! });
          else if (type === 2) entries.set(number, { type: 'compressed', stream: fields[1]!, index: fields[2]! });
          else entries.set(number, { type: 'free' });
        }
      }
      if (position > data.length + rowWidth) throw new PdfFormatError('cross-reference stream too short');
    }
    return dict;
  }

  private parseEntry(entry: Entry, revision: number): PDFObject | undefined {
    if (entry.type === 'offset') return this.parseIndirectAt(entry.offset);
    if (entry.type === 'free') return undefined;
    let stream = this.objectStreams.get(entry.stream);
    if (!stream) {
      const raw = this.object(entry.stream, revision);
      if (!(raw instanceof PDFRawStream)) throw new PdfFormatError(`object stream ${entry.stream} missing`);
      const body = decodePDFRawStream(raw).decode();
      const count = (raw.dict.get(PDFName.of('N')) as PDFNumber).asNumber();
      const first = (raw.dict.get(PDFName.of('First')) as PDFNumber).asNumber();
      const header = Buffer.from(body.subarray(0, first)).toString('latin1').trim().split(/\s+/).map(Number);
      const offsets = Array.from({ length: count }, (_, item) => first + header[item * 2 + 1]!);
      stream = { offsets, body };
      this.objectStreams.set(entry.stream, stream);
    }
    const start = stream.offsets[entry.index];
    if (start === undefined) throw new PdfFormatError(`object stream ${entry.stream} has no object ${entry.index}`);
    return PDFObjectParser.forBytes(stream.body.subarray(start), this.context).parseObject();
  }

  /** Parses `N G obj <object>` at `offset`. */
  private parseIndirectAt(offset: number): PDFObject {
    const head = /^\s*\d+\s+\d+\s+obj\b/.exec(this.bytes.subarray(offset, offset + 40).toString('latin1'));
    if (!head) throw new PdfFormatError(`no object at byte ${offset}`);
    return this.parseAt(offset + head[0].length);
  }

  private parseAt(offset: number): PDFObject {
    try {
      return PDFObjectParser.forBytes(this.bytes.subarray(offset), this.context).parseObject();
    } catch (error) {
      throw new PdfFormatError(`unreadable object at byte ${offset}: ${(error as Error).message}`);
    }
  }
}

function numbers(value: PDFObject | undefined): number[] {
  if (!(value instanceof PDFArray)) return [];
  return value.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : 0));
}

export function nameOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}
