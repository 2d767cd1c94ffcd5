// A repository's templates may not pull other files into the document: symlinks and FIFOs are refused, by name.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { UserError } from '../../src/errors.js';

function repoWith(setup: (templates: string, secret: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'giaouoc-templates-'));
  const secret = join(dir, 'id_ed25519');
  writeFileSync(secret, 'BI-MAT\n');
  const templates = join(dir, 'templates');
  mkdirSync(join(templates, 'partials'), { recursive: true });
  setup(templates, secret);
  return templates;
}

function refusal(templates: string): string {
  try {
    const env = createTemplateEnvironment({ overridesDir: templates });
    return `accepted: ${env.stylesheet.slice(0, 40)}`;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).text.vi;
  }
}

describe('templates are read only from regular files of the repository', () => {
  test.each([
    ['a symlinked print.css', (t: string, s: string) => symlinkSync(s, join(t, 'print.css')), 'print.css'],
    ['a symlinked partial', (t: string, s: string) => symlinkSync(s, join(t, 'partials', 'header.hbs')), 'header.hbs'],
    ['a symlinked main template', (t: string, s: string) => symlinkSync(s, join(t, 'compact.hbs')), 'compact.hbs'],
    ['a FIFO as a template', (t: string) => execFileSync('mkfifo', [join(t, 'plan.hbs')]), 'plan.hbs'],
    ['a FIFO as print.css', (t: string) => execFileSync('mkfifo', [join(t, 'print.css')]), 'print.css'],
  ])('%s is refused with its name', (_name, setup, file) => {
    const message = refusal(repoWith(setup));
    expect(message).toMatch(/không phải tệp thường/);
    expect(message).toContain(file);
  });

  test('a symlinked templates folder is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-templates-'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'templates'));
    expect(refusal(join(dir, 'templates'))).toMatch(/không phải tệp thường/);
  });

  test('regular override files still replace the built-ins', () => {
    const templates = repoWith((t) => writeFileSync(join(t, 'print.css'), 'body { color: black }'));
    expect(createTemplateEnvironment({ overridesDir: templates }).stylesheet).toBe('body { color: black }');
  });
});

describe('render writes only where it says', () => {
  test('a committed `out` symlink does not redirect the output', async () => {
    const { cpSync, existsSync, mkdtempSync: temp } = await import('node:fs');
    const { run } = await import('../../src/main.js');
    const { PROJECT } = await import('../helpers/run-cli.js');
    const dir = temp(join(tmpdir(), 'giaouoc-out-link-'));
    cpSync(join(PROJECT, 'examples'), join(dir, 'repo'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'repo', 'out'));
    let err = '';
    const ctx = { cwd: join(dir, 'repo'), env: { NO_COLOR: '1', GIAOUOC_CACHE_DIR: join(dir, 'cache'), HOME: dir }, stdout: { write: () => true }, stderr: { write: (chunk: string) => (err += chunk) } };
    expect(await run(['render', '--format', 'html', '--out', 'out', '2024'], ctx)).toBe(2);
    expect(err).toMatch(/liên kết tượng trưng/);
    expect(existsSync(join(dir, 'elsewhere', '2024'))).toBe(false);
  });
});
