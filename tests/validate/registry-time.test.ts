// Time in giaouoc.yaml: each bad input is one finding at its line and column, in Vietnamese; a registry without
// dates keeps every old answer; documents are judged by the registry of their own date.
import { mkdtemp, mkdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/validate/check-file.js';
import { MESSAGES } from '../../src/validate/messages/catalog.js';
import { validateRepository } from '../../src/validate/run.js';

const BASE = `place: Hà Nội
units:
  - id: tld
    name: Tổng Liên đoàn Lao động Việt Nam
    code: TLĐ
`;

function configIssues(text: string) {
  return checkFile('giaouoc.yaml', Buffer.from(text), 'config').issues.map((issue) => ({
    at: `${issue.line}:${issue.column}`,
    code: issue.code,
    vi: MESSAGES[issue.code].vi(issue.args ?? {}),
  }));
}

describe('bad time data in giaouoc.yaml', () => {
  it('an end before the start', () => {
    const issues = configIssues(`${BASE}  - id: cd-a
    name: Công đoàn A
    start: { date: 2025-07-01 }
    end:
      date: 2025-06-15
      decision: 4173/TLĐ-TOC
`);
    expect(issues).toEqual([{ at: '10:13', code: 'unit-end-before-start', vi: 'ngày chấm dứt 2025-06-15 của “cd-a” không sau ngày bắt đầu 2025-07-01; hãy sửa một trong hai ngày' }]);
  });

  it('overlapping terms: two chairs at once, and one person listed twice', () => {
    const issues = configIssues(`${BASE}  - id: cd-a
    name: Công đoàn A
    signatories:
      - name: Nguyễn Văn Cũ
        title: Chủ tịch
        until: 2025-10-20
      - name: Trần Văn Mới
        title: Chủ tịch
        from: 2025-10-01
      - name: Lê Thị Phó
        title: Phó Chủ tịch
      - name: Lê Thị Phó
        title: Phó Chủ tịch
        from: 2024-01-01
`);
    expect(issues.map((issue) => [issue.at, issue.code])).toEqual([
      ['14:15', 'overlapping-terms'],
      ['19:15', 'overlapping-terms'],
    ]);
    expect(issues[0].vi).toBe('nhiệm kỳ này của “Trần Văn Mới” (Chủ tịch) trùng thời gian với nhiệm kỳ ở dòng 9 (Nguyễn Văn Cũ); hãy ghi “until” cho nhiệm kỳ trước bằng “from” của nhiệm kỳ sau');
  });

  it('a successor that does not exist, and a cycle of successors', () => {
    const issues = configIssues(`${BASE}  - id: cd-a
    name: Công đoàn A
    successors:
      - { unit: cd-b, relation: sáp nhập vào }
  - id: cd-b
    name: Công đoàn B
    successors:
      - { unit: cd-a, relation: thay thế bởi }
  - id: cd-c
    name: Công đoàn C
    successors:
      - { unit: cd-x, relation: chia tách thành }
`);
    expect(issues.map((issue) => [issue.at, issue.code])).toEqual([
      ['17:17', 'unknown-successor'],
      ['13:17', 'successor-cycle'],
    ]);
    expect(issues[1].vi).toContain('(cd-a → cd-b → cd-a)');
    expect(issues[0].vi).toBe('đơn vị kế tục “cd-x” không có trong danh sách đơn vị (có phải “cd-a”?); hãy khai báo đơn vị đó ở mục “units” hoặc sửa mã');
  });

  it('two units under one upper body with the same code at the same time — and not when their times differ', () => {
    const issues = configIssues(`${BASE}  - id: cd-cu
    name: Công đoàn Cũ
    upper: tld
    code: CĐX
    end: { date: 2025-07-01 }
  - id: cd-moi
    name: Công đoàn Mới
    upper: tld
    code: CĐY
    start: { date: 2025-07-01 }
    changes:
      - date: 2025-06-01
        code: CĐX
`);
    expect(issues).toEqual([{ at: '18:15', code: 'duplicate-unit-code', vi: 'ký hiệu “CĐX” cũng là ký hiệu của “cd-cu” cùng cấp trên trong cùng thời gian (từ 2025-06-01), nên số văn bản của hai đơn vị chỉ phân biệt được nhờ tên ở đầu văn bản; nếu đơn vị này thay đơn vị kia, hãy ghi “end” cho đơn vị cũ, nếu không hãy đặt ký hiệu riêng' }]);
    const apart = configIssues(`${BASE}  - id: cd-cu
    name: Công đoàn Cũ
    upper: tld
    code: CĐX
    end: { date: 2025-07-01 }
  - id: cd-moi
    name: Công đoàn Mới
    upper: tld
    code: CĐX
    start: { date: 2025-07-01 }
`);
    expect(apart).toEqual([]);
    // Both for all time: no date to name.
    const always = configIssues(`${BASE}  - id: cd-cu
    name: Công đoàn Cũ
    upper: tld
    code: CĐX
  - id: cd-moi
    name: Công đoàn Mới
    upper: tld
    code: CĐX
`);
    expect(always.map((issue) => issue.vi)).toEqual([expect.stringMatching(/^ký hiệu “CĐX” cũng là ký hiệu của “cd-cu” cùng cấp trên trong cùng thời gian, nên số văn bản/)]);
  });

  it('a registry without any time data has nothing to report', () => {
    expect(configIssues(`${BASE}  - id: cd-a
    name: Công đoàn A
    upper: tld
    code: CĐA
    signatories:
      - { name: Nguyễn Văn A, title: Chủ tịch }
      - { name: Trần Thị B, title: Phó Chủ tịch }
      - { name: Lê Văn C, title: Phó Chủ tịch }
`)).toEqual([]);
  });
});

describe('documents against the registry of their date', () => {
  let root: string;
  const examples = join(import.meta.dirname, '..', '..', 'examples');

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'giaouoc-time-'));
    await cp(examples, root, { recursive: true });
    await mkdir(join(root, '2026'));
    await mkdir(join(root, '2025'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function findings(relative: string, text: string) {
    await writeFile(join(root, relative), text);
    const run = await validateRepository({ cwd: root, paths: [relative], cache: false });
    await rm(join(root, relative));
    return run.issues.map((issue) => `${issue.line}:${issue.column} ${issue.code} ${MESSAGES[issue.code].vi(issue.args ?? {})}`);
  }

  it('every historical document stays valid after the 2025 changes are recorded', async () => {
    const run = await validateRepository({ cwd: root, paths: [], cache: false });
    expect(run.issues).toEqual([]);
  });

  it('a 2026 plan of a dissolved union is reported with the document that dissolved it', async () => {
    const plan = (await readFile(join(examples, '2023/ke-hoach-cd-bo-noi-vu.yaml'), 'utf8'))
      .replace('year: 2023', 'year: 2026').replace(/date: 2023-/, 'date: 2026-').replace(/number: .*\n/, '');
    const issues = await findings('2026/ke-hoach.yaml', plan);
    expect(issues[0]).toMatch(/^\d+:9 unit-outside-life Công đoàn Bộ Nội vụ đã chấm dứt hoạt động từ ngày 2025-06-15 theo 4173\/TLĐ-TOC; văn bản ngày 2026-\d\d-\d\d không thể do đơn vị này ban hành — hãy dùng đơn vị đang hoạt động$/);
  });

  it('a plan of the bloc for a year with no bloc entry cannot be signed by anyone', async () => {
    const plan = (await readFile(join(examples, '2024/ke-hoach-cd-bo-khdt.yaml'), 'utf8'))
      .replace('issuer: cd-bo-khdt', 'issuer: khoi-thi-dua-1').replace('year: 2024', 'year: 2023').replace('date: 2024-03-11', 'date: 2023-03-11')
      .replace(/number: .*\n/, '').replace(/compact: .*\n/, '').replace(/\n {8}targets:\n( {10}- .*\n)+/g, '\n');
    const issues = await findings('2023/ke-hoach-khoi.yaml', plan);
    expect(issues).toContain('7:9 bloc-year-unregistered khối “khoi-thi-dua-1” chưa khai báo năm 2023 trong giaouoc.yaml nên không có Khối trưởng ký văn bản này; hãy thêm năm 2023 (thành viên, “leader”) vào mục “years” của khối');
  });

  it("a number is read against the issuer's code on its date: the old code before a change, the new one after", async () => {
    const plan = (await readFile(join(examples, '2023/ke-hoach-cd-bo-noi-vu.yaml'), 'utf8'))
      .replace('issuer: cd-bo-noi-vu', 'issuer: cd-bo-tnmt').replace('year: 2023', 'year: 2025').replace(/date: 2023-\d\d-\d\d/, 'date: 2025-04-10')
      .replace(/number: .*/, 'number: 01/KH-CĐBTNMT').replace(/^signer: .*\n/m, '');
    const after = await findings('2025/ke-hoach-tnmt.yaml', plan);
    expect(after.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['8:9 number-issuer-code']);
    expect(after[0]).toContain('(CĐBNNMT)');
    expect(await findings('2025/ke-hoach-tnmt.yaml', plan.replace('date: 2025-04-10', 'date: 2025-02-10'))).toEqual([]);
  });

  it('a named signer outside their term', async () => {
    const config = await readFile(join(root, 'giaouoc.yaml'), 'utf8');
    await writeFile(join(root, 'giaouoc.yaml'), config.replace('        title: Phó Chủ tịch\n        authority: KT. CHỦ TỊCH', '        title: Phó Chủ tịch\n        authority: KT. CHỦ TỊCH\n        from: 2024-01-01'));
    try {
      const report = (await readFile(join(examples, '2023/bao-cao-quy-1-cd-bo-noi-vu.yaml'), 'utf8')).replace(/^signer: .*$/m, '').replace('date: 2023-', 'signer: Nguyễn Thị Hà\ndate: 2023-');
      const issues = await findings('2023/bao-cao-thu.yaml', report);
      expect(issues.find((issue) => issue.includes('signer-out-of-term'))).toMatch(/signer-out-of-term “Nguyễn Thị Hà” không giữ chức ở Công đoàn Bộ Nội vụ vào ngày 2023-\d\d-\d\d \(nhiệm kỳ 2024-01-01 – …\); hãy chọn người ký đương nhiệm: Vũ Đăng Minh$/);
    } finally {
      await writeFile(join(root, 'giaouoc.yaml'), config);
    }
  });
});

describe('awards and addressees of bodies that have ceased', () => {
  let root: string;
  const current = join(import.meta.dirname, '..', '..', 'examples-2026');
  const examples = join(import.meta.dirname, '..', '..', 'examples');

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'giaouoc-awards-'));
    await cp(current, root, { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("a 2026 scoring table proposing the award of a federation that ceased, and a report addressed to it", async () => {
    const table = (await readFile(join(examples, '2024/bang-diem-khoi-thi-dua-1.yaml'), 'utf8'))
      .replace('year: 2024', 'year: 2026').replace('issuer: khoi-thi-dua-1', 'issuer: cum-thi-dua-1').replace('date: 2024-03-01', 'date: 2026-03-02')
      .replace('Cờ thi đua của Công đoàn Viên chức Việt Nam', 'Cờ thi đua của Liên đoàn Lao động Quận 1')
      .replace('Bằng khen của Công đoàn Viên chức Việt Nam', 'Bằng khen của Liên đoàn Lao động Thành phố Hồ Chí Minh');
    await writeFile(join(root, '2026/bang-diem.yaml'), table);
    const report = (await readFile(join(root, '2026/bao-cao-quy-1-cd-phuong-ben-thanh.yaml'), 'utf8')).replace('  - Cụm trưởng Cụm thi đua số 1\n', '  - Liên đoàn Lao động Quận 1\n');
    await writeFile(join(root, '2026/bao-cao-quy-1-cd-phuong-ben-thanh.yaml'), report);
    const run = await validateRepository({ cwd: root, paths: [], cache: false });
    const found = run.issues.filter((issue) => issue.severity === 'error').map((issue) => `${issue.file.slice(root.length + 1)}:${issue.line}:${issue.column} ${MESSAGES[issue.code].vi(issue.args ?? {})}`);
    expect(found).toEqual([
      '2026/bang-diem.yaml:106:12 danh hiệu “Cờ thi đua của Liên đoàn Lao động Quận 1” là của Liên đoàn Lao động Quận 1, đơn vị đã chấm dứt hoạt động từ ngày 2025-07-01 theo Nghị quyết 202/2025/QH15; hãy đề nghị danh hiệu của công đoàn cấp trên hiện nay',
      '2026/bao-cao-quy-1-cd-phuong-ben-thanh.yaml:67:5 văn bản ngày 2026-03-27 gửi tới Liên đoàn Lao động Quận 1, đơn vị đã chấm dứt hoạt động từ ngày 2025-07-01 theo Nghị quyết 202/2025/QH15; hãy gửi tới đơn vị đang hoạt động (công đoàn cấp trên hiện nay)',
    ]);
  });
});
