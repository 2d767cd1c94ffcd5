// `giaouoc don-vi` (alias `units`) through the command line: a unit's history, the registry on a date, and the
// user errors (unknown id, bad date, broken giaouoc.yaml) as one sentence each with the exit code of the contract.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { capture } from '../repo/support/capture.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

async function cli(argv: string[], cwd = examples) {
  const out = capture(cwd, {});
  const code = await run(argv, out.ctx);
  return { code, stdout: out.stdout(), stderr: out.stderr() };
}

describe('giaouoc don-vi', () => {
  it('tells a unit history: periods with the deciding documents, end and successor', async () => {
    const { code, stdout } = await cli(['don-vi', 'ldld-tinh']);
    expect(code).toBe(0);
    expect(stdout).toContain('Liên đoàn Lao động tỉnh Sóc Trăng (ldld-tinh)\n');
    expect(stdout).toContain('  Chấm dứt hoạt động: 2025-07-01 (Nghị quyết 202/2025/QH15) — Tỉnh Sóc Trăng nhập vào thành phố Cần Thơ');
    expect(stdout).toContain('  Kế tục: sáp nhập vào Liên đoàn Lao động thành phố Cần Thơ (ldld-can-tho)');
    expect(stdout).toContain('    … – 2025-07-01  Liên đoàn Lao động tỉnh Sóc Trăng · tên ngắn: Liên đoàn Lao động tỉnh · ký hiệu: LĐLĐ · cấp trên: Tổng Liên đoàn Lao động Việt Nam');
    const member = await cli(['don-vi', 'cd-bo-khdt']);
    expect(member.stdout).toContain('    … – …  Lê Thị Tường Thu, Chủ tịch (TM. BAN CHẤP HÀNH)');
    expect(member.stdout).toContain('    2024  Khối thi đua I (khoi-thi-dua-1): thành viên');
  });

  it('shows a renamed unit as it was on a date, in English on request', async () => {
    const { code, stdout } = await cli(['units', 'cd-bo-tnmt', '--at', '2025-04-01', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('    … – 2025-03-01  Công đoàn Bộ Tài nguyên và Môi trường · short: Công đoàn Bộ TN&MT · code: CĐBTNMT');
    expect(stdout).toContain('    2025-03-01 – 2025-06-15  Công đoàn Bộ Nông nghiệp và Môi trường');
    expect(stdout).toContain('On 2025-04-01: Công đoàn Bộ Nông nghiệp và Môi trường; in office: Lê Văn Khoa\n');
  });

  it('lists the registry on a date: who exists, who has ceased, the blocs of that year', async () => {
    const before = await cli(['don-vi', '--at', '2024-05-01']);
    expect(before.stdout).toContain('  cd-bo-noi-vu  Công đoàn Bộ Nội vụ · ký hiệu: CĐBNV · cấp trên: Công đoàn Viên chức Việt Nam\n      Vũ Đăng Minh, Chủ tịch (TM. BAN CHẤP HÀNH)');
    expect(before.stdout).toContain('Khối thi đua I (khoi-thi-dua-1) 2024: Khối trưởng: Công đoàn Bộ KH&CN · Khối phó: Công đoàn Bộ Ngoại giao · 9 thành viên');
    const after = await cli(['don-vi', '--at', '2025-08-01', '--format', 'json']);
    const snapshot = JSON.parse(after.stdout);
    expect(snapshot.units.map((entry: { state: { id: string } }) => entry.state.id)).toEqual(['tld', 'ldld-can-tho', 'ubmttq-can-tho']);
    expect(snapshot.ended.map((state: { id: string }) => state.id)).toContain('cdvc');
  });

  it('tells a bloc year by year, and a ward union with its chairs by term in the current repository', async () => {
    const bloc = await cli(['don-vi', 'khoi-thi-dua-1']);
    expect(bloc.stdout).toBe([
      'Khối thi đua I (khoi-thi-dua-1)',
      '  Công đoàn cấp trên: Công đoàn Viên chức Việt Nam',
      '  Chấm dứt hoạt động: 2025-06-15 (4173/TLĐ-TOC)',
      '    2021  Khối trưởng: Công đoàn Bộ Nội vụ · Khối phó: Công đoàn Bộ Tài chính · 9 thành viên',
      '    2024  Khối trưởng: Công đoàn Bộ KH&CN · Khối phó: Công đoàn Bộ Ngoại giao · 9 thành viên',
      '',
    ].join('\n'));
    const current = fileURLToPath(new URL('../../examples-2026/', import.meta.url));
    const ward = await cli(['don-vi', 'cd-phuong-ben-thanh', '--at', '2025-09-01'], current);
    expect(ward.stdout).toContain('  Kế tục từ: ldld-quan-1\n');
    expect(ward.stdout).toContain('    2025-07-01 – 2025-10-20  Nguyễn Thị Minh Thư, Chủ tịch (TM. BAN CHẤP HÀNH)\n');
    expect(ward.stdout).toContain('Ngày 2025-09-01: Công đoàn phường Bến Thành; người ký đương nhiệm: Nguyễn Thị Minh Thư\n');
  });

  it('refuses an unknown id and a date that does not exist, one sentence each', async () => {
    const unknown = await cli(['don-vi', 'cd-bo-noi-vuu']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('giaouoc: không có đơn vị mã “cd-bo-noi-vuu” trong giaouoc.yaml (có phải “cd-bo-noi-vu”?); chạy `giaouoc don-vi` để xem danh sách\n');
    const date = await cli(['don-vi', '--at', '2025-02-30']);
    expect(date.code).toBe(2);
    expect(date.stderr).toBe('giaouoc: ngày “2025-02-30” không hợp lệ; hãy ghi NĂM-THÁNG-NGÀY, ví dụ --at 2025-07-01\n');
  });

  it('reports a broken registry at its line and column and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'giaouoc-units-'));
    try {
      await writeFile(join(dir, 'giaouoc.yaml'), 'place: Hà Nội\nunits:\n  - id: cd-a\n    name: Công đoàn A\n    start: { date: 2025-07-01 }\n    end: { date: 2025-01-01 }\n');
      const broken = await cli(['don-vi'], dir);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('giaouoc.yaml:6:18 lỗi ngày chấm dứt 2025-01-01 của “cd-a” không sau ngày bắt đầu 2025-07-01');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
