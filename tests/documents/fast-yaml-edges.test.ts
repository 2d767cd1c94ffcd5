// The fast reader's edges one by one: each scalar form resolved as YAML 1.2's core schema, the block scalar
// variants, the shapes it must leave to the `yaml` package, and hostile input (depth, size, __proto__, alias counts).

import { describe, expect, it } from 'vitest';
import { readFastYaml } from '../../src/documents/fast-yaml.js';
import { parseSource } from '../../src/documents/parse.js';
import { DOUBLE_QUOTED, FLOW_SEQUENCES, PLAIN_FORMS, SINGLE_QUOTED } from './fast-yaml-corpus.js';
import { compareReaders, differences, yamlValue } from './fast-yaml-support.js';

const read = (text: string) => readFastYaml(text, 100)?.value;

describe('scalars', () => {
  it.each([...PLAIN_FORMS, ...DOUBLE_QUOTED, ...SINGLE_QUOTED, ...FLOW_SEQUENCES])('%s as a value and as a key: declined or as yaml reads it', (form) => {
    for (const text of [`a: ${form}\n`, `- ${form}\n`, `${form}: 1\n`, `a:\n  - ${form}\n  - x\n`]) {
      expect(compareReaders(text), text).toMatch(/^(same|declined)$/);
    }
  });

  it('resolves the core schema itself, with -0, big integers, NaN and text that only looks like a date or a number', () => {
    const text = 'a: -0\nb: 0o17\nc: 0x1F\nd: +12\ne: 012\nf: .5\ng: 1e3\nh: -.inf\ni: .NaN\nj: 123456789012345678901234567890\n' +
      'k: 2024-03-04\nl: 1_000\nm: yes\nn: no\no: 0b1\np: ~\nq: NULL\nr: True\ns:\nt: 1.50\n';
    const value = read(text) as Record<string, unknown>;
    expect(value).toBeDefined();
    expect(Object.is(value.a, -0)).toBe(true);
    expect([value.b, value.c, value.d, value.e, value.f, value.g]).toEqual([15, 31, 12, 12, 0.5, 1000]);
    expect(value.h).toBe(Number.NEGATIVE_INFINITY);
    expect(Number.isNaN(value.i)).toBe(true);
    expect(value.j).toBe(123456789012345678901234567890);
    expect([value.k, value.l, value.m, value.n, value.o]).toEqual(['2024-03-04', '1_000', 'yes', 'no', '0b1']);
    expect([value.p, value.q, value.r, value.s, value.t]).toEqual([null, null, true, null, 1.5]);
    const reference = yamlValue(text);
    expect(reference.ok && differences(value, reference.value)).toEqual([]);
  });

  it('reads quoted scalars with every escape the yaml package knows', () => {
    expect(read('a: "\\t\\u00e9\\x41\\U0001F600\\"\\\\\\/\\_\\N"\nb: \'it\'\'s # not a comment\'\n')).toEqual({
      a: '\té' + 'A😀"\\/\u00a0\u0085',
      b: "it's # not a comment",
    });
  });
});

describe('block scalars', () => {
  const cases = [
    'a: |\n  x\n  y\n', 'a: >\n  x\n  y\n\n  z\n', 'a: |-\n  x\n\n', 'a: >+\n  x\n\n\nb: 1', 'a: |\n\n  x\n', 'a: >\n\n\n  x\n  y\n',
    'a: |\n  x\n  # kept\n', 'a: |\n  x\n# comment\nb: 1', '- |\n x\n- >-\n   y\n   z\n', 'a:\n  - b: |\n      x\n    c: 1\n',
    'a: | # c\n  x', 'a: |+\n  x', 'a: |+\n  x\n\n', 'a: |\r\n  x\r\n\r\n  y\r\n',
  ];
  it.each(cases)('%j: read by the fast reader as yaml reads it', (text) => {
    expect(read(text)).toBeDefined();
    expect(compareReaders(text)).toBe('same');
  });

  const declined = [
    'a: |2\n   x\n', 'a: >\n  x\n    more indented\n  y\n', 'a: |\n  x\n   \n  y\n', 'a: |\n   \n  x\n', 'a: |\nb: 1\n',
    'a: |\n    x\n  y\n', 'a: |\n  x\n # between\nb: 1\n', 'a: |+\n  x\n\n ', '- key: |\n  x\n',
  ];
  it.each(declined)('%j: left to the yaml package', (text) => {
    expect(read(text)).toBeUndefined();
    expect(compareReaders(text)).toBe('declined');
  });
});

