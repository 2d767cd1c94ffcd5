import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { outputName, outputPath } from '../../src/render/output-name.js';
import { browserNotFound, findBrowser } from '../../src/render/pdf/browser.js';
import { pdfString } from '../../src/render/pdf/metadata.js';
import { writeFileAtomic } from '../../src/documents/write-atomic.js';

describe('output names', () => {
  it('follow the input file', () => {
    expect(outputName('examples/2024/giao-uoc-2024.yaml', 'pdf')).toBe('giao-uoc-2024.pdf');
    expect(outputName('bao-cao.yml', 'html')).toBe('bao-cao.html');
    expect(outputPath('examples/2024/a.yaml', 'pdf')).toBe(join('examples/2024', 'a.pdf'));
    expect(outputPath('examples/2024/a.yaml', 'pdf', 'out')).toBe(join('out', 'a.pdf'));
    expect(outputPath('examples/2024/a.yaml', 'pdf', 'out', 'examples')).toBe(join('out', '2024', 'a.pdf'));
    expect(outputPath('khac/a.yaml', 'pdf', 'out', 'examples')).toBe(join('out', 'a.pdf'));
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-write-'));
    const target = join(dir, 'a.html');
    writeFileSync(target, 'cũ');
    await writeFileAtomic(target, 'mới');
    expect(readFileSync(target, 'utf8')).toBe('mới');
    expect(readdirSync(dir)).toEqual(['a.html']);
  });

  it('fails without touching the target when the folder does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-write-'));
    await expect(writeFileAtomic(join(dir, 'khong-co', 'a.pdf'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('findBrowser', () => {
  const only = (...paths: string[]) => (path: string) => paths.includes(path);

  it('takes CHROME_PATH first', () => {
    const env = { CHROME_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' };
    expect(findBrowser({ env, platform: 'linux', exists: only('/opt/chrome/chrome', '/usr/bin/chromium') })).toBe('/opt/chrome/chrome');
    expect(findBrowser({ env, platform: 'linux', exists: only('/usr/bin/chromium') })).toBeUndefined();
  });

  it('looks for the usual names on PATH and the usual install folders', () => {
    expect(findBrowser({ env: { PATH: '/usr/local/bin:/usr/bin' }, platform: 'linux', exists: only('/usr/bin/google-chrome-stable') })).toBe(
      '/usr/bin/google-chrome-stable',
    );
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ env: {}, platform: 'darwin', exists: only(mac) })).toBe(mac);
    expect(findBrowser({ env: { PATH: '/bin' }, platform: 'linux', exists: () => false })).toBeUndefined();
  });

  it('says in one sentence how to install one, as a usage error', () => {
    const error = browserNotFound({});
    expect(isUserError(error)).toBe(true);
    expect(error.exitCode).toBe(2);
    expect(error.text.vi).toContain('sudo apt-get install -y chromium');
    expect(error.text.en).toContain('CHROME_PATH');
  });
});

describe('PDF text strings', () => {
  it('encodes Vietnamese as UTF-16 and escapes ASCII', () => {
    expect(pdfString('a(b)')).toBe('(a\\(b\\))');
    expect(pdfString('Đ')).toBe('<FEFF0110>');
  });
});
