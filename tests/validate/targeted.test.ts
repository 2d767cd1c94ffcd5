// Validating some files reads only what their rules need; the answer must be exactly what validating the whole
// repository says about those files.

import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/validate/run.js';
import { PROJECT } from '../helpers/run-cli.js';

const summary = (dir: string, issues: { file: string; line: number; column: number; code: string }[]) =>
  issues.map((issue) => `${relative(dir, issue.file)}:${issue.line}:${issue.column} ${issue.code}`);

async function compareEveryFile(dir: string): Promise<void> {
  const whole = await validateRepository({ cwd: dir, paths: [], cache: false });
  for (const doc of whole.documents) {
    const alone = await validateRepository({ cwd: dir, paths: [doc.file], cache: false });
    const expected = whole.issues.filter((issue) => issue.file === doc.file || issue.file === join(dir, 'giaouoc.yaml'));
    expect(summary(dir, alone.issues), doc.relative).toEqual(summary(dir, expected));
  }
}

describe('validating chosen files', () => {
  it('gives each example file the findings of a whole-repository run', async () => {
    await compareEveryFile(join(PROJECT, 'examples'));
  });

  it('does so for broken references too: a plan task renamed, a compact target renamed, a score over its maximum', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-targeted-'));
    cpSync(join(PROJECT, 'examples'), dir, { recursive: true });
    const edit = (file: string, from: RegExp, to: string) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(path, text.replace(from, to));
    };
    edit('2023/ke-hoach-cd-bo-noi-vu.yaml', /id: ([a-z0-9-]+)\n(\s+content:)/, 'id: $1-doi-ten\n$2');
    edit('2024/giao-uoc-khoi-thi-dua-1.yaml', /(targets:\n\s+- id: )([a-z0-9-]+)/, '$1$2-doi-ten');
    const sheet = readdirSync(join(dir, '2024')).find((name) => name.startsWith('cham-diem-'))!;
    edit(`2024/${sheet}`, /points: \d+/, 'points: 999');
    const whole = await validateRepository({ cwd: dir, paths: [], cache: false });
    expect(whole.issues.filter((issue) => issue.severity === 'error').length).toBeGreaterThanOrEqual(3);
    await compareEveryFile(dir);
  });

  it('reads the fixtures the same way', async () => {
    const fixtures = join(PROJECT, 'tests', 'fixtures');
    for (const name of readdirSync(fixtures).filter((entry) => /^(invalid|warn)-/.test(entry))) {
      const dir = join(fixtures, name);
      const whole = await validateRepository({ cwd: dir, paths: [], cache: false });
      for (const file of readdirSync(dir).filter((entry) => entry.endsWith('.yaml') && entry !== 'giaouoc.yaml')) {
        const alone = await validateRepository({ cwd: dir, paths: [join(dir, file)], cache: false });
        const expected = whole.issues.filter((issue) => issue.file === join(dir, file) || issue.file === join(dir, 'giaouoc.yaml'));
        expect(summary(dir, alone.issues), `${name}/${file}`).toEqual(summary(dir, expected));
      }
    }
  });
});
