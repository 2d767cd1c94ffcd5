// A raw git commit object as `git cat-file commit` prints it, with the exact bytes its signature covers.
// The signature split mirrors git's parse_buffer_signed_by_header (commit.c); trailers (trailers.ts) mirror trailer.c.

import { parseTrailers } from './trailers.js';

export { parseTrailers };

export interface Person {
  name: string;
  email: string;
  /** Unix seconds. */
  time: number;
  /** As written in the object: "+0700". */
  tz: string;
}

export interface CommitObject {
  tree: string;
  parents: string[];
  author: Person;
  committer: Person;
  /** The armored signature for this repository's hash algorithm, continuation spaces removed. */
  gpgsig?: string;
  /**
   * Exactly what git hands to the signer: the object without any gpgsig* header and its continuation lines.
   * The object's own buffer when nothing is left out (an unsigned commit): the parser copies only what it must.
   */
  payload: Buffer;
  message: string;
  /** Trailers of the message, as `git log --format=%(trailers:only,unfold)` sees them. */
  trailers: Record<string, string[]>;
}

export class CommitFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommitFormatError';
  }
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const LOWER_G = 0x67;
/** Header prefixes as git writes them; the history's byte reader (commit-for-history.ts) reads the same. */
export const SHA1_SIGNATURE = Buffer.from('gpgsig ', 'latin1');
export const SHA256_SIGNATURE = Buffer.from('gpgsig-sha256 ', 'latin1');
const ANY_SIGNATURE = Buffer.from('gpgsig', 'latin1');
export const TREE = Buffer.from('tree ', 'latin1');
// V8's own search: a header line is a few dozen bytes, for which Buffer.indexOf's call into C++ costs more.
const indexOfByte = Uint8Array.prototype.indexOf;

// The header fields the parser keeps; any other name is skipped without being decoded.
const enum Field {
  Other,
  Parent,
  Author,
  Committer,
  Encoding,
}
const PARENT = Buffer.from('parent', 'latin1');
const AUTHOR = Buffer.from('author', 'latin1');
const COMMITTER = Buffer.from('committer', 'latin1');
const ENCODING = Buffer.from('encoding', 'latin1');

// A byte loop: these prefixes are a few bytes long, shorter than the cost of calling Buffer.compare.
export function startsWith(buffer: Buffer, at: number, prefix: Buffer): boolean {
  if (buffer.length - at < prefix.length) return false;
  for (let index = 0; index < prefix.length; index++) if (buffer[at + index] !== prefix[index]) return false;
  return true;
}

/** The kept field named by the `length` bytes at `at` (a header line up to its first space), or Other. */
function fieldOf(bytes: Buffer, at: number, length: number): Field {
  const name = length === 6 ? (bytes[at] === 0x70 ? PARENT : AUTHOR) : length === 9 ? COMMITTER : length === 8 ? ENCODING : undefined;
  if (!name || !startsWith(bytes, at, name)) return Field.Other;
  return name === PARENT ? Field.Parent : name === AUTHOR ? Field.Author : name === COMMITTER ? Field.Committer : Field.Encoding;
}

/**
 * Byte ranges [start, end) collected in order, adjacent ones merged: the payload is then one or two ranges
 * (before and after the signature) and is copied once.
 */
class Ranges {
  readonly bounds: number[] = [];
  length = 0;

  add(start: number, end: number): void {
    const last = this.bounds.length - 1;
    if (last > 0 && this.bounds[last] === start) this.bounds[last] = end;
    else this.bounds.push(start, end);
    this.length += end - start;
  }

  /** Ranges after the first each start one byte after the one before: continuation lines, their space left out. */
  spaceSeparated(): boolean {
    for (let index = 2; index < this.bounds.length; index += 2) if (this.bounds[index] !== this.bounds[index - 1]! + 1) return false;
    return true;
  }

  copy(from: Buffer): Buffer {
    if (this.bounds.length === 2 && this.bounds[0] === 0 && this.bounds[1] === from.length) return from;
    const joined = Buffer.allocUnsafe(this.length);
    let at = 0;
    for (let index = 0; index < this.bounds.length; index += 2) at += from.copy(joined, at, this.bounds[index], this.bounds[index + 1]);
    return joined;
  }
}

// What follows the email: seconds and zone, nothing else. Sticky, so it is tried where the email ends.
const PERSON_TAIL = /\s*(\d+)\s+([+-]\d{4})\s*$/y;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * "Name <email> seconds +zone", as /^(.*?)\s*<([^>]*)>\s*(\d+)\s+([+-]\d{4})\s*$/ reads it, in time linear in the
 * line: that expression backtracks quadratically on a long run of spaces, and a hostile commit can carry one.
 * Every '<' before one '>' ends its email at that '>', so the first '>' whose tail fits decides.
 */
