// Scaffolds (`giaouoc new`) leave the parts a person must write as hints in guillemets: `«Nhập chủ đề thi đua»`.
// Guillemets are not used in Vietnamese typography, so a pair of them in a document means a hint left unfilled.

/** One placeholder: guillemets around a hint on a single line. Not global, so it carries no match state. */
export const PLACEHOLDER_PATTERN = /«([^«»\n]+)»/u;

/** The first placeholder in `s`, guillemets included (`«Nhập chủ đề thi đua»`), or undefined. */
export function findPlaceholder(s: string): string | undefined {
  return PLACEHOLDER_PATTERN.exec(s)?.[0];
}

/** Makes a placeholder from a hint: `placeholder('Nhập chủ đề thi đua')` → `«Nhập chủ đề thi đua»`. */
export function placeholder(hint: string): string {
  const text = hint.trim().normalize('NFC');
  if (text === '' || /[«»\n]/u.test(text)) {
    throw new RangeError(`A placeholder hint must be one line of text without guillemets: ${JSON.stringify(hint)}`);
  }
  return `«${text}»`;
}
