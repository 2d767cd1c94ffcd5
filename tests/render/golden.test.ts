// Golden HTML per example. After a deliberate change of templates or wording, regenerate with
// UPDATE_GOLDEN=1 npx vitest run tests/render/golden.test.ts and review the diff.
// Every page embeds the same stylesheet: it has one golden of its own (golden/print.css), and the page goldens
// hold the document markup with the stylesheet left out.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { renderHtml } from '../../src/render/html.js';
import { loadExamples } from './examples.js';

const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';
const env = createTemplateEnvironment();
const examples = loadExamples();
const STYLE = /<style>\n?([\s\S]*?)<\/style>/;
const STYLE_PLACEHOLDER = '<style>/* golden/print.css */</style>';

function matchGolden(name: string, actual: string): void {
  const golden = join(goldenDir, name);
  if (update || !existsSync(golden)) {
    if (!update) throw new Error(`No golden file ${golden}; create it with UPDATE_GOLDEN=1`);
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, actual);
  }
  expect(actual).toBe(readFileSync(golden, 'utf8'));
}

describe('golden HTML of the examples', () => {
  it('finds the example documents', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it('embeds one stylesheet in every page', () => {
    const sheets = new Set(examples.map((example) => STYLE.exec(renderHtml(example, env))?.[1]));
    expect(sheets.size).toBe(1);
    matchGolden('print.css', [...sheets][0] ?? '');
  });

  it('prints the draft mark at most once per document (the header partial owns it)', () => {
    for (const example of examples) {
      const marks = renderHtml(example, env).match(/class="mark draft/g) ?? [];
      expect(marks.length, example.relativePath).toBeLessThanOrEqual(1);
    }
  });

  for (const example of examples) {
    it(example.relativePath, () => {
      const html = renderHtml(example, env);
      expect(html).toMatch(STYLE);
      matchGolden(example.relativePath.replace(/\.ya?ml$/, '.html'), html.replace(STYLE, STYLE_PLACEHOLDER));
    });
  }
});
