// Reading a file's bytes into text, refusing what is not a small UTF-8 text file.
// Each refusal is a finding with a place, not an exception, so a batch goes on.

import { isUtf8 } from 'node:buffer';
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
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { text: '', problems: [{ code: 'file-binary', line: 1, column: 1, args: {} }] };
  }
  if (!isUtf8(bytes)) return { text: '', problems: [{ code: 'file-not-utf8', line: 1, column: 1, args: {} }] };
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const problems: SourceProblem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push({ code: 'file-bom', line: 1, column: 1, args: {} });
    text = text.slice(1);
  }
  const cr = text.indexOf('\r');
  if (cr !== -1) {
    const line = countLines(text, cr);
    problems.push({ code: 'file-crlf', line, column: cr - text.lastIndexOf('\n', cr - 1), args: {} });
    text = text.replace(/\r\n?/g, '\n');
  }
  return { text, problems };
}

function countLines(text: string, upTo: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < upTo; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
