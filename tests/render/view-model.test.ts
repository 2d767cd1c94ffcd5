import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../src/render/view-model/index.js';
import { defaultReportSubject } from '../../src/render/view-model/report.js';
import type { CompactView, PlanView, ReportView } from '../../src/render/view-model/types.js';
import { compact, config, plan, report } from './fixtures.js';

const view = <T>(input: Parameters<typeof buildViewModel>[0]) => buildViewModel(input) as T;

describe('header', () => {
  it('prints a bloc under its upper union, with the official national title and motto', () => {
    const v = view<CompactView>({ document: compact(), config, sourceFile: 'g.yaml' });
    expect(v.header).toEqual({
      upper: 'CÔNG ĐOÀN VIÊN CHỨC VIỆT NAM',
      issuer: 'KHỐI THI ĐUA I',
      number: undefined,
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: 'Hà Nội, ngày 04 tháng 3 năm 2024',
    });
  });

  it('prints a unit, its number and a place of its own', () => {
    const v = view<PlanView>({ document: plan({ place: 'Đà Nẵng' }), config, sourceFile: 'k.yaml' });
    expect(v.header.issuer).toBe('CÔNG ĐOÀN BỘ KẾ HOẠCH VÀ ĐẦU TƯ');
    expect(v.header.number).toBe('Số: 15/KH-CĐBKHĐT');
    expect(v.header.dateLine).toBe('Đà Nẵng, ngày 15 tháng 01 năm 2024');
  });
});

describe('compact', () => {
  const v = view<CompactView>({ document: compact(), config, sourceFile: 'g.yaml' });
  const lines = v.sections[0]!.paragraphs;

  it('defaults the subject to the issuer and year, and quotes the theme once', () => {
    expect(v.title).toEqual({ docType: 'GIAO ƯỚC THI ĐUA', subject: 'Khối thi đua I năm 2024' });
    expect(v.theme).toBe('“Đổi mới sáng tạo, thi đua đưa Nghị quyết Đại hội Công đoàn các cấp vào cuộc sống”');
  });

  it('ends bases with ";" and the last with "."', () => {
    expect(v.bases.map((line) => line.text)).toEqual([
      'Căn cứ Kế hoạch hoạt động năm 2024 của Công đoàn Viên chức Việt Nam;',
      'Căn cứ Quy chế hoạt động của Khối thi đua I.',
    ]);
  });

  it('numbers commitments "Thứ nhất" … "Thứ tư" and words the targets', () => {
    expect(lines.filter((line) => line.lead).map((line) => line.lead)).toEqual([
      'Thứ nhất,',
      'Thứ hai,',
      'Thứ ba,',
      'Thứ tư,',
    ]);
    expect(lines.filter((line) => line.item).map((line) => line.text)).toEqual([
      '- Đoàn viên được học tập nghị quyết: đạt 100%;',
      '- Đoàn viên tham gia hội thao: 1.250 đoàn viên.',
      '- Tham dự Hội nghị sơ kết 6 tháng: đạt.',
    ]);
  });

  it('closes the body with "./." on the last implementation line', () => {
    expect(v.sections[1]!.paragraphs.at(-1)!.text).toBe('Cuối năm, các đơn vị tự chấm điểm./.');
    expect(v.trailingEndMark).toBe(false);
  });

  it('lays four parties out 2 × 2 with the upper union as witness', () => {
    expect(v.signatures.layout).toBe('grid');
    expect(v.signatures.rows.map((row) => row.length)).toEqual([2, 2]);
    const first = v.signatures.cells[0]!;
    expect(first).toMatchObject({
      authority: 'TM. BAN CHẤP HÀNH',
      unitName: 'CÔNG ĐOÀN BỘ KHOA HỌC VÀ CÔNG NGHỆ',
      title: 'CHỦ TỊCH',
      name: 'Hà Quốc Trung',
      signed: false,
    });
    expect(v.signatures.witness).toMatchObject({
      heading: 'CHỨNG KIẾN',
      unitName: 'CÔNG ĐOÀN VIÊN CHỨC VIỆT NAM',
      signer: { authority: 'TM. BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH', name: 'Trần Thị Kim Anh' },
    });
  });

  it('puts nine parties three to a row and five as 3 + 2', () => {
    const parties = ['cd-khcn', 'cd-khdt', 'cd-noi-vu', 'cd-tu-phap', 'cdvc'];
    const five = view<CompactView>({ document: compact({ parties }), config, sourceFile: 'g.yaml' });
    expect(five.signatures.rows.map((row) => row.length)).toEqual([3, 2]);
    const nine = view<CompactView>({ document: compact({ parties: [...parties, ...parties.slice(0, 4)] }), config, sourceFile: 'g.yaml' });
    expect(nine.signatures.rows.map((row) => row.length)).toEqual([3, 3, 3]);
  });

  it('uses two columns, agency head on the left, for a base union and its agency', () => {
    const v2 = view<CompactView>({
      document: compact({ issuer: 'cdcs-so', parties: ['cdcs-so', 'co-quan'], witness: undefined }),
      config,
      sourceFile: 'g.yaml',
    });
    expect(v2.signatures.layout).toBe('two');
    expect(v2.signatures.cells.map((cell) => cell.unitId)).toEqual(['co-quan', 'cdcs-so']);
    expect(v2.signatures.cells[0]!.authority).toBe('');
    expect(v2.signatures.cells[1]!.authority).toBe('TM. BAN CHẤP HÀNH');
  });
});

