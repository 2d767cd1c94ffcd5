// What reaches a terminal is what was checked. Trailers (Giaouoc-Signer, which anyone can write), YAML values
// and file names may hold a carriage return, escape sequences or bidi overrides that would redraw a line —
// make a forged signature read "hợp lệ" — or reorder it. Every chunk giaouoc prints passes through here:
// such characters are shown as visible \uXXXX escapes (in JSON output that is the same string), and the only
// colour codes that survive are giaouoc's own, which the painter writes with a per-run secret token instead
// of ESC, so no value can forge one.

import { randomBytes } from 'node:crypto';
import type { OutStream } from '../context.js';

/** Stands for "ESC [" in colour codes giaouoc writes itself (see style.ts). */
export const COLOUR_TOKEN = `\uE000${randomBytes(8).toString('hex')}\uE001`;

// C0 controls but tab and newline, DEL and C1, the bidi embeddings, overrides, isolates and marks, and the
// line and paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const escapeOne = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Does the text hold a character a terminal would act on rather than show? */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/** The text with every unsafe character made visible, and giaouoc's own colour codes restored. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne).replaceAll(COLOUR_TOKEN, '\u001B[');
}

/** A stream that writes every string chunk through terminalSafe. */
export function safeStream<T extends OutStream>(stream: T): T {
  return new Proxy(stream, {
    get(target, property, receiver) {
      if (property === 'write') return (chunk: unknown, ...rest: unknown[]) => (target.write as (...args: unknown[]) => unknown).call(target, typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest);
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
