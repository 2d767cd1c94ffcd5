// "Did you mean …?" for a mistyped id or field: the closest candidate within a small edit distance, and failing
// that, for an id of hyphenated words, the one id that holds the typed words in order or whose words the typed id
// holds (“toa-dam-can-bo” for “toa-dam-can-bo-cong-doan”, a word left out or one too many).

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of list) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? byWords(word, list);
}

/**
 * "Did you mean …?" for a value outside a fixed list (a status, a measure): only the one allowed value written
 * the same but for capitals, Vietnamese marks or a single letter (“Hoàn thành”, “hoan thanh”, “hoàn thàn”). A wider
 * net would offer words of another meaning: “đã thực hiện” is two letters from “đang thực hiện”.
 */
export function closestValue(value: string, allowed: readonly string[]): string | undefined {
  const typed = folded(value);
  const near = allowed.filter((candidate) => editDistance(typed, folded(candidate)) <= 1);
  return near.length === 1 ? near[0] : near.find((candidate) => folded(candidate) === typed);
}

/** Lower case, without Vietnamese marks (đ as d) or repeated spaces. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The only candidate whose words hold the typed ones in order, or are held by them; two words at least on each side. */
function byWords(word: string, candidates: string[]): string | undefined {
  const typed = wordsOf(word);
  if (typed.length < 2) return undefined;
  let found: string | undefined;
  for (const candidate of candidates) {
    const words = wordsOf(candidate);
    if (words.length < 2 || words.length === typed.length) continue;
    if (!(words.length > typed.length ? inOrder(typed, words) : inOrder(words, typed))) continue;
    if (found !== undefined) return undefined;
    found = candidate;
  }
  return found;
}

function wordsOf(id: string): string[] {
  return id.split('-').filter(Boolean);
}

/** `part` is `whole` with some words left out. */
function inOrder(part: string[], whole: string[]): boolean {
  let at = 0;
  for (const word of whole) if (at < part.length && word === part[at]) at++;
  return at === part.length;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
