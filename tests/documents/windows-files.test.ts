// Files saved on Windows or macOS are normal files: CRLF, a UTF-8 BOM and decomposed file names read as their plain
// twins, `validate --fix` rewrites them in the repository's form, and UTF-16 is named as such.

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../src/documents/canonical.js';
import { decodeSource } from '../../src/documents/source.js';
import { parseSource } from '../../src/documents/parse.js';
import { checkFile } from '../../src/validate/check-file.js';
import { PROJECT, runCli } from '../helpers/run-cli.js';

const examples = join(PROJECT, 'examples');
const exampleFiles = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
const windows = (text: string) => '\uFEFF' + text.replace(/\n/g, '\r\n');

describe('a Windows file reads as its LF twin', () => {
  it.each(exampleFiles)('%s: same findings, facts and digest with CRLF and a BOM', (file) => {
    const lf = readFileSync(join(examples, file), 'utf8');
    const role = file === 'giaouoc.yaml' ? 'config' : 'document';
    const plain = checkFile(file, Buffer.from(lf), role);
    const crlf = checkFile(file, Buffer.from(windows(lf)), role);
    expect(crlf).toEqual(plain);
    const digest = (text: string) => contentDigest(parseSource(decodeSource(Buffer.from(text)).text).value);
    expect(digest(windows(lf))).toBe(digest(lf));
  });

  it('names UTF-16 as such, with the fix', () => {
    const result = checkFile('doc.yaml', Buffer.from('\uFEFFkind: compact\n', 'utf16le'), 'document');
    expect(result.issues.map((issue) => issue.code)).toEqual(['file-utf16']);
  });
});

describe('a repository saved on Windows and macOS', () => {
  function windowsRepo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-windows-'));
    cpSync(examples, dir, { recursive: true });
    for (const file of exampleFiles) writeFileSync(join(dir, file), windows(readFileSync(join(dir, file), 'utf8')));
    return dir;
  }

  it('validates and renders with CRLF and BOM everywhere, and `--fix` rewrites them as LF without BOM', () => {
    const dir = windowsRepo();
    const validate = runCli(['validate'], { cwd: dir });
    expect(validate.stdout + validate.stderr).not.toMatch(/CRLF|BOM|\d+ lỗi/);
    expect(validate.code).toBe(0);
    const render = runCli(['render', '2024/giao-uoc-khoi-thi-dua-1.yaml', '--out', 'out'], { cwd: dir });
    expect(render.code).toBe(0);
    expect(existsSync(join(dir, 'out', '2024', 'giao-uoc-khoi-thi-dua-1.html'))).toBe(true);

    expect(runCli(['validate', '--fix'], { cwd: dir }).code).toBe(0);
    for (const file of exampleFiles) expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(examples, file), 'utf8'));
  });

  it('finds a decomposed file name by its composed spelling, and `--fix` renames it; UTF-16 is converted', () => {
    const dir = windowsRepo();
    const composed = '2024/giao-ước-khối-1.yaml';
    renameSync(join(dir, '2024/giao-uoc-khoi-thi-dua-1.yaml'), join(dir, composed.normalize('NFD')));
    writeFileSync(join(dir, '2024/ke-hoach-cd-bo-khdt.yaml'), Buffer.from('\uFEFF' + readFileSync(join(examples, '2024/ke-hoach-cd-bo-khdt.yaml'), 'utf8'), 'utf16le'));

    const before = runCli(['validate', composed], { cwd: dir });
    expect(before.stderr).toBe('');
    expect(before.code).toBe(0);
    expect(runCli(['validate'], { cwd: dir }).stdout).toMatch(/ke-hoach-cd-bo-khdt\.yaml:1:1 lỗi tệp được lưu với bảng mã UTF-16/);

    expect(runCli(['validate', '--fix'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(join(dir, '2024'))).toContain('giao-ước-khối-1.yaml');
    expect(readdirSync(join(dir, '2024'))).not.toContain(composed.normalize('NFD').split('/')[1]);
    expect(readFileSync(join(dir, '2024/ke-hoach-cd-bo-khdt.yaml'), 'utf8')).toBe(readFileSync(join(examples, '2024/ke-hoach-cd-bo-khdt.yaml'), 'utf8'));
  });
});
