// `giaouoc render examples --format docx` through the built binary: one .docx per example, beside its year.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { loadExamples } from '../examples.js';
import { docxPart } from './unzip.js';

describe('giaouoc render --format docx', () => {
  it('writes one Word document per example, the same bytes on a second run', () => {
    const out = mkdtempSync(join(tmpdir(), 'giaouoc-docx-cli-'));
    const first = runCli(['render', 'examples', '--format', 'docx', '--out', out]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThan(0);
    const files = examples.map((example) => join(out, example.relativePath.replace(/\.ya?ml$/, '.docx')));
    const bytes = files.map((file) => readFileSync(file));
    for (const [index, data] of bytes.entries()) {
      expect(docxPart(data, 'word/document.xml'), files[index]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    }
    expect(runCli(['render', 'examples', '--format', 'docx', '--out', out]).code).toBe(0);
    for (const [index, file] of files.entries()) expect(readFileSync(file).equals(bytes[index]!), file).toBe(true);
  }, 60_000);
});
