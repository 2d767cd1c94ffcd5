// Vietnamese syllables for the no-false-positive sweep: every rhyme with every tone, placed as people write it
// (both the old "hòa" and the new "hoà" placement where they differ), after initials that matter to detection.

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
// Nuclei that end in a glide (or are diphthongs written with a final a) close the syllable: no final consonant.
const OPEN_NUCLEI = [
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'oai', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu', 'iêu', 'yêu',
];
const CLOSABLE_NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'iê', 'oa', 'oă', 'oe', 'uâ', 'uê', 'uô', 'uy', 'ươ', 'yê', 'uyê',
];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const INITIALS = ['', 'b', 'đ', 'ngh', 'qu', 'gi', 'th'];
const MODIFIED = /[ăâêôơư]/u;

/** Indexes of the vowel that carries the tone (two when old and new placement differ). */
function tonePositions(nucleus: string, coda: string): number[] {
  const letters = [...nucleus];
  const modified = letters.map((letter, index) => (MODIFIED.test(letter) ? index : -1)).filter((i) => i >= 0);
  if (modified.length > 0) return [modified[modified.length - 1]];
  if (letters.length === 1) return [0];
  if (coda !== '') return [letters.length - 1];
  if (letters.length === 3) return [1];
  return ['oa', 'oe', 'uy'].includes(nucleus) ? [0, 1] : [0];
}

function baseLetter(rhyme: string): string {
  return rhyme.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC').charAt(0);
}

export function syllables(): string[] {
  const out = new Set<string>();
  const rhymes = [
    ...OPEN_NUCLEI.map((nucleus) => [nucleus, ''] as const),
    ...CLOSABLE_NUCLEI.flatMap((nucleus) => CODAS.map((coda) => [nucleus, coda] as const)),
  ];
  for (const [nucleus, coda] of rhymes) {
    for (const position of tonePositions(nucleus, coda)) {
      for (const tone of TONES) {
        const letters = [...nucleus];
        letters[position] = (letters[position] + tone).normalize('NFC');
        const rhyme = letters.join('') + coda;
        for (const initial of INITIALS) {
          // "qu" already holds the glide u, so it is never followed by u, ư or a bare o
          if (initial === 'qu' && ['u', 'ư', 'o'].includes(baseLetter(rhyme))) continue;
          out.add(initial + rhyme);
        }
      }
    }
  }
  return [...out];
}