export function parsePerson(value: string, field: string): Person {
  for (let open = value.indexOf('<'); open !== -1; ) {
    const close = value.indexOf('>', open + 1);
    if (close === -1) break;
    PERSON_TAIL.lastIndex = close + 1;
    const tail = PERSON_TAIL.exec(value);
    if (tail) {
      const name = value.slice(0, open).trimEnd();
      if (LINE_TERMINATOR.test(name)) break;
      return { name, email: value.slice(open + 1, close), time: Number(tail[1]), tz: tail[2]! };
    }
    open = value.indexOf('<', close + 1);
  }
  throw new CommitFormatError(`The commit's ${field} line is not "Name <email> seconds +zone": ${value}`);
}

function decodeMessage(bytes: Buffer, start: number, encoding: string | undefined): string {
  if (encoding) {
    try {
      return new TextDecoder(encoding).decode(bytes.subarray(start));
    } catch {
      // An encoding name Node does not know: git would show the bytes as they are, and so do we (as UTF-8).
    }
  }
  return bytes.toString('utf8', start);
}

export function isLowerHex(bytes: Buffer, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = bytes[index]!;
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) return false;
  }
  return true;
}

/** The object id after "tree " on the first line, 40 (SHA-1) or 64 (SHA-256) lowercase hex digits. */
function treeOf(bytes: Buffer): string {
  const newline = indexOfByte.call(bytes, NEWLINE);
  const length = newline - TREE.length;
  if ((length === 40 || length === 64) && startsWith(bytes, 0, TREE) && isLowerHex(bytes, TREE.length, newline)) {
    return bytes.toString('latin1', TREE.length, newline);
  }
  const firstLine = bytes.toString('latin1', 0, Math.max(0, newline));
  throw new CommitFormatError(`A commit object must start with "tree <oid>", not: ${firstLine.slice(0, 80)}`);
}

/**
 * One pass over the header lines, which both splits off the signature and reads the fields.
 *
 * The signature split: git's signature header depends on the repository's hash, "gpgsig" for SHA-1 and
 * "gpgsig-sha256" for SHA-256. The own header's lines and its continuation lines (a leading space) are the
 * signature; every other header whose name starts with "gpgsig", and its continuation lines, is left out of the
 * payload without being taken as the signature; everything else, the message whole, is the payload.
 *
 * The fields: a line with a leading space continues the field before it ("\n" and the line without that space
 * are appended to its value), whatever the signature split did with that line. The header is decoded as UTF-8 once
 * and walked line by line beside its bytes: a newline byte is never inside a character, so its lines are the
 * bytes' lines decoded one by one, and a value after an ASCII name starts as many characters in as bytes.
 */
