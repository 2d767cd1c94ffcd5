// parseSource leaves a file to the `yaml` package only when the fast reader declines it: reading the examples must
// not parse them twice, and the `yaml` Document is still there, built once, for the edits that need it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PROJECT } from '../helpers/run-cli.js';

const parseDocument = vi.hoisted(() => ({ calls: 0 }));
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      parseDocument.calls++;
      return yaml.parseDocument(...args);
    },
  };
});

const { forEachString, locate, parseSource } = await import('../../src/documents/parse.js');

const examples = join(PROJECT, 'examples');
const files = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));

describe('parseSource', () => {
  beforeEach(() => {
    parseDocument.calls = 0;
  });

  it.each(files)('%s: read without the yaml package, positions included', (file) => {
    const parsed = parseSource(readFileSync(join(examples, file), 'utf8'));
    expect(parsed.problems).toEqual([]);
    forEachString(parsed, () => {});
    locate(parsed, ['kind']);
    expect(parseDocument.calls).toBe(0);
    const document = parsed.yaml;
    expect(parsed.yaml).toBe(document);
    expect(parseDocument.calls).toBe(1);
    expect(document.toJS()).toEqual(parsed.value);
  });

  it('leaves a flow collection to the yaml package, with its error and place', () => {
    const parsed = parseSource('kind: plan\ntasks: [a, b\n');
    expect(parseDocument.calls).toBe(1);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ code: expect.stringMatching(/^yaml-/), line: 3 });
  });
});
