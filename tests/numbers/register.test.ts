import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { buildRegister } from '../../src/register/entries.js';
import { registerCsv } from '../../src/register/tabular.js';
import { envFor, exampleRepo, git, read } from './fixture.js';

/** The examples with the year's history an office would have: numbered by cap-so, one withdrawn, one corrected. */
function officeRepo(): string {
  const dir = exampleRepo(['2024/bao-cao-quy-3-cd-bo-khdt.yaml', '2024/bao-cao-quy-4-cd-bo-khdt.yaml']);
  for (const file of ['2024/bao-cao-quy-3-cd-bo-khdt.yaml', '2024/bao-cao-quy-4-cd-bo-khdt.yaml']) {
    expect(runCli(['cap-so', file], { cwd: dir, env: envFor(dir) }).code).toBe(0);
  }
  // The third-quarter report is withdrawn; the fourth corrects the second.
  git(dir, ['rm', '-q', '2024/bao-cao-quy-3-cd-bo-khdt.yaml']);
  git(dir, ['commit', '-qm', 'Thu hồi báo cáo quý III']);
  const q4 = join(dir, '2024/bao-cao-quy-4-cd-bo-khdt.yaml');
  writeFileSync(q4, read(dir, '2024/bao-cao-quy-4-cd-bo-khdt.yaml').replace(/^date: (.*)$/m, 'date: $1\nsubject: Kết quả công tác năm 2024, đính chính Báo cáo số 03/BC-CĐBKHĐT'));
  git(dir, ['commit', '-qam', 'Báo cáo quý IV đính chính báo cáo quý II']);
  return dir;
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

describe('so-dang-ky', () => {
  it('writes the 2024 register that LibreOffice Calc opens with the ten columns', () => {
    const dir = officeRepo();
    const result = runCli(['so-dang-ky', '--year', '2024', '--issuer', 'cd-bo-khdt'], { cwd: dir, env: envFor(dir) });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Đã ghi sổ đăng ký văn bản đi năm 2024 (6 văn bản) vào so-dang-ky-2024-cd-bo-khdt.xlsx\n');
    const out = join(dir, 'calc');
    mkdirSync(out);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, '.lo')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', out, join(dir, 'so-dang-ky-2024-cd-bo-khdt.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const rows = csvRows(readFileSync(join(out, 'so-dang-ky-2024-cd-bo-khdt.csv'), 'utf8'));
    const header = rows.findIndex((row) => row[0] === 'Số, ký hiệu văn bản');
    expect(rows[header]).toEqual(['Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Người ký', 'Nơi nhận văn bản', 'Đơn vị, người nhận bản lưu', 'Số lượng bản', 'Ngày chuyển', 'Ký nhận', 'Ghi chú']);
    const data = rows.slice(header + 2).filter((row) => row[0]);
    expect(data.map((row) => row[0])).toEqual(['01/KH-CĐBKHĐT', '02/BC-CĐBKHĐT', '03/BC-CĐBKHĐT', '05/BC-CĐBKHĐT', '06/CĐBKHĐT', '07/BC-CĐBKHĐT', '08/BC-CĐBKHĐT'].filter((n) => n !== '05/BC-CĐBKHĐT'));
    // Every column is filled somewhere; the first nine of a numbered report in every row.
    for (let column = 0; column < 10; column++) expect(data.some((row) => row[column]?.trim())).toBe(true);
    const withdrawn = data.find((row) => row[0] === '07/BC-CĐBKHĐT')!;
    expect(withdrawn.slice(0, 9).every((cell) => cell.trim() !== '')).toBe(true);
    expect(withdrawn[1]).toBe('26/09/2024');
    expect(withdrawn[7]).toBe('30/12/2024');
    expect(withdrawn[8]).toMatch(/^Văn thư CĐB \(commit [0-9a-f]{7}\)$/);
    expect(withdrawn[9]).toMatch(/^Đã thu hồi: xóa khỏi kho ngày 30\/12\/2024 \(commit [0-9a-f]{7}\)$/);
    expect(data.find((row) => row[0] === '03/BC-CĐBKHĐT')![9]).toBe('Được đính chính bởi văn bản số 08/BC-CĐBKHĐT');
    const plan = data.find((row) => row[0] === '01/KH-CĐBKHĐT')!;
    expect(plan.slice(2, 7)).toEqual(['Kế hoạch: Công đoàn năm 2024'.replace('Công đoàn', 'Công tác công đoàn'), 'Lê Thị Tường Thu', 'Công đoàn Viên chức Việt Nam (để b/c); Lãnh đạo Bộ (để b/c); Đảng ủy cơ quan Bộ (để b/c); Các công đoàn trực thuộc (để t/h)', 'VT, CĐB', '6']);
  }, 180_000);

  it('prints a landscape PDF and a DOCX through the templates', () => {
    const dir = officeRepo();
    expect(runCli(['register', '--year', '2024', '--format', 'pdf', '--out', 'so.pdf'], { cwd: dir, env: envFor(dir) }).code).toBe(0);
    const info = execFileSync('pdfinfo', [join(dir, 'so.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'so.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(text).toContain('08/BC-CĐBKHĐT');
    expect(runCli(['register', '--year', '2024', '--format', 'docx', '--out', 'so.docx'], { cwd: dir, env: envFor(dir) }).code).toBe(0);
    expect(readFileSync(join(dir, 'so.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('refuses a year with no documents and a folder as the target, writing nothing', () => {
    const dir = exampleRepo();
    const empty = runCli(['so-dang-ky', '--year', '2019'], { cwd: dir, env: envFor(dir) });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe('giaouoc: không có văn bản nào được đánh số trong năm 2019; chưa ghi sổ — hãy kiểm tra --year, --issuer hoặc cấp số bằng `giaouoc cap-so`\n');
    expect(existsSync(join(dir, 'so-dang-ky-2019.xlsx'))).toBe(false);
    const folder = runCli(['register', '--year', '2024', '--out', '2024', '--lang', 'en'], { cwd: dir, env: envFor(dir) });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('giaouoc: 2024 is a folder; give --out a file name, e.g. 2024/so-dang-ky.xlsx\n');
    const unknown = runCli(['register', '--year', '2024', '--issuer', 'cd-bo-khd'], { cwd: dir, env: envFor(dir) });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('(có phải “cd-bo-khdt”?)');
    rmSync(dir, { recursive: true, force: true });
  });

  it('CSV cells that look like formulas are not run by the spreadsheet', () => {
    const entries = buildRegister({ place: 'Hà Nội', units: [{ id: 'a', name: 'Công đoàn A', code: 'CĐA' }] }, [{ relative: 'x.yaml', value: { kind: 'plan', year: 2024, issuer: 'a', number: '01/KH-CĐA', date: '2024-01-02', recipients: ['=HYPERLINK("http://x")', 'Lưu: VT'] } }], 2024);
    const line = registerCsv(entries, 'vi').split('\r\n')[1];
    expect(line).toContain(',"\'=HYPERLINK(""http://x"")",VT,2,');
  });
});

describe('buildRegister', () => {
  const config = {
    place: 'Hà Nội',
    units: [
      { id: 'a', name: 'Công đoàn A', code: 'CĐA', signatories: [{ name: 'Nguyễn Văn A', title: 'Chủ tịch' }] },
      { id: 'b', name: 'Công đoàn B', code: 'CĐB' },
    ],
    blocs: [{ id: 'khoi', name: 'Khối thi đua I', upper: 'a', years: [{ year: 2024, members: ['a', 'b'], leader: 'a' }] }],
  };
  const doc = (issuer: string, number: string, extra: Record<string, unknown> = {}) => ({ relative: `${number}.yaml`, value: { kind: 'plan', year: 2024, issuer, number, date: '2024-03-01', ...extra } });

  it("an office's register holds the bloc papers its Khối trưởng numbered, in number order", () => {
    const entries = buildRegister(config, [doc('a', '02/KH-CĐA'), doc('khoi', '01/KH-CĐA'), doc('b', '01/KH-CĐB')], 2024, 'a');
    expect(entries.map((entry) => [entry.number, entry.signer])).toEqual([
      ['01/KH-CĐA', 'Nguyễn Văn A'],
      ['02/KH-CĐA', 'Nguyễn Văn A'],
    ]);
  });

  it('counts the copies: each recipient line and each copy kept', () => {
    const [entry] = buildRegister(config, [doc('a', '01/KH-CĐA', { recipients: ['- Như trên;', 'Ban Thường vụ', 'Lưu: VT, BTG.'] })], 2024);
    expect([entry.recipients, entry.archive, entry.copies]).toEqual(['Như trên; Ban Thường vụ', 'VT, BTG', 4]);
  });
});
