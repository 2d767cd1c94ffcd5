// A commit's author and committer lines are read in linear time with exactly the answers of the regular expression
// they were once read with, which backtracks quadratically on a long run of spaces that a hostile commit can carry.
import { describe, expect, test } from 'vitest';
import { parsePerson } from '../../src/repo/commit-object.js';

const REFERENCE = /^(.*?)\s*<([^>]*)>\s*(\d+)\s+([+-]\d{4})\s*$/;

function reference(value: string) {
  const match = REFERENCE.exec(value);
  return match ? { name: match[1], email: match[2], time: Number(match[3]), tz: match[4] } : 'error';
}

function ours(value: string) {
  try {
    return parsePerson(value, 'author');
  } catch {
    return 'error';
  }
}

describe('author and committer lines', () => {
  test('the same answers as the regular expression on 30,000 crafted lines', () => {
    const alphabet = [' ', ' ', '<', '>', 'a', 'ễ', '1', '7', '+', '-', '0', '\n', '\r', '\t', '\u00a0', '\u2028', '\u3000'];
    let seed = 17;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const usual = ['Nguyễn Văn A <a@cd.vn> 1709254800 +0700', 'A  <a@b>   1 -0000  ', '<> 0 +0000', 'A <b <c> 1 +0000', 'A <b> x <c> 1 +0000'];
    for (const line of usual) expect(ours(line), line).toEqual(reference(line));
    let matched = 0;
    for (let index = 0; index < 30_000; index++) {
      const pieces: string[] = [];
      const length = random(24);
      for (let at = 0; at < length; at++) pieces.push(alphabet[random(alphabet.length)]!);
      // Half the lines are built around a well-formed tail, so that many of them match.
      const line = index % 2 === 0 ? pieces.join('') : `${pieces.slice(0, 8).join('')}<${pieces.slice(8, 12).join('')}>${pieces.slice(12, 14).join('')} ${random(99999)} ${random(2) ? '+' : '-'}0${random(999)}`.slice(0, 40);
      const expected = reference(line);
      if (expected !== 'error') matched++;
      expect(ours(line), JSON.stringify(line)).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(3_000);
  });

  test('a megabyte of spaces, or of brackets, is refused at once', () => {
    const started = performance.now();
    for (const line of [`a${' '.repeat(1_000_000)}x`, `a <b> 1${' '.repeat(1_000_000)}x`, '<'.repeat(1_000_000), '<>'.repeat(500_000), `${'< '.repeat(300_000)}> 1`]) {
      expect(ours(line)).toBe('error');
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
