// Reading a file's bytes into text, refusing what is not a small UTF-8 text file.
// Each refusal is a finding with a place, not an exception, so a batch goes on.
// Files saved on Windows (CRLF, a UTF-8 BOM) are normal files: they read as the same text as their LF twin, so the
// digest and every check agree, and `validate --fix` rewrites them in the repository's form (see normaliseSource).

import { isAscii, isUtf8, transcode } from 'node:buffer';
import type { SourceProblem } from './problems.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface DecodedSource {
  text: string;
  problems: SourceProblem[];
}

/** Decodes a file; `text` is empty when the bytes cannot be read as a document at all. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { text: '', problems: [{ code: 'file-too-large', line: 1, column: 1, args: { size: bytes.byteLength } }] };
  }
  if (utf16Order(bytes)) return { text: '', problems: [{ code: 'file-utf16', line: 1, column: 1, args: {} }] };
  // A Buffer's indexOf is a native byte search; a plain Uint8Array's walks element by element.
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.indexOf(0) !== -1) {
    return { text: '', problems: [{ code: 'file-binary', line: 1, column: 1, args: {} }] };
  }
  if (!isUtf8(bytes)) return { text: '', problems: [{ code: 'file-not-utf8', line: 1, column: 1, args: {} }] };
  return { text: sourceText(utf8Text(buffer)), problems: [] };
}

/** Node without ICU has no transcode. */
const HAS_TRANSCODE = typeof process.versions.icu === 'string';

/**
 * Valid UTF-8 as text. V8 decodes ASCII at memory speed but other text (every Vietnamese file) a few times slower
 * than converting it to UTF-16 natively and taking that as it stands; both give the same string for valid UTF-8.
 */
function utf8Text(buffer: Buffer): string {
  if (!HAS_TRANSCODE || isAscii(buffer)) return buffer.toString('utf8');
  return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
}

/** Text as the repository keeps it: no byte-order mark, LF line ends. */
export function sourceText(text: string): string {
  const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return bare.includes('\r') ? bare.replace(/\r\n?/g, '\n') : bare;
}

/**
 * The bytes `validate --fix` writes for a file: UTF-8 without BOM, LF, NFC — or undefined when the file is already so
 * (or is not text at all). UTF-16 (Notepad's “Unicode”) is converted too.
 */
export function normaliseSource(bytes: Uint8Array): string | undefined {
  const order = utf16Order(bytes);
  let text: string;
  if (order) text = new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes);
  else if (bytes.indexOf(0) === -1 && isUtf8(bytes)) text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  else return undefined;
  const fixed = sourceText(text).normalize('NFC');
  return order || fixed !== text ? fixed : undefined;
}

/** UTF-16 by its byte-order mark, or by the NUL of every other byte that ASCII text has in UTF-16 without one. */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  if (bytes.byteLength >= 4 && bytes.byteLength % 2 === 0) {
    if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'le';
    if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'be';
  }
  return undefined;
}
