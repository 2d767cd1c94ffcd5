import { numberToWords } from './numbers.js';

// Standalone ordinals take Sino-Vietnamese "nhất" for 1 and "tư" for 4 (`Thứ nhất`, `Thứ tư`, never
// "thứ một" or "thứ bốn"); from 11 on the ordinal is the plain cardinal reading (`Thứ mười bốn`).
const SPECIAL: Readonly<Record<number, string>> = { 1: 'nhất', 4: 'tư' };

/** `thứ nhất`, `thứ tư`, `thứ hai mươi mốt`. */
export function ordinalLower(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`An ordinal needs a positive integer, got ${n}`);
  return `thứ ${SPECIAL[n] ?? numberToWords(n)}`;
}

/** `Thứ nhất`, `Thứ tư`: how a compact numbers its commitments. */
export function ordinal(n: number): string {
  const lower = ordinalLower(n);
  return `T${lower.slice(1)}`;
}