export function parseCommitObject(raw: Buffer | string): CommitObject {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  const tree = treeOf(bytes);
  const own = tree.length === 64 ? SHA256_SIGNATURE : SHA1_SIGNATURE;
  const length = bytes.length;
  // The first line that starts with a newline ends the header (the object starts with "tree", not a newline).
  const blankLine = bytes.indexOf('\n\n', 0, 'latin1');
  const headerEnd = blankLine === -1 ? length : blankLine + 1;
  const header = bytes.toString('utf8', 0, headerEnd);
  const canonical = CANONICAL.exec(header);
  if (canonical && (canonical[4] === undefined || canonical[4] === (own === SHA1_SIGNATURE ? 'gpgsig ' : 'gpgsig-sha256 '))) {
    return parseCanonical(bytes, header, headerEnd, tree, canonical);
  }

  const payload = new Ranges();
  const signature = new Ranges();
  let inSignature = false;
  let otherSignature = false;
  // Where the signature's lines are in `header`, for signatureText.
  let signatureFrom = 0;
  let signatureTo = 0;

  const parents: string[] = [];
  let author: Person | undefined;
  let committer: Person | undefined;
  let encoding: string | undefined;
  // The field being read: its value is known once the next line is not a continuation.
  let field = Field.Other;
  let value = '';
  const endField = () => {
    if (field === Field.Parent) parents.push(value);
    else if (field === Field.Author) author ??= parsePerson(value, 'author');
    else if (field === Field.Committer) committer ??= parsePerson(value, 'committer');
    else if (field === Field.Encoding) encoding = value;
  };

  let at = 0;
  let textAt = 0;
  while (at < headerEnd) {
    const newline = indexOfByte.call(bytes, NEWLINE, at);
    const lineEnd = newline === -1 ? length : newline;
    const next = newline === -1 ? length : newline + 1;
    const textNewline = header.indexOf('\n', textAt);
    const textLineEnd = textNewline === -1 ? header.length : textNewline;
    const textNext = textNewline === -1 ? header.length : textNewline + 1;
    const first = bytes[at];

    if (inSignature && first === SPACE) {
      signature.add(at + 1, next);
      signatureTo = textNext;
    } else if (first === LOWER_G && startsWith(bytes, at, own)) {
      if (signature.bounds.length === 0) signatureFrom = textAt + own.length;
      signature.add(at + own.length, next);
      signatureTo = textNext;
      otherSignature = false;
      inSignature = true;
    } else {
      if (first === LOWER_G && startsWith(bytes, at, ANY_SIGNATURE)) otherSignature = true;
      else if (otherSignature && first !== SPACE) otherSignature = false;
      if (!otherSignature) payload.add(at, next);
      inSignature = false;
    }

    if (first === SPACE) {
      if (field !== Field.Other) value += `\n${header.slice(textAt + 1, textLineEnd)}`;
    } else {
      endField();
      // Searched within the line only: a search past it would make many lines without a space quadratic.
      let nameEnd = at;
      while (nameEnd < lineEnd && bytes[nameEnd] !== SPACE) nameEnd++;
      field = fieldOf(bytes, at, nameEnd - at);
      if (field !== Field.Other) value = nameEnd === lineEnd ? '' : header.slice(textAt + nameEnd - at + 1, textLineEnd);
    }
    at = next;
    textAt = textNext;
  }
  endField();
  if (headerEnd < length) payload.add(headerEnd, length);
  if (!author || !committer) throw new CommitFormatError('A commit object must have an author and a committer line.');

  const message = headerEnd < length ? decodeMessage(bytes, headerEnd + 1, encoding) : '';
  const commit: CommitObject = {
    tree,
    parents,
    author,
    committer,
    payload: payload.copy(bytes),
    message,
    trailers: parseTrailers(message),
  };
  // Even an empty own header ("gpgsig " at the very end) is a signature, one that will not verify.
  if (signature.bounds.length > 0) commit.gpgsig = signatureText(bytes, signature, header.slice(signatureFrom, signatureTo));
  return commit;
}

// The header as git writes it: tree, parents, author, committer, and at most one signature header with its
// continuation lines. Nearly every commit is one, and one regular expression reads it in place of a loop per line.
const CANONICAL = /^tree [0-9a-f]+\n((?:parent [^\n]*\n)*)author ([^\n]*)\ncommitter ([^\n]*)\n(?:(gpgsig |gpgsig-sha256 )[^\n]*\n(?: [^\n]*\n)*)?$/;

/**
 * The same reading as the loop in parseCommitObject for a header CANONICAL matched with this repository's own
 * signature header, if any: no line continues a field the loop keeps, and no other "gpgsig" line exists.
 */
function parseCanonical(bytes: Buffer, header: string, headerEnd: number, tree: string, match: RegExpExecArray): CommitObject {
  const parents: string[] = [];
  const parentLines = match[1]!;
  for (let at = 0; at < parentLines.length; ) {
    const newline = parentLines.indexOf('\n', at);
    parents.push(parentLines.slice(at + PARENT.length + 1, newline));
    at = newline + 1;
  }
  const author = parsePerson(match[2]!, 'author');
  const committer = parsePerson(match[3]!, 'committer');
  const message = headerEnd < bytes.length ? bytes.toString('utf8', headerEnd + 1) : '';
  const commit: CommitObject = { tree, parents, author, committer, payload: bytes, message, trailers: parseTrailers(message) };
  const signatureHeader = match[4];
  if (signatureHeader !== undefined) {
    // The signature's lines end the header; no earlier line can hold "\n" + its name (no value holds a newline).
    const textStart = header.indexOf(`\n${signatureHeader}`) + 1;
    const byteStart = bytes.indexOf(`\n${signatureHeader}`, 0, 'latin1') + 1;
    const payload = Buffer.allocUnsafe(byteStart + bytes.length - headerEnd);
    bytes.copy(payload, 0, 0, byteStart);
    bytes.copy(payload, byteStart, headerEnd);
    commit.payload = payload;
    commit.gpgsig = header.slice(textStart + signatureHeader.length).replaceAll('\n ', '\n');
  }
  return commit;
}

/**
 * The signature's lines joined. In the usual object they are one block, a header line and its continuation lines,
 * `block` in the decoded header: each "\n " inside it is a line end and the space that continues it (a line holds
 * no other newline), and spaces and newlines decode alone, so dropping them after decoding is the same.
 */
function signatureText(bytes: Buffer, signature: Ranges, block: string): string {
  if (!signature.spaceSeparated()) return signature.copy(bytes).toString('utf8');
  return signature.bounds.length === 2 ? block : block.replaceAll('\n ', '\n');
}