describe('structure', () => {
  const cases = [
    'a:\n- x\n- y\nb: 1\n', '- a: 1\n  b:\n  - c\n- - d\n  - e\n', '---\na: 1\n', '\uFEFFa: 1\n', '\uFEFF# c\n- x\n', 'a:\n  # c\n  b: 1\n',
    'a: &x\n  b: 1\nc: *x\nd: &y v\ne: *y # c\n', 'f: {}\ng: []\n- x', '"a b": 1\n\'c\': 2\n', 'a  : 1\n', 'a: b#c\n', 'a: x   # c  \n',
    '__proto__: 1\nconstructor: 2\ntoString:\n  x: 1\n', 'a:\n  __proto__:\n    polluted: true\n',
  ];
  it.each(cases)('%j: declined or as yaml reads it', (text) => {
    expect(compareReaders(text)).toMatch(/^(same|declined)$/);
  });

  it('keeps __proto__ an own key, as the yaml package does, and pollutes nothing', () => {
    const value = read('__proto__:\n  polluted: true\na:\n  __proto__: 1\n') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nfd = parseSource('__proto__:\n  polluted: true\nb: Cong\u0300\n');
    expect(Object.getPrototypeOf(nfd.value)).toBe(Object.prototype);
    expect(Object.keys(nfd.value as object)).toEqual(['__proto__', 'b']);
  });

  it('reads one-line flow sequences of scalars, as giaouoc.yaml writes number ranges and bloc members', () => {
    expect(read('numbers: [3, "5-7"]\nmembers: [u-an, u-binh]  # c\nempty: [ ]\n')).toEqual({ numbers: [3, '5-7'], members: ['u-an', 'u-binh'], empty: [] });
    for (const sample of FLOW_SEQUENCES.slice(0, 14)) expect(read(`a: ${sample}\n`), sample).toBeDefined();
  });

  it('shares an anchored value with its aliases, as the yaml package does', () => {
    const value = read('a: &x\n  b: 1\nc: *x\n') as Record<string, unknown>;
    expect(value.c).toBe(value.a);
  });

  const declined = [
    'a: [1, [2]]\n', 'a: [1,\n  2]\n', 'a: [1, 2,]\n', 'a: {b: 1}\n', '[a]: 1\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n', 'a: 1\n...\n', '? a\n: 1\n',
    'a:\n\tb: 1\n', 'a: b\n  c\n', 'a: "b\n  c"\n', 'a: 1\na: 2\n', '1: a\n', 'true: a\n', '~: a\n', 'a: b: c\n', 'a: - b\n',
    '- a\nb: 1\n', 'a: 1\n- b\n', '  a: 1\n', 'a:\n  b: 1\n c: 2\n', 'a: *x\n', 'a: &x 1\nb: &x 2\n', 'a: &x\n  b: *x\n',
    '<<: {a: 1}\n', `"${'a'.repeat(1100)}": 1\n`, `- '${'a'.repeat(1100)}': 1\n`, `${'a'.repeat(990)}${' '.repeat(40)}: 1\n`, 'a: 1\r2\n', '\uFEFF- x\n', '# only a comment\n', '', 'plain scalar\n', 'a: "x" y\n', 'a: \'x\'y\n',
  ];
  it.each(declined)('%j: left to the yaml package, whose errors stay as they are', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('leaves an alias bomb to the yaml package, which names it', () => {
    const text = 'a: &x 1\n' + Array.from({ length: 101 }, (_, i) => `b${i}: *x\n`).join('');
    expect(read(text)).toBeUndefined();
    expect(parseSource(text).problems.map((problem) => problem.code)).toEqual(['yaml-alias-bomb']);
    expect(read('a: &x 1\n' + Array.from({ length: 100 }, (_, i) => `b${i}: *x\n`).join(''))).toBeDefined();
  });
});

describe('hostile input', () => {
  it('declines nesting deeper than it allows, without recursing further', () => {
    const deep = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('') + ' '.repeat(n) + 'x: 1\n';
    expect(read(deep(40))).toBeDefined();
    expect(read(deep(5000))).toBeUndefined();
    const sequences = '- '.repeat(5000) + 'x\n';
    expect(read(sequences)).toBeUndefined();
  });

  it('reads in time linear in the size of the text', () => {
    const shapes = [
      (n: number) => 'a: ' + 'x:x '.repeat(n) + '\n',
      (n: number) => 'a: "' + '\\\\'.repeat(n) + '\n',
      (n: number) => 'a: ' + '1'.repeat(n) + 'e\n',
      (n: number) => 'k' + ' '.repeat(n) + 'x\n',
      (n: number) => Array.from({ length: n / 8 }, (_, i) => `k${i}: v\n`).join(''),
      (n: number) => 'a: |\n' + '  x\n\n'.repeat(n / 5),
      (n: number) => '- ' + '# '.repeat(n) + '\n',
    ];
    for (const shape of shapes) {
      const time = (n: number) => {
        const text = shape(n);
        const start = performance.now();
        for (let i = 0; i < 3; i++) readFastYaml(text, 100);
        return performance.now() - start;
      };
      time(20_000);
      const small = time(20_000);
      const large = time(400_000);
      // Twenty times the text: linear is about 20×, quadratic 400×; the margin covers a busy machine.
      expect(large).toBeLessThan(Math.max(small, 1) * 80);
    }
  });
});
