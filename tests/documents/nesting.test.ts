// A file nested a thousand levels deep must be refused with one finding at its line, never crash the process:
// the `yaml` package recurses per level, and V8 could die compiling a regular expression on the exhausted stack.

import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, tooDeepAt } from '../../src/documents/nesting.js';
import { parseSource } from '../../src/documents/parse.js';
import { PROJECT, runCli } from '../helpers/run-cli.js';

const blockLevels = (levels: number) => 'body:\n' + Array.from({ length: levels }, (_, level) => `${'  '.repeat(level + 1)}k${level}:`).join('\n') + ' x\n';

describe('nesting past the limit', () => {
  it('refuses compact sequences, flow brackets and indented mappings a thousand deep, one after another in one process', () => {
    const cases: [string, number, number][] = [
      [`kind: compact\nbody:\n  ${'- '.repeat(1000)}x\n`, 3, 3 + 2 * (MAX_NESTING - 2)],
      [`kind: compact\nbody: ${'['.repeat(1000)}${']'.repeat(1000)}\n`, 2, 7 + MAX_NESTING - 1],
      // Closing brackets in a comment and in quotes do not hide the open ones.
      [`kind: compact\nbody: ${'[ "]]]]",'.repeat(1000)} # ${']'.repeat(1000)}\n`, 2, 7 + 9 * (MAX_NESTING - 1)],
      [blockLevels(1000), MAX_NESTING + 1, 2 * MAX_NESTING + 1],
    ];
    for (const [text, line, column] of cases) {
      const parsed = parseSource(text);
      expect(parsed.value).toBeUndefined();
      expect(parsed.problems).toEqual([{ code: 'yaml-too-deep', line, column, args: { limit: MAX_NESTING } }]);
    }
  });

  it('leaves a deep but reasonable document to the parsers, with the same value', () => {
    const text = blockLevels(MAX_NESTING - 5);
    expect(tooDeepAt(text)).toBeUndefined();
    const parsed = parseSource(text);
    expect(parsed.problems).toEqual([]);
    let node = (parsed.value as { body: Record<string, unknown> }).body;
    for (let level = 0; level < MAX_NESTING - 6; level++) node = node[`k${level}`] as Record<string, unknown>;
    expect(node).toEqual({ [`k${MAX_NESTING - 6}`]: 'x' });
    const flow = `a: ${'['.repeat(MAX_NESTING - 2)}1${']'.repeat(MAX_NESTING - 2)}\n`;
    expect(parseSource(flow).problems).toEqual([]);
  });

  it('does not count brackets that close, comments or blank lines', () => {
    const text = Array.from({ length: 500 }, (_, n) => `k${n}: [a, [b, {c: d}]] # [[[[\n\n`).join('');
    expect(tooDeepAt(text)).toBeUndefined();
  });

  it('reports the file, line and column on the command line and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-deep-'));
    cpSync(join(PROJECT, 'examples', 'giaouoc.yaml'), join(dir, 'giaouoc.yaml'));
    writeFileSync(join(dir, 'giao-uoc-sau.yaml'), `kind: compact\nbody: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const result = runCli(['validate', '--lang', 'en', 'giao-uoc-sau.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`giao-uoc-sau.yaml:2:${7 + MAX_NESTING - 1} error the file nests too deeply`);
    expect(result.stderr).toBe('');
  });
});
