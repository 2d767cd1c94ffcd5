import { describe, expect, test } from 'vitest';
import { canonicalContent, contentDigest } from '../../src/documents/canonical.js';
import { parseSource } from '../../src/documents/parse.js';

const value = (text: string) => parseSource(text).value;

describe('canonical content', () => {
  test('sorts keys by code unit, drops whitespace and writes numbers in their shortest form', () => {
    expect(canonicalContent({ b: 1.0, a: [true, null, 'x'], é: 1e21, A: -0 })).toBe('{"A":0,"a":[true,null,"x"],"b":1,"é":1e+21}');
  });

  test('re-formatting, comments, key order and quoting do not change the digest', () => {
    const plain = 'kind: compact\nyear: 2024\ntheme: Đổi mới sáng tạo\nparties: [a, b]\n';
    const restyled = '# Ghi chú\nyear: 2024   # năm\nparties:\n  - a\n  - "b"\ntheme: >-\n  Đổi mới\n  sáng tạo\nkind: \'compact\'\n';
    expect(contentDigest(value(restyled))).toBe(contentDigest(value(plain)));
  });

  test('decomposed (NFD) and precomposed (NFC) text have the same digest', () => {
    expect(contentDigest({ theme: 'Thi đua'.normalize('NFD') })).toBe(contentDigest({ theme: 'Thi đua'.normalize('NFC') }));
  });

  test('any change of content changes the digest', () => {
    const base = value('theme: Đổi mới\nparties: [a, b]\n');
    expect(contentDigest(value('theme: Đổi mới.\nparties: [a, b]\n'))).not.toBe(contentDigest(base));
    expect(contentDigest(value('theme: Đổi mới\nparties: [b, a]\n'))).not.toBe(contentDigest(base));
    expect(contentDigest(value('theme: Đổi mới\nparties: [a, b]\nyear: 2024\n'))).not.toBe(contentDigest(base));
    expect(contentDigest(base)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('refuses values YAML 1.2 never yields', () => {
    expect(() => canonicalContent({ when: new Date(0) })).toThrow(/Date/);
    expect(() => canonicalContent({ n: Number.NaN })).toThrow(/not finite/);
  });
});
