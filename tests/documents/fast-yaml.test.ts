// The fast reader against the `yaml` package: on every YAML file of the project, on hundreds of mutated and
// generated documents and on the edge cases one by one, it either declines or gives the same value and positions.

import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFastYaml } from '../../src/documents/fast-yaml.js';
import { parseSource } from '../../src/documents/parse.js';
import { PROJECT } from '../helpers/run-cli.js';
import { generatedDocument, mutatedDocument } from './fast-yaml-corpus.js';
import { compareReaders, readText, yamlFilesUnder } from './fast-yaml-support.js';

const projectFiles = yamlFilesUnder(PROJECT);
const exampleFiles = yamlFilesUnder(join(PROJECT, 'examples'));
const shown = (file: string) => relative(PROJECT, file);

describe('every YAML file of the project', () => {
  it('is found (examples, fixtures, templates)', () => {
    const folders = new Set(projectFiles.map((file) => shown(file).split('/')[0]));
    expect([...folders]).toEqual(expect.arrayContaining(['examples', 'tests', 'templates']));
    expect(exampleFiles.length).toBeGreaterThan(15);
  });

  it.each(projectFiles.map(shown))('%s: declined or read exactly as the yaml package reads it', (file) => {
    expect(compareReaders(readText(join(PROJECT, file)))).toMatch(/^(same|declined)$/);
  });

  it.each(exampleFiles.map(shown))('%s: read by the fast reader, not left to the yaml package, also as saved on Windows', (file) => {
    const text = readText(join(PROJECT, file));
    const windows = '\uFEFF' + text.replace(/\n/g, '\r\n');
    for (const variant of [text, windows]) {
      expect(readFastYaml(variant, 100)).toBeDefined();
      expect(compareReaders(variant)).toBe('same');
    }
  });
});

describe('mutated and generated documents', () => {
  const sources = projectFiles.filter((file) => !file.includes('invalid-')).map(readText);

  it('600 mutations of real files: declined or the same', () => {
    const verdicts = { same: 0, declined: 0 };
    for (let seed = 1; seed <= 600; seed++) {
      const text = mutatedDocument(sources[seed % sources.length], seed);
      const verdict = compareReaders(text);
      if (verdict !== 'same' && verdict !== 'declined') expect.fail(`seed ${seed}: ${verdict}\n${text}`);
      verdicts[verdict]++;
    }
    // The corpus must exercise the reader, not only its refusals.
    expect(verdicts.same).toBeGreaterThan(200);
  });

  it('1,500 generated documents: declined or the same', () => {
    const verdicts = { same: 0, declined: 0 };
    for (let seed = 1; seed <= 1500; seed++) {
      const text = generatedDocument(seed);
      const verdict = compareReaders(text);
      if (verdict !== 'same' && verdict !== 'declined') expect.fail(`seed ${seed}: ${verdict}\n${JSON.stringify(text)}`);
      verdicts[verdict]++;
    }
    expect(verdicts.same).toBeGreaterThan(300);
  });
});
