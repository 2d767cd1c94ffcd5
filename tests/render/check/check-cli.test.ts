// `giaouoc render --check` and `score --render pdf` through the built binary, as a clerk runs them.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { examplesDir } from '../examples.js';

describe('giaouoc render --check', () => {
  it('prints, reads the PDF back and says that it meets the layout profile', () => {
    const out = mkdtempSync(join(tmpdir(), 'giaouoc-check-cli-'));
    const result = runCli(['render', 'examples/2024/bao-cao-quy-1-cd-bo-khdt.yaml', 'examples/2024/giao-uoc-khoi-thi-dua-1.yaml', '--format', 'pdf', '--out', out, '--check']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('✔ 2 tệp in đạt thể thức');
    expect(result.code).toBe(0);
  }, 60_000);

  it('finds nothing in the documents of the year-end fixture repository, as PDF and as DOCX', () => {
    const fixture = fileURLToPath(new URL('../../fixtures/yearend/bloc/', import.meta.url));
    for (const format of ['pdf', 'docx']) {
      const out = mkdtempSync(join(tmpdir(), `giaouoc-check-fixture-${format}-`));
      const result = runCli(['render', '.', '--format', format, '--out', out, '--check'], { cwd: fixture });
      expect(result.stdout, format).toMatch(/✔ \d+ tệp in đạt thể thức/);
      expect(result.code, format).toBe(0);
    }
  }, 180_000);

  it('refuses --check on HTML with one sentence and exit code 2', () => {
    const result = runCli(['render', 'examples/2024/bao-cao-quy-1-cd-bo-khdt.yaml', '--out', mkdtempSync(join(tmpdir(), 'giaouoc-check-cli-')), '--check', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('giaouoc: --check reads the printed copy back: use it with --format pdf or --format docx\n');
  });
});

describe('giaouoc score --render pdf', () => {
  it('writes the landscape ranking and the award proposal as PDF', () => {
    const out = mkdtempSync(join(tmpdir(), 'giaouoc-yearend-cli-'));
    const result = runCli(['score', '--year', '2024', '--bloc', 'khoi-thi-dua-1', '--render', 'pdf', '--out', out], { cwd: examplesDir });
    expect(result.code).toBe(0);
    expect(existsSync(join(out, 'xep-hang-2024-khoi-thi-dua-1.pdf'))).toBe(true);
    expect(existsSync(join(out, 'to-trinh-khen-thuong-2024-khoi-thi-dua-1.pdf'))).toBe(true);
    const wrong = runCli(['score', '--year', '2024', '--bloc', 'khoi-thi-dua-1', '--render', 'xls', '--out', out], { cwd: examplesDir });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain('--render nhận html, pdf hoặc docx');
  }, 60_000);
});
