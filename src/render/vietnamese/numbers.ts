// Numbers as Vietnamese documents print and read them.
//
// Reading conventions follow the money-in-words line of Vietnamese invoices and state documents, which use the
// northern standard so that an amount reads the same way whoever issues the document:
// - "nghìn" rather than southern "ngàn", and "linh" rather than "lẻ" for a zero tens digit (`một trăm linh một`);
// - "mốt" for 1 after "mươi" (`hai mươi mốt`) but "một" after "mười" (`mười một`); "lăm" for 5 after "mười" or
//   "mươi" (`mười lăm`, `hai mươi lăm`), while a bare or "linh" 5 stays "năm" (`linh năm`);
// - "bốn" after "mươi" (`hai mươi bốn`): "tư" is accepted in speech but invoices print "bốn";
// - a group of three digits after a non-zero higher group is read in full, zero hundreds included
//   (`một nghìn không trăm linh năm`), so every digit position is spoken and a reader cannot confuse 1.005 with
//   1.500; groups that are entirely zero are skipped (`một triệu không trăm linh một`), as invoices do;
// - the scale words stop at "tỷ" and repeat (`nghìn tỷ`, `triệu tỷ`), which is how Vietnamese names 10^12 and up.

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUP_SCALES = ['', 'nghìn', 'triệu'];
const BILLION = 1_000_000_000;

/** Reads 0–999. `full` reads the hundreds even when zero, for a group that follows a higher one. */
function readGroup(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds], 'trăm');
  const hasHundreds = words.length > 0;

  if (tens === 0) {
    if (units === 0) return words;
    if (hasHundreds) words.push('linh');
    words.push(DIGITS[units]);
    return words;
  }
  if (tens === 1) words.push('mười');
  else words.push(DIGITS[tens], 'mươi');

  if (units === 1) words.push(tens === 1 ? 'một' : 'mốt');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(DIGITS[units]);
  return words;
}

/** Reads 1 ≤ n < 10^9; `full` when a higher part has already been read. */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const words: string[] = [];
  let started = full;
  for (let scale = groups.length - 1; scale >= 0; scale--) {
    const group = groups[scale];
    if (group === 0) continue;
    words.push(...readGroup(group, started));
    if (GROUP_SCALES[scale]) words.push(GROUP_SCALES[scale]);
    started = true;
  }
  return words;
}

function readPositive(n: number, full: boolean): string[] {
  if (n < BILLION) return readBelowBillion(n, full);
  const high = Math.floor(n / BILLION);
  const low = n % BILLION;
  const words = [...readPositive(high, full), 'tỷ'];
  if (low > 0) words.push(...readBelowBillion(low, true));
  return words;
}

/** The Vietnamese reading of a non-negative safe integer: `một nghìn không trăm linh năm`. */
export function numberToWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Only non-negative integers up to ${Number.MAX_SAFE_INTEGER} can be read, got ${n}`);
  }
  if (n === 0) return DIGITS[0];
  return readPositive(n, false).join(' ');
}

/** An amount in words as invoices and reports print it: `Một nghìn không trăm linh năm đồng`. */
export function moneyInWords(n: number): string {
  const words = numberToWords(n);
  return `${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)} đồng`;
}

// Made on first use: ICU's number formatting costs milliseconds to set up, and most runs that load this module
// (verify and status, for their messages) never format a number.
let plainDecimal: Intl.NumberFormat | undefined;

/**
 * `1.234.567,5`: dots group thousands and a comma marks decimals, as TCVN and the state rule require.
 * Without `decimals` the number keeps exactly the fractional digits it has.
 */
export function groupNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)) {
    throw new RangeError(`decimals must be an integer 0–20, got ${decimals}`);
  }
  const format =
    decimals === undefined
      ? (plainDecimal ??= new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 }))
      : new Intl.NumberFormat('en-US', {
          useGrouping: false,
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        });
  const plain = format.format(Math.abs(n));
  const [whole, fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, '.');
  const body = fraction === undefined ? grouped : `${grouped},${fraction}`;
  // A value that rounds to zero prints without a sign: "-0" means nothing on paper.
  const isZero = /^[0.]+$/.test(plain);
  return n < 0 && !isZero ? `-${body}` : body;
}

/**
 * A number with its unit, written the one way every document uses: the per cent sign follows the figure without
 * a space ("45%", as in targets "đạt 100%"); any other unit after a space ("1.250 đoàn viên").
 */
export function withUnit(figure: string, unit: string | undefined): string {
  const trimmed = unit?.trim();
  if (!trimmed) return figure;
  return trimmed === '%' ? `${figure}%` : `${figure} ${trimmed}`;
}
