// Lettered points of Vietnamese documents follow the Vietnamese alphabet without f, j, w, z and without the
// letters with marks other than đ: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y
// (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.8: “điểm … ký hiệu bằng các chữ cái tiếng Việt theo thứ tự abc”).
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** `a` for 1, `đ` for 5, `g` for 7; after `y` the letters double (`aa`), as long lists in practice do. */
export function vietnameseLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`A lettered point needs a positive integer, got ${n}`);
  const index = (n - 1) % LETTERS.length;
  const times = Math.floor((n - 1) / LETTERS.length) + 1;
  return LETTERS[index]!.repeat(times);
}