describe('signature state', () => {
  it('keeps the draft mark until every party has signed, and shows who has', () => {
    const partial = view<CompactView>({
      document: compact(),
      config,
      sourceFile: 'g.yaml',
      signatures: { complete: false, parties: { 'cd-khdt': { signedAt: '2024-03-05T09:00:00+07:00' } } },
    });
    expect(partial.draftMark).toBe('DỰ THẢO');
    expect(partial.signatures.cells.map((cell) => cell.signedNote)).toEqual([undefined, '(Đã ký) 05/3/2024', undefined, undefined]);

    const done = view<CompactView>({
      document: compact(),
      config,
      sourceFile: 'g.yaml',
      signatures: { complete: true, digest: 'sha256:abc', commit: '0123abcd' },
    });
    expect(done.draftMark).toBeUndefined();
    expect(done.signatures.cells.every((cell) => cell.signed)).toBe(true);
    expect(done.trace).toEqual({ digest: 'sha256:abc', commit: '0123abcd', line: 'Mã nội dung: sha256:abc · Phiên bản: 0123abcd' });
  });

  it('marks an unsigned document as a draft', () => {
    expect(view<PlanView>({ document: plan(), config, sourceFile: 'k.yaml' }).draftMark).toBe('DỰ THẢO');
  });
});

describe('plan', () => {
  const v = view<PlanView>({ document: plan(), config, sourceFile: 'k.yaml' });

  it('has the three official parts with numbered domains', () => {
    expect(v.sections.map((s) => `${s.heading.label} ${s.heading.title}`)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ TRỌNG TÂM',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(v.sections[0]!.subsections.map((s) => s.heading.title)).toEqual(['Mục đích', 'Yêu cầu']);
    expect(v.sections[1]!.subsections[0]!.heading).toEqual({ label: '1.', title: 'Công tác tuyên giáo' });
    expect(v.sections[1]!.subsections[0]!.paragraphs.map((p) => p.text)).toEqual([
      '- Tuyên truyền Nghị quyết Đại hội;',
      '- Kỷ niệm ngày thành lập Ngành.',
    ]);
  });

  it('orders the timeline by quarter and resolves units to short names', () => {
    expect(v.sections[2]!.table).toEqual({
      role: 'timeline',
      caption: 'Tiến độ thực hiện các nhiệm vụ năm 2024',
      columns: ['Thời gian', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp'],
      rows: [
        ['Quý I', 'Thăm hỏi đoàn viên ốm đau', 'Công đoàn Bộ KH&ĐT', ''],
        ['Quý II', 'Tuyên truyền Nghị quyết Đại hội', 'Công đoàn Bộ KH&ĐT', ''],
        ['Tháng 12/2024', 'Kỷ niệm ngày thành lập Ngành', 'Ban Văn thể', 'Công đoàn Bộ KH&CN, Văn phòng Bộ'],
      ],
    });
  });

  it('signs with the chosen signatory and ends recipients with "."', () => {
    const signed = view<PlanView>({ document: plan({ signer: 'Nguyễn Văn Bình' }), config, sourceFile: 'k.yaml' });
    expect(signed.signatures.cells[0]).toMatchObject({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Bình' });
    expect(signed.signatures.cells[0]!.unitName).toBeUndefined();
    expect(v.recipients.map((r) => r.text)).toEqual([
      '- Công đoàn Viên chức Việt Nam (để b/c);',
      '- Các công đoàn trực thuộc;',
      '- Lưu: VT, CĐB.',
    ]);
  });

  it('prints "./." on its own line when there is no implementation text', () => {
    const bare = view<PlanView>({ document: plan({ implementation: undefined }), config, sourceFile: 'k.yaml' });
    expect(bare.trailingEndMark).toBe(true);
  });
});

describe('report', () => {
  const withPlan = view<ReportView>({ document: report(), config, sourceFile: 'b.yaml', plan: plan() });

  it('defaults the subject from the quarter, turning the year after quarter IV', () => {
    expect(withPlan.title.subject).toBe('Kết quả công tác quý I và nhiệm vụ trọng tâm quý II năm 2024');
    expect(defaultReportSubject(4, 2023)).toBe('Kết quả công tác quý IV năm 2023 và nhiệm vụ trọng tâm quý I năm 2024');
  });

  it('has results, limitations and the next quarter’s focus', () => {
    expect(withPlan.sections.map((s) => `${s.heading.label} ${s.heading.title}`)).toEqual([
      'I. KẾT QUẢ CÔNG TÁC QUÝ I',
      'II. HẠN CHẾ, NGUYÊN NHÂN',
      'III. NHIỆM VỤ TRỌNG TÂM QUÝ II',
    ]);
    const results = withPlan.sections[0]!.subsections[0]!;
    expect(results.heading.title).toBe('Công tác xã hội, từ thiện');
    expect(results.paragraphs.map((p) => p.text)).toEqual([
      'Công đoàn Bộ tổ chức thăm hỏi đoàn viên.',
      '- Thăm hỏi đoàn viên ốm đau: hoàn thành.',
      '+ Tổng giá trị quà: 127,5 triệu đồng.',
    ]);
    expect(withPlan.sections[2]!.subsections.map((s) => s.heading.label)).toEqual(['1.', '2.']);
    expect(withPlan.sections[2]!.subsections[1]!.paragraphs.at(-1)!.text).toBe('- Kiện toàn ban chấp hành./.');
    expect(withPlan.to).toEqual(['Kính gửi: Ban Thường vụ Công đoàn Viên chức Việt Nam']);
  });

  it('names focus of quarter IV with the next year, and prints ids without a plan', () => {
    const q4 = view<ReportView>({ document: report({ quarter: 4 }), config, sourceFile: 'b.yaml' });
    expect(q4.sections.at(-1)!.heading.title).toBe('NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2025');
    expect(q4.sections[0]!.subsections[0]!.heading.title).toBe('xa-hoi');
  });
});
