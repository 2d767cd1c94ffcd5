// decodeSource reads valid UTF-8 through ICU's converter when it is not ASCII: the text must be exactly what
// Buffer#toString gives (the digest of every document depends on it), wherever the bytes sit in their buffer.

import { describe, expect, test } from 'vitest';
import { decodeSource, sourceText } from '../../src/documents/source.js';
import { random } from './fast-yaml-corpus.js';

const PIECES = ['kind: compact\n', 'a', ' ', '\r\n', '\n', '\u0111', '\u1EC7', 'e\u0302\u0323', '\u00E9', '\u{1F600}', '\u{10FFFF}', '\uFFFE', '\uFFFF', '\u0085', '\u2028', '\uFEFF', '\u0301', '\u07FF', '\u0800', '"', '#', '\t'];

function document(next: () => number): string {
  return Array.from({ length: Math.floor(next() * 60) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
}

describe('decodeSource', () => {
  test('gives the text Buffer#toString gives, BOM and CRLF handled alike, for ASCII and other text', () => {
    const next = random(5);
    const texts = ['', 'kind: compact\n', '\uFEFFtheme: \u0110\u1ED5i m\u1EDBi\r\n', 'x'.repeat(70000), '\u00E9', ...Array.from({ length: 500 }, () => document(next))];
    for (const text of texts) {
      const bytes = Buffer.from(text, 'utf8');
      const decoded = decodeSource(bytes);
      expect(decoded.problems).toEqual([]);
      expect(decoded.text).toBe(sourceText(bytes.toString('utf8')));
    }
  });

  test('reads a plain Uint8Array that is a window on a larger buffer', () => {
    const bytes = Buffer.from('xx\u0110\u1ED5i m\u1EDBi\nyy\u0000', 'utf8');
    const window = new Uint8Array(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 5);
    expect(decodeSource(window)).toEqual({ text: '\u0110\u1ED5i m\u1EDBi\n', problems: [] });
    expect(decodeSource(new Uint8Array([0x61, 0x00])).problems[0].code).toBe('file-binary');
    expect(decodeSource(new Uint8Array([0x61, 0xc3])).problems[0].code).toBe('file-not-utf8');
  });
});
