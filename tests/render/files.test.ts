import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { outputName, outputPath } from '../../src/render/output-name.js';
import { browserNotFound, findBrowser } from '../../src/render/pdf/browser.js';
import { addTraceInfo, pdfString } from '../../src/render/pdf/metadata.js';
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

describe('PDF document information', () => {
  const minimal = [
    '%PDF-1.4',
    '1 0 obj',
    '<</Producer (Skia/PDF m150)>>',
    'endobj',
    '2 0 obj',
    '<</Type /Catalog>>',
    'endobj',
    'xref',
    '0 3',
    'trailer',
    '<</Size 3',
    '/Root 2 0 R',
    '/Info 1 0 R>>',
    'startxref',
    '60',
    '%%EOF',
    '',
  ].join('\n');

  it('encodes Vietnamese as UTF-16 and escapes ASCII', () => {
    expect(pdfString('a(b)')).toBe('(a\\(b\\))');
    expect(pdfString('Đ')).toBe('<FEFF0110>');
  });

  it('appends a new Info object that points back at the old trailer', () => {
    const out = addTraceInfo(Buffer.from(minimal, 'latin1'), { title: 'Kế hoạch', digest: 'sha256:ab', commit: 'c0' }).toString('latin1');
    expect(out.startsWith(minimal)).toBe(true);
    const added = out.slice(minimal.length);
    expect(added).toContain('3 0 obj');
    expect(added).toContain('/Producer (Skia/PDF m150)');
    expect(added).toContain('/Keywords (digest=sha256:ab commit=c0)');
    expect(added).toContain('/Info 3 0 R /Prev 60');
    const objectOffset = Number(/\n(\d{10}) 00000 n /.exec(added)![1]);
    expect(out.slice(objectOffset, objectOffset + 7)).toBe('3 0 obj');
    const xrefOffset = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(added)![1]);
    expect(out.slice(xrefOffset, xrefOffset + 4)).toBe('xref');
  });

  it('leaves a PDF without digest or commit as it is', () => {
    const pdf = Buffer.from(minimal, 'latin1');
    expect(addTraceInfo(pdf, { title: 'x' })).toBe(pdf);
  });
});
