// Vietnamese collation. ICU's "vi" tailoring (bundled with Node's full ICU) already orders the base letters
// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y at the primary level and the tones at the secondary
// level in dictionary order — none, huyền, hỏi, ngã, sắc, nặng — so a tone only breaks a tie between otherwise
// equal words, and case only breaks a tie after that. The tests pin this behaviour down letter by letter, so a
// runtime whose ICU differs fails loudly instead of sorting names wrongly.

// Made on first use: setting up ICU's collator costs milliseconds that a run which sorts nothing need not pay.
let made: Intl.Collator | undefined;
const collator = { compare: (a: string, b: string) => (made ??= new Intl.Collator('vi', { usage: 'sort', sensitivity: 'variant' })).compare(a, b) };

export function compareVi(a: string, b: string): number {
  return collator.compare(a.normalize('NFC'), b.normalize('NFC'));
}

/** The given name: the last word of a Vietnamese full name (`Lê Thị Tường Thu` → `Thu`). */
export function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/u);
  return words[words.length - 1];
}

/**
 * Sorts people as union lists do (practice): by given name, then by the whole name read from the family name
 * on. Stable, so people with the same name keep their input order. Returns a new array.
 */
export function sortPeopleVi<T>(items: readonly T[], name: (item: T) => string): T[] {
  const keyed = items.map((item, index) => {
    const full = name(item).trim().replace(/\s+/gu, ' ').normalize('NFC');
    return { item, index, full, given: givenName(full) };
  });
  keyed.sort(
    (x, y) => collator.compare(x.given, y.given) || collator.compare(x.full, y.full) || x.index - y.index,
  );
  return keyed.map((entry) => entry.item);
}
