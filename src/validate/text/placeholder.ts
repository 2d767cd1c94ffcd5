// Scaffolds (`giaouoc new`) leave the parts a person must write as blanks: `«✎ Nhập chủ đề thi đua»`.
// The pencil inside the guillemets is what makes a blank: no real text writes it, while «…» alone is an ordinary
// quotation («Tháng Công nhân») and never a finding. A blank may run over several lines of a `|` block.

/** What opens every blank, after the guillemet. */
export const PLACEHOLDER_MARK = '✎';

/** One blank: guillemet, pencil, hint (any lines), guillemet. Not global, so it carries no match state. */
export const PLACEHOLDER_PATTERN = /«✎\s*([^«»]*[^«»\s][^«»]*)»/u;

/** The first blank in `s` as one line (`«✎ Nhập chủ đề thi đua»`), or undefined. */
export function findPlaceholder(s: string): string | undefined {
  if (!s.includes(PLACEHOLDER_MARK)) return undefined;
  const match = PLACEHOLDER_PATTERN.exec(s);
  return match ? `«${PLACEHOLDER_MARK} ${match[1].trim().replace(/\s+/gu, ' ')}»` : undefined;
}

/** Makes a blank from a hint: `placeholder('Nhập chủ đề thi đua')` → `«✎ Nhập chủ đề thi đua»`. */
export function placeholder(hint: string): string {
  const text = hint.trim().normalize('NFC');
  if (text === '' || /[«»\n]/u.test(text)) {
    throw new RangeError(`A placeholder hint must be one line of text without guillemets: ${JSON.stringify(hint)}`);
  }
  return `«${PLACEHOLDER_MARK} ${text}»`;
}
