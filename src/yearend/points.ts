// Points are whole numbers, halves or tenths; sums of tenths in binary floating point drift (0.1 + 0.2),
// so every sum is rounded to thousandths before it is compared or printed.

export function roundPoints(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function sumPoints(values: readonly number[]): number {
  return roundPoints(values.reduce((total, value) => total + value, 0));
}

/** "87,5": the Vietnamese decimal comma, no trailing zeros. */
export function formatPoints(value: number): string {
  return String(roundPoints(value)).replace('.', ',');
}
