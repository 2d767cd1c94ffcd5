// Every tests/fixtures/invalid-* fails with its positioned message; every warn-* passes unless --strict.
// The messages (both languages) are snapshotted so a change of wording is a reviewed change.

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/validate/run.js';
import { issueMessage } from '../../src/output/localize.js';
import { PROJECT } from '../helpers/run-cli.js';

const fixturesDir = join(PROJECT, 'tests', 'fixtures');
const fixtures = readdirSync(fixturesDir).filter((name) => name.startsWith('invalid-') || name.startsWith('warn-'));

describe('fixtures', () => {
  it('exist for each class of error', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of fixtures) {
    it(name, async () => {
      const dir = join(fixturesDir, name);
      const run = await validateRepository({ cwd: dir, paths: [], cache: false });
      const errors = run.issues.filter((issue) => issue.severity === 'error');
      const warnings = run.issues.filter((issue) => issue.severity === 'warning');
      if (name.startsWith('invalid-')) expect(errors.length).toBeGreaterThan(0);
      else {
        expect(errors).toEqual([]);
        expect(warnings.length).toBeGreaterThan(0);
      }
      const lines = run.issues.map((issue) => ({
        at: `${relative(dir, issue.file)}:${issue.line}:${issue.column}`,
        code: issue.code,
        vi: issueMessage(issue, 'vi'),
        en: issueMessage(issue, 'en'),
      }));
      for (const line of lines) {
        expect(line.vi).not.toMatch(/undefined|\[object/);
        expect(line.en).not.toMatch(/undefined|\[object/);
      }
      expect(lines).toMatchSnapshot();
    });
  }
});
