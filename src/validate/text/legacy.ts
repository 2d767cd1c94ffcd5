import { convertTcvn3, convertVni } from './legacy-convert.js';
import { TCVN3_TO_UNICODE } from './tcvn3-table.js';
import { VNI_TO_UNICODE } from './vni-table.js';

export { convertTcvn3, convertVni } from './legacy-convert.js';

export type LegacyEncoding = 'TCVN3' | 'VNI';

export interface LegacyEncodingFinding {
  encoding: LegacyEncoding;
  /** The first suspicious word or words, at most 30 characters, to quote in the message. */
  sample: string;
  /** `sample` converted to Unicode, so the message can show what the words should read. */
  converted?: string;
}

// Detection scores letter pairs that each encoding produces and that Unicode Vietnamese never does. One odd
// character in a longer text proves nothing (`5 µm`, `Windows®`), so a text is flagged only with two hits or
// more, or hits in a third of its words, and only when its suspicious words outnumber those that are plainly
// Unicode Vietnamese (holding ă, ư, ạ … or a combining mark).
//
// TCVN3 evidence: a TCVN3 symbol (µ ¸ « ¬ © …) inside a word, or a capital-looking Latin-1 letter straight after
// a lower-case one (`ViÖt`, `nghÜa`), which Unicode text never writes, or a Latin-1 letter foreign to Vietnamese
// straight after a consonant (`cña`, `chøc`), where VNI would put no mark.
// VNI evidence: a vowel followed by a VNI mark that together form a VNI letter (`aø`, `oâ`, `uï`), or `ñ`/`Ñ`
// opening a word (VNI's đ). The pairs `oà`, `oá`, `oã` are left out: they are Unicode spellings of hoà, hoá, xoã.

// Characters that only TCVN3 uses as letters: neither Vietnamese Unicode nor VNI writes them inside a word.
const TCVN3_ONLY = new Set('µ¶·¸¹¨©ª«¬®»¼½¾¡¢£¤¥¦§÷ßþ');
const TCVN3_CAPITAL_LOOKING = new Set('ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞ');
// ö and ü are left out: VNI writes ö (its ư) after consonants, and German names put ü there (Müller).
const TCVN3_AFTER_CONSONANT = new Set('äåëïñøû');
const VNI_PAIRS_SHARED_WITH_UNICODE = new Set(['oà', 'oá', 'oã', 'OÀ', 'OÁ', 'OÃ']);

const MIN_HITS = 2;
const MIN_SUSPICIOUS_SHARE = 1 / 3;
const SAMPLE_LENGTH = 30;

/** Guillemets around a phrase, on one line or several, are quotes or scaffold blanks (`«✎ Nhập chủ đề»`), not TCVN3's ô and ằ. */
const GUILLEMET_QUOTE = /(?<!\p{L})«[^«»]*»(?!\p{L})/gu;
const UNICODE_VIETNAMESE = /[\u0100-\u01B0\u0300-\u0323\u1EA0-\u1EF9]/u;

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z]$/u.test(ch);
}

function isTcvn3LetterLike(ch: string | undefined): boolean {
  return ch !== undefined && (isAsciiLetter(ch) || TCVN3_TO_UNICODE.has(ch));
}

// Most words hold none of the characters either encoding needs for a hit; a single regex test skips them.
const TCVN3_CANDIDATE = new RegExp(`[${escapeClass([...TCVN3_ONLY, ...TCVN3_CAPITAL_LOOKING, ...TCVN3_AFTER_CONSONANT].join(''))}]`, 'u');
const VNI_CANDIDATE = new RegExp(`[ñÑ${escapeClass([...new Set([...VNI_TO_UNICODE.keys()].map((pair) => pair.slice(1)))].join(''))}]`, 'u');
// A whole text with neither a TCVN3 character nor a VNI letter pair (nor a word opening with ñ) cannot score a hit.
const VNI_EVIDENCE = new RegExp(
  [...VNI_TO_UNICODE.keys()]
    .filter((pair) => pair.length === 2 && !VNI_PAIRS_SHARED_WITH_UNICODE.has(pair))
    .map((pair) => escapeClass(pair))
    .join('|') + '|(?<!\\p{L})[ñÑ]',
  'u',
);

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, '\\$&');
}

