// Lengths for WordprocessingML, and the printed width of a short line of text. Word has no "as wide as the
// text" box for a paragraph border, so the rule under the motto and the draft mark's box are sized from the
// advance widths of Times New Roman (identical in its metric twins Tinos and Liberation Serif 2).

export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twentieths of a point, the unit of page size, margins, indents and widths. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points to twentieths of a point, the unit of paragraph spacing. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to half-points, the unit of font sizes. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

const FIRST = 0x20;
const CHARACTERS = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
const EXTRA = 'đĐưƯơƠ“”';
/** Advance widths in thousandths of an em, for CHARACTERS then EXTRA. */
const REGULAR =
  '250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541,500,722,542,776,529,722,444,444';
const BOLD =
  '250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520,556,722,600,796,554,778,500,500';

function table(widths: string): Map<string, number> {
  const values = widths.split(',').map(Number);
  const chars = [...CHARACTERS, ...EXTRA];
  return new Map(chars.map((char, index) => [char, values[index]!]));
}

const WIDTHS = { regular: table(REGULAR), bold: table(BOLD) };
const AVERAGE = 500;

/**
 * The width in points of one line of text in Times New Roman. Vietnamese letters are as wide as their base
 * letter (the tone marks sit above or below it); ư, ơ and đ have their own widths.
 */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  const widths = bold ? WIDTHS.bold : WIDTHS.regular;
  let total = 0;
  for (const char of text.normalize('NFC')) {
    const direct = widths.get(char);
    if (direct !== undefined) {
      total += direct;
      continue;
    }
    const base = baseLetter(char);
    total += widths.get(base) ?? (char.codePointAt(0)! < FIRST ? 0 : AVERAGE);
  }
  return (total / 1000) * sizePt;
}

/** "Ộ" → "O", "ự" → "ư": the letter without its tone mark (and without circumflex or breve). */
function baseLetter(char: string): string {
  const decomposed = char.normalize('NFD');
  const withHorn = decomposed.replace(/[\u0300-\u0302\u0303\u0306\u0309\u0323]/g, '').normalize('NFC');
  if (WIDTHS.regular.has(withHorn)) return withHorn;
  return decomposed.replace(/[\u0300-\u036f]/g, '');
}
