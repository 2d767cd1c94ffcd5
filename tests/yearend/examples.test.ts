import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreCommand } from '../../src/commands/score.js';
import { summaryCommand } from '../../src/commands/summary.js';
import { capture, defaults } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('the examples, year 2024', () => {
  it('score ranks the nine members of Khối thi đua I', async () => {
    const run = capture(EXAMPLES);
    expect(await scoreCommand({ ...defaults, format: 'json', year: '2024', bloc: 'khoi-thi-dua-1' }, run.ctx)).toBe(0);
    const result = JSON.parse(run.out());
    // Criteria sums from the nine sheets (11 criteria, scale 100), bonus, penalty:
    // KH&CN 98 + 5 = 103; Nội vụ 98 + 2 = 100; Ngoại giao 96 + 2 = 98; KH&ĐT 97 with hoat-dong-chung checked 9
    // instead of 10 = 96 + 2 = 98; Tài chính 96 + 2 = 98; VH-TT&DL 94; LĐ-TB&XH 92 + 1 = 93; Tư pháp 91 − 1 = 90;
    // TN&MT 88 − 2 (two late reports found by the leader) = 86.
    // 98-point tie: group hoat-dong-khoi Ngoại giao 25 > KH&ĐT 24 = Tài chính 24; no penalties; bonus 2 = 2 → shared 4th.
    expect(result.ranking.map((m: any) => [m.rank, m.score.member, m.score.total])).toEqual([
      [1, 'cd-bo-khcn', 103],
      [2, 'cd-bo-noi-vu', 100],
      [3, 'cd-bo-ngoai-giao', 98],
      [4, 'cd-bo-khdt', 98],
      [4, 'cd-bo-tai-chinh', 98],
      [6, 'cd-bo-vhttdl', 94],
      [7, 'cd-bo-ldtbxh', 93],
      [8, 'cd-bo-tu-phap', 90],
      [9, 'cd-bo-tnmt', 86],
    ]);
    expect(result.ranking[3].decidedBy).toBe('hoat-dong-khoi');
    expect(result.proposals.map((p: any) => p.members.map((m: any) => m.score.member))).toEqual([['cd-bo-khcn'], ['cd-bo-noi-vu', 'cd-bo-ngoai-giao']]);
    expect(result.flags).toEqual([]);
  });

  it('summary of Công đoàn Bộ KH&ĐT from its four quarterly reports', async () => {
    const run = capture(EXAMPLES);
    expect(await summaryCommand({ ...defaults, year: '2024', issuer: 'cd-bo-khdt' }, run.ctx)).toBe(0);
    const text = run.out();
    // 17 plan tasks; after quarter IV only tong-ket-khen-thuong and du-toan-quyet-toan are still in progress.
    // Targets: tap-the-vung-manh reached 80% of 100% in quarter IV; the other five are met.
    expect(text).toContain('Hoàn thành 15/17 nhiệm vụ; đạt 5/6 chỉ tiêu.');
    expect(text).toMatch(/kiem-tra-tai-chinh +III +hoàn thành +IV/);
    expect(text).toMatch(/tap-the-vung-manh +100% +80% \(quý IV\) +80% +chưa đạt/);
    expect(text).toMatch(/so-ket-6-thang +đạt +đạt \(quý III\) +đạt/);
  });

  it('render the draft summary, the landscape ranking and the award proposal, naming the revision', async () => {
    const out = mkdtempSync(join(tmpdir(), 'giaouoc-yearend-out-'));
    const scoring = capture(EXAMPLES);
    expect(await scoreCommand({ ...defaults, year: '2024', bloc: 'khoi-thi-dua-1', render: true, out }, scoring.ctx)).toBe(0);
    const ranking = readFileSync(join(out, 'xep-hang-2024-khoi-thi-dua-1.html'), 'utf8');
    expect(ranking).toContain('BẢNG TỔNG HỢP');
    expect(ranking).toContain('size: 297mm 210mm');
    expect(ranking).toMatch(/<td>4\*<\/td><td>Công đoàn Bộ KH&amp;ĐT<\/td>/);
    expect(ranking).toMatch(/class="doc-trace">Số liệu tính từ (phiên bản [0-9a-f]{7,}|bản làm việc)/);
    const proposal = readFileSync(join(out, 'to-trinh-khen-thuong-2024-khoi-thi-dua-1.html'), 'utf8');
    expect(proposal).toContain('TỜ TRÌNH');
    expect(proposal).toContain('<td>Cờ thi đua của Công đoàn Viên chức Việt Nam</td><td>Công đoàn Bộ Khoa học và Công nghệ</td><td>1</td><td>103</td>');
    expect(proposal).toContain('KHỐI TRƯỞNG');
    const summary = capture(EXAMPLES);
    expect(await summaryCommand({ ...defaults, year: '2024', issuer: 'cd-bo-khdt', render: true, out }, summary.ctx)).toBe(0);
    const report = readFileSync(join(out, 'tong-ket-2024-cd-bo-khdt.html'), 'utf8');
    expect(report).toContain('Tổng kết công tác công đoàn năm 2024');
    expect(report).toContain('Lê Thị Tường Thu');
    expect(report).toContain('«✎ Phương hướng, nhiệm vụ năm 2025»');
    expect(existsSync(join(out, 'tong-ket-2024-cd-bo-khdt.html'))).toBe(true);
  });
});
