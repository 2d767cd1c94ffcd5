// Findings for machines: SARIF for code scanning, and with --format github a job summary listing every finding.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { PROJECT, runCli } from '../helpers/run-cli.js';

/** The official SARIF 2.1.0 schema (tests/cli/sarif/SOURCE.md says where it comes from). */
function sarifValidator() {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(PROJECT, 'tests', 'cli', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')));
}

/** The examples with the 2024 compact moved to a folder with a space and Vietnamese letters, and 12 blanks in it. */
function repoWithFindings(): string {
  const dir = mkdtempSync(join(tmpdir(), 'giaouoc-machine-'));
  cpSync(join(PROJECT, 'examples'), dir, { recursive: true });
  const compact = readFileSync(join(dir, '2024', 'giao-uoc-khoi-thi-dua-1.yaml'), 'utf8');
  const blanks = Array.from({ length: 12 }, (_, i) => `«✎ Chỗ trống ${i + 1}»`);
  mkdirSync(join(dir, 'Văn bản'));
  rmSync(join(dir, '2024', 'giao-uoc-khoi-thi-dua-1.yaml'));
  writeFileSync(join(dir, 'Văn bản', 'giao-uoc-khoi-thi-dua-1.yaml'), compact.replace(/^theme: .*$/m, `theme: ${blanks[0]}`).replace(/^bases:\n/m, `bases:\n${blanks.slice(1).map((blank) => `  - ${blank}\n`).join('')}`));
  return dir;
}

describe('machine formats', () => {
  it('--format sarif is a SARIF 2.1.0 log with one result per finding and percent-encoded relative paths', () => {
    const dir = repoWithFindings();
    const result = runCli(['validate', 'Văn bản', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('giaouoc');
    const blanks = run.results.filter((item: { ruleId: string }) => item.ruleId === 'text-placeholder');
    expect(blanks).toHaveLength(12);
    expect(blanks[0].level).toBe('warning');
    expect(blanks[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`${encodeURIComponent('Văn bản')}/giao-uoc-khoi-thi-dua-1.yaml`);
    expect(run.tool.driver.rules[blanks[0].ruleIndex].id).toBe('text-placeholder');
  });

  it('--format sarif validates against the official SARIF 2.1.0 schema, with findings and without', () => {
    const validate = sarifValidator();
    const dir = repoWithFindings();
    // An error beside the warnings: both levels, and a finding on a file outside any folder.
    writeFileSync(join(dir, 'hong.yaml'), 'kind: compact\nyear: "x"\n');
    const withFindings = runCli(['validate', '--format', 'sarif', '--lang', 'en'], { cwd: dir });
    expect(withFindings.code).toBe(1);
    const log = JSON.parse(withFindings.stdout);
    expect(log.runs[0].results.some((item: { level: string }) => item.level === 'error')).toBe(true);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const clean = runCli(['validate', '--format', 'sarif'], { cwd: join(PROJECT, 'examples') });
    expect(clean.code).toBe(0);
    const empty = JSON.parse(clean.stdout);
    expect(empty.runs[0].results).toEqual([]);
    expect(validate(empty), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema is not a formality: a log missing what SARIF requires fails it.
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('--format github writes annotations and appends every finding to $GITHUB_STEP_SUMMARY', () => {
    const dir = repoWithFindings();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# trước\n');
    const result = runCli(['validate', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.stdout.match(/^::warning /gm)).toHaveLength(12);
    const table = readFileSync(summary, 'utf8');
    expect(table).toMatch(/^# trước\n### giaouoc: 0 lỗi, 12 cảnh báo trong \d+ tệp\n/);
    expect(table.match(/^\| Văn bản\/giao-uoc-khoi-thi-dua-1\.yaml \| \d+ \| \d+ \| cảnh báo \| còn chỗ trống chưa điền/gm)).toHaveLength(12);
  });
});
