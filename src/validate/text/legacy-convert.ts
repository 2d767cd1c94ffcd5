import { TCVN3_TO_UNICODE } from './tcvn3-table.js';
import { VNI_TO_UNICODE } from './vni-table.js';

// Both converters work word by word and leave alone any word that already holds a letter beyond Latin-1
// (ạ, ư, a combining mark …): such a word was typed in Unicode, and converting it would corrupt it. Quotes and
// dashes beyond Latin-1 (“ ” – …) do not count: Windows-1252 text carries them too.
const WORD = /\S+/gu;
const UNICODE_LETTER = /(?![\u0000-\u00FF])[\p{L}\p{M}]/u;

function convertWords(text: string, convertWord: (word: string) => string): string {
  return text.replace(WORD, (word) => (UNICODE_LETTER.test(word) ? word : convertWord(word)));
}

/**
 * Text typed in the TCVN3 capitals font (.VnTimeH) stores its toned letters as lower-case codes and its plain
 * letters as ASCII capitals (`CéNG HOµ`). When every ASCII letter is a capital, and there are at least two of
 * them, the converted letters are raised too (`CỘNG HOÀ`); a single capital (`Tõ`) only starts a sentence.
 */
function looksAllCapitals(text: string): boolean {
  const capitals = text.match(/[A-Z]/gu)?.length ?? 0;
  return capitals >= 2 && !/[a-z]/u.test(text);
}

function convertTcvn3Word(word: string): string {
  let out = '';
  for (const ch of word) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  return out;
}

function convertVniWord(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const pair = VNI_TO_UNICODE.get(word.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    out += VNI_TO_UNICODE.get(word[i]) ?? word[i];
    i += 1;
  }
  return out;
}

/** TCVN3 text read as Windows-1252 → Unicode (NFC). */
export function convertTcvn3(text: string): string {
  const capitals = looksAllCapitals(text);
  const convert = (word: string): string => {
    const out = convertTcvn3Word(word);
    return capitals && out !== word ? out.toLocaleUpperCase('vi') : out;
  };
  return convertWords(text, convert).normalize('NFC');
}

/** VNI Windows text read as Windows-1252 → Unicode (NFC). */
export function convertVni(text: string): string {
  return convertWords(text, convertVniWord).normalize('NFC');
}
