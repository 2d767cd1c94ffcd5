// Vietnamese letters stack up to two marks (ấ, ự); typed on some systems they arrive decomposed, and a naive
// upper-casing of decomposed text can leave a mark on the wrong base. Composing first and last keeps the
// result comparable with the rest of the document, which is NFC throughout.

/** `Công đoàn Bộ Nội vụ` → `CÔNG ĐOÀN BỘ NỘI VỤ`, NFC in and out. */
export function upperVi(s: string): string {
  return s.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}

/**
 * Capitalises the first letter and leaves the rest alone (`hai mươi` → `Hai mươi`). Leading quotes, brackets
 * or digits are skipped, so `“thi đua”` becomes `“Thi đua”`.
 */
export function capitalizeFirst(s: string): string {
  const text = s.normalize('NFC');
  const index = text.search(/\p{L}/u);
  if (index < 0) return text;
  const letter = String.fromCodePoint(text.codePointAt(index)!);
  return `${text.slice(0, index)}${upperVi(letter)}${text.slice(index + letter.length)}`;
}
