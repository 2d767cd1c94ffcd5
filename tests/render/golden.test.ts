// Golden HTML per example. After a deliberate change of templates or wording, regenerate with
// UPDATE_GOLDEN=1 npx vitest run tests/render/golden.test.ts and review the diff.
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

describe('golden HTML of the examples', () => {
  it('finds the example documents', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const example of examples) {
    it(example.relativePath, () => {
      const html = renderHtml(example, env);
      const golden = join(goldenDir, example.relativePath.replace(/\.ya?ml$/, '.html'));
      if (update || !existsSync(golden)) {
        if (!update) throw new Error(`No golden file ${golden}; create it with UPDATE_GOLDEN=1`);
        mkdirSync(dirname(golden), { recursive: true });
        writeFileSync(golden, html);
      }
      expect(html).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