function tcvn3Hits(word: string): number {
  if (!TCVN3_CANDIDATE.test(word)) return 0;
  let hits = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const before = word[i - 1];
    const after = word[i + 1];
    if (TCVN3_ONLY.has(ch)) {
      // đ only ever opens a syllable, so `®` must be followed by a letter (`®oµn`), unlike `Windows®`.
      const inWord = ch === '®' ? isTcvn3LetterLike(after) : isTcvn3LetterLike(before) || isTcvn3LetterLike(after);
      if (inWord) hits++;
    } else if (TCVN3_CAPITAL_LOOKING.has(ch) && before !== undefined && /^[a-z]$/u.test(before)) {
      hits++;
    } else if (TCVN3_AFTER_CONSONANT.has(ch) && before !== undefined && /^[b-df-hj-np-tv-xzđ]$/iu.test(before)) {
      hits++;
    }
  }
  return hits;
}

function vniHits(word: string): number {
  if (!VNI_CANDIDATE.test(word)) return 0;
  let hits = 0;
  const start = word.search(/\p{L}/u);
  const first = word[start];
  if ((first === 'ñ' || first === 'Ñ') && isAsciiLetter(word[start + 1]) && !/^[yY]$/u.test(word[start + 1])) {
    hits++; // `ñy` is TCVN3's ủy, not VNI
  }
  for (let i = 0; i + 1 < word.length; i++) {
    const pair = word.slice(i, i + 2);
    if (pair.length === 2 && VNI_TO_UNICODE.has(pair) && !VNI_PAIRS_SHARED_WITH_UNICODE.has(pair)) {
      hits++;
      i++;
    }
  }
  return hits;
}

interface Evidence {
  hits: number;
  firstSuspicious: number;
  suspiciousWords: number;
}

function weigh(words: readonly string[], hitsIn: (word: string) => number): Evidence {
  const evidence: Evidence = { hits: 0, firstSuspicious: -1, suspiciousWords: 0 };
  words.forEach((word, index) => {
    const hits = hitsIn(word);
    if (hits === 0) return;
    evidence.hits += hits;
    evidence.suspiciousWords++;
    if (evidence.firstSuspicious < 0) evidence.firstSuspicious = index;
  });
  return evidence;
}

function isConvincing(evidence: Evidence, words: readonly string[]): boolean {
  if (evidence.hits === 0) return false;
  const unicodeWords = words.filter((word) => UNICODE_VIETNAMESE.test(word)).length;
  if (evidence.suspiciousWords <= unicodeWords) return false;
  return evidence.hits >= MIN_HITS || evidence.suspiciousWords / words.length >= MIN_SUSPICIOUS_SHARE;
}

/**
 * The sample starts at the first suspicious word, or earlier when the words just before it also change under
 * conversion (`Céng` in `Céng hoµ` holds only letters Unicode also uses), so it quotes the phrase as a person
 * reads it.
 */
function sampleFrom(words: readonly string[], firstSuspicious: number, convert: (text: string) => string): string {
  let first = firstSuspicious;
  while (first > 0 && convert(words[first - 1]) !== words[first - 1]) first--;
  let sample = words[first].slice(0, SAMPLE_LENGTH);
  for (const word of words.slice(first + 1)) {
    if (sample.length + 1 + word.length > SAMPLE_LENGTH) break;
    sample += ` ${word}`;
  }
  return sample;
}

function finding(encoding: LegacyEncoding, words: readonly string[], evidence: Evidence): LegacyEncodingFinding {
  const convert = encoding === 'TCVN3' ? convertTcvn3 : convertVni;
  const sample = sampleFrom(words, evidence.firstSuspicious, convert);
  return { encoding, sample, converted: convert(sample) };
}

/**
 * Recognises Vietnamese typed in a legacy 8-bit font (TCVN3 or VNI Windows) and read as Windows-1252, such as
 * `Céng hoµ x· héi` or `Coâng ñoaøn`. Undefined for Unicode text, NFC or NFD, and for plain ASCII.
 */
export function detectLegacyEncoding(s: string): LegacyEncodingFinding | undefined {
  if (!TCVN3_CANDIDATE.test(s) && !VNI_EVIDENCE.test(s)) return undefined;
  const words = s.replace(GUILLEMET_QUOTE, ' ').split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) return undefined;
  const tcvn3 = weigh(words, tcvn3Hits);
  const vni = weigh(words, vniHits);
  if (tcvn3.hits > vni.hits && isConvincing(tcvn3, words)) return finding('TCVN3', words, tcvn3);
  if (vni.hits > tcvn3.hits && isConvincing(vni, words)) return finding('VNI', words, vni);
  return undefined;
}
