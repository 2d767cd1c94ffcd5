import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../src/render/view-model/index.js';
import { UserError } from '../../src/errors.js';
import type { ScoreSheetDocument, ScoringTableDocument } from '../../src/kinds/model.js';
import { defaultReportSubject } from '../../src/render/view-model/report.js';
import { withoutChecks } from '../../src/render/view-model/score-sheet.js';
import type { CompactView, PlanView, ReportView, ScoreSheetView, ScoringTableView } from '../../src/render/view-model/types.js';
import { compact, config, plan, report } from './fixtures.js';

const view = <T>(input: Parameters<typeof buildViewModel>[0]) => buildViewModel(input) as T;

describe('header', () => {
  it('prints a bloc under its upper union, with the official national title and motto', () => {
    const v = view<CompactView>({ document: compact(), config, sourceFile: 'g.yaml' });
    expect(v.header).toEqual({
      upper: 'CÔNG ĐOÀN VIÊN CHỨC VIỆT NAM',
      issuer: 'KHỐI THI ĐUA I',
      written: { upper: 'Công đoàn Viên chức Việt Nam', issuer: 'Khối thi đua I' },
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

  it('is signed for a bloc by the chair of the leader union, as Khối trưởng', () => {
    const bloc = view<PlanView>({ document: plan({ issuer: 'khoi-1', number: undefined }), config, sourceFile: 'k.yaml' });
    const signer = bloc.signatures.cells[0]!;
    const leaderChair = config.units.find((unit) => unit.id === 'cd-khcn')!.signatories![0]!.name;
    expect([signer.authority, signer.title, signer.name]).toEqual([`TM. ${config.blocs![0]!.name.toLocaleUpperCase('vi')}`, 'KHỐI TRƯỞNG', leaderChair]);
  });

  it('is signed for a cụm as Cụm trưởng: the bloc names its roles with its own word', () => {
    const cum = { ...config, blocs: config.blocs!.map((bloc) => ({ ...bloc, name: 'Cụm thi đua số 1' })) };
    const signer = view<PlanView>({ document: plan({ issuer: 'khoi-1', number: undefined }), config: cum, sourceFile: 'k.yaml' }).signatures.cells[0]!;
    expect([signer.authority, signer.title]).toEqual(['TM. CỤM THI ĐUA SỐ 1', 'CỤM TRƯỞNG']);
  });

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

  it('ends the last printed line with "./." when there is no implementation text', () => {
    const bare = view<PlanView>({ document: plan({ implementation: undefined }), config, sourceFile: 'k.yaml' });
    expect(bare.trailingEndMark).toBe(false);
    const last = bare.sections[bare.sections.length - 1]!;
    const lines = [...last.paragraphs, ...last.subsections.flatMap((sub) => sub.paragraphs)];
    const printed = lines.length > 0 ? lines[lines.length - 1]!.text : last.subsections[last.subsections.length - 1]?.heading.title ?? last.heading.title;
    expect(printed).toMatch(/[^\s]\.\/\.$/);
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
    // Focus groups are ordinary numbered paragraphs, not headings, punctuated as a list.
    expect(withPlan.sections[2]!.subsections).toEqual([]);
    expect(withPlan.sections[2]!.paragraphs).toEqual([
      { text: '1. Công tác tuyên giáo:' },
      { item: true, text: '- Tuyên truyền Nghị quyết;' },
      { item: true, text: '- Tổ chức hội thi;' },
      { text: '2. Công tác tổ chức:' },
      { item: true, text: '- Kiện toàn ban chấp hành./.' },
    ]);
    expect(withPlan.to).toEqual(['Kính gửi: Ban Thường vụ Công đoàn Viên chức Việt Nam']);
  });

  it('names focus of quarter IV with the next year, and prints ids without a plan', () => {
    const q4 = view<ReportView>({ document: report({ quarter: 4 }), config, sourceFile: 'b.yaml' });
    expect(q4.sections.at(-1)!.heading.title).toBe('NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2025');
    expect(q4.sections[0]!.subsections[0]!.heading.title).toBe('xa-hoi');
  });

  it('ends focus paragraphs without items with ";" and the last with "./.", keeping an author\'s ellipsis', () => {
    const focus = [
      { text: 'Tập trung chuẩn bị đại hội công đoàn các cấp' },
      { text: 'Thực hiện tốt nhiệm vụ được giao...' },
      { text: 'Kiện toàn tổ chức. Rà soát đoàn viên' },
      { text: 'Quyết toán tài chính năm 2024;' },
    ];
    const plain = view<ReportView>({ document: report({ focus }), config, sourceFile: 'c.yaml' });
    expect(plain.sections.at(-1)!.paragraphs.map((p) => p.text)).toEqual([
      '1. Tập trung chuẩn bị đại hội công đoàn các cấp;',
      '2. Thực hiện tốt nhiệm vụ được giao...',
      '3. Kiện toàn tổ chức. Rà soát đoàn viên.',
      '4. Quyết toán tài chính năm 2024./.',
    ]);
  });
});

// ---------------------------------------------------------------- year end: scoring table and score sheet

const table: ScoringTableDocument = {
  kind: 'scoring-table',
  year: 2024,
  issuer: 'khoi-1',
  date: '2024-03-04',
  scale: 20,
  groups: [
    {
      id: 'tuyen-giao',
      name: 'Công tác tuyên giáo',
      criteria: [
        { id: 'hoc-tap', text: 'Tổ chức học tập nghị quyết.', max: 6, evidence: ['Kế hoạch học tập', 'Báo cáo kết quả'] },
        { id: 'tuyen-truyen', text: 'Tuyên truyền trên trang tin', max: 4 },
      ],
    },
    { id: 'hoat-dong-chung', name: 'Hoạt động chung của Khối', criteria: [{ id: 'the-thao', text: 'Tham gia hội thao', max: 10 }] },
  ],
  bonuses: [
    { id: 'sang-tao', text: 'Có mô hình sáng tạo', max: 3 },
    { id: 'dang-cai', text: 'Đăng cai hoạt động của Khối', max: 2 },
  ],
  bonusCap: 4,
  penalties: [
    { id: 'cham', text: 'Gửi báo cáo chậm', points: 1, max: 2 },
    { id: 'vang', text: 'Vắng hoạt động chung', points: 2 },
  ],
  tieBreaks: ['hoat-dong-chung', 'fewer-penalties', 'bonus'],
  awards: [
    { award: 'Cờ thi đua của Công đoàn Viên chức Việt Nam', count: 1 },
    { award: 'Bằng khen của Công đoàn Viên chức Việt Nam', count: 2 },
  ],
};

const sheet: ScoreSheetDocument = {
  kind: 'score-sheet',
  year: 2024,
  issuer: 'cd-khdt',
  date: '2024-12-20',
  bloc: 'khoi-1',
  scores: [
    { criterion: 'hoc-tap', points: 6, checked: 5, evidence: [{ text: 'Kế hoạch số 3.' }, { text: 'Báo cáo quý II' }] },
    { criterion: 'tuyen-truyen', points: 3.5 },
    { criterion: 'the-thao', points: 9, checked: 9.5, note: 'Khối ghi nhận thêm giải ba.' },
  ],
  bonuses: [
    { rule: 'sang-tao', points: 3 },
    { rule: 'dang-cai', points: 2, checked: 1.5 },
  ],
  penalties: [{ rule: 'cham', count: 3, checked: 1 }, { rule: 'vang' }],
};

describe('scoring table', () => {
  const v = view<ScoringTableView>({ document: table, config, sourceFile: 'bang-diem.yaml' });

  it('titles the bloc and year and signs as the bloc leader’s chair', () => {
    expect(v.title).toEqual({ docType: 'BẢNG ĐIỂM THI ĐUA', subject: 'Khối thi đua I năm 2024' });
    expect(v.header.issuer).toBe('KHỐI THI ĐUA I');
    expect(v.signatures.cells).toEqual([
      expect.objectContaining({ unitId: 'cd-khcn', authority: 'TM. KHỐI THI ĐUA I', title: 'KHỐI TRƯỞNG', name: 'Hà Quốc Trung', unitName: undefined }),
    ]);
  });

  it('prints groups in bold with their subtotal and the scale as the total', () => {
    const criteria = v.sections[0]!.table!;
    expect(criteria.role).toBe('criteria');
    expect(criteria.columns).toEqual(['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Tài liệu kiểm chứng']);
    // Subtotals: 6 + 4 = 10 and 10; the total row prints the scale, 20.
    expect(criteria.rows).toEqual([
      ['I', 'Công tác tuyên giáo', '10', ''],
      ['1', 'Tổ chức học tập nghị quyết', '6', 'Kế hoạch học tập; Báo cáo kết quả'],
      ['2', 'Tuyên truyền trên trang tin', '4', ''],
      ['II', 'Hoạt động chung của Khối', '10', ''],
      ['1', 'Tham gia hội thao', '10', ''],
      ['', 'Tổng cộng', '20', ''],
    ]);
    expect(criteria.rowClasses).toEqual(['group', undefined, undefined, 'group', undefined, 'total']);
  });

  it('lists bonus and penalty rules, the tie-breaks as one sentence and the award quotas, ending with "./."', () => {
    expect(v.sections.map((s) => `${s.heading.label} ${s.heading.title}`)).toEqual([
      'I. TIÊU CHÍ CHẤM ĐIỂM',
      'II. ĐIỂM THƯỞNG',
      'III. ĐIỂM TRỪ',
      'IV. XẾP HẠNG VÀ ĐỀ NGHỊ KHEN THƯỞNG',
    ]);
    expect(v.sections[1]!.paragraphs.map((p) => p.text)).toEqual([
      'Đơn vị được cộng điểm thưởng trong các trường hợp sau; tổng điểm thưởng không quá 4 điểm:',
      '- Có mô hình sáng tạo: tối đa 3 điểm;',
      '- Đăng cai hoạt động của Khối: tối đa 2 điểm.',
    ]);
    expect(v.sections[2]!.paragraphs.map((p) => p.text).slice(1)).toEqual([
      '- Gửi báo cáo chậm: trừ 1 điểm mỗi lần, tối đa 2 điểm;',
      '- Vắng hoạt động chung: trừ 2 điểm mỗi lần.',
    ]);
    const last = v.sections[3]!.paragraphs.map((p) => p.text);
    expect(last).toContain('Khi các đơn vị bằng tổng điểm, xếp trên là đơn vị lần lượt có: điểm nhóm tiêu chí “Hoạt động chung của Khối” cao hơn, ít điểm trừ hơn, điểm thưởng cao hơn.');
    expect(last.slice(-2)).toEqual(['- Cờ thi đua của Công đoàn Viên chức Việt Nam: 01 đơn vị;', '- Bằng khen của Công đoàn Viên chức Việt Nam: 02 đơn vị./.']);
    expect(v.trailingEndMark).toBe(false);
  });
});

describe('score sheet', () => {
  const v = view<ScoreSheetView>({ document: sheet, config, sourceFile: 'cham-diem.yaml', scoringTable: table });

  it('heads the member union and names the bloc under the title', () => {
    expect(v.header.issuer).toBe('CÔNG ĐOÀN BỘ KẾ HOẠCH VÀ ĐẦU TƯ');
    expect(v.title).toEqual({ docType: 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024', subject: 'Theo Bảng điểm thi đua của Khối thi đua I' });
    expect(v.signatures.cells[0]).toMatchObject({ authority: 'TM. BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: 'Lê Thị Tường Thu' });
  });

  it('names who checks in its own words: a cụm, or the checker the table names', () => {
    const cum = { ...config, blocs: config.blocs!.map((bloc) => ({ ...bloc, name: 'Cụm thi đua số 1' })) };
    const inCum = view<ScoreSheetView>({ document: sheet, config: cum, sourceFile: 'c.yaml', scoringTable: table });
    expect(inCum.table.columns[4]).toBe('Điểm Cụm kiểm tra');
    expect(inCum.closing.map((line) => line.text)).toContain(
      'Tổng điểm sau khi Cụm kiểm tra: 19 điểm (điểm các tiêu chí 18, điểm thưởng 4, điểm trừ 3)./.',
    );
    const byDistrict = view<ScoreSheetView>({ document: sheet, config, sourceFile: 'c.yaml', scoringTable: { ...table, checker: 'LĐLĐ quận' } });
    expect(byDistrict.table.columns[4]).toBe('Điểm LĐLĐ quận kiểm tra');
  });

  it('scores every criterion, bonus and penalty, own points beside the leader’s', () => {
    // Own points: hoc-tap 6, tuyen-truyen 3,5 → group 9,5; the-thao 9. Criteria 18,5.
    //   Bonus 3 + 2 = 5, cut to the cap 4. Penalty: cham 3 × 1 = 3, cut to its max 2; vang 1 × 2 = 2 → 4.
    //   Total 18,5 + 4 − 4 = 18,5.
    // Checked: hoc-tap 5, tuyen-truyen 3,5 (unchecked) → group 8,5; the-thao 9,5. Criteria 18.
    //   Bonus 3 + 1,5 = 4,5, cut to 4. Penalty: cham 1 × 1 = 1; vang 2 → 3. Total 18 + 4 − 3 = 19.
    expect(v.table.columns).toEqual(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm Khối kiểm tra', 'Tài liệu kiểm chứng']);
    expect(v.table.rows).toEqual([
      ['I', 'Công tác tuyên giáo', '10', '9,5', '8,5', ''],
      ['1', 'Tổ chức học tập nghị quyết', '6', '6', '5', 'Kế hoạch số 3; Báo cáo quý II'],
      ['2', 'Tuyên truyền trên trang tin', '4', '3,5', '3,5', ''],
      ['II', 'Hoạt động chung của Khối', '10', '9', '9,5', ''],
      ['1', 'Tham gia hội thao', '10', '9', '9,5', ''],
      ['III', 'Điểm thưởng', '4', '4', '4', ''],
      ['1', 'Có mô hình sáng tạo', '3', '3', '3', ''],
      ['2', 'Đăng cai hoạt động của Khối', '2', '2', '1,5', ''],
      ['IV', 'Điểm trừ', '', '4', '3', ''],
      ['1', 'Gửi báo cáo chậm (3 lần, Khối xác định 1 lần)', '1/lần', '2', '1', ''],
      ['2', 'Vắng hoạt động chung (1 lần)', '2/lần', '2', '2', ''],
      ['', 'Tổng điểm', '20', '18,5', '19', ''],
    ]);
    expect(v.table.rowClasses).toEqual(['group', undefined, undefined, 'group', undefined, 'group', undefined, undefined, 'group', undefined, undefined, 'total']);
  });

  it('ends with the notes and both totals in words, the last with "./."', () => {
    expect(v.closing.map((line) => line.text)).toEqual([
      'Ghi chú:',
      '- Tham gia hội thao: Khối ghi nhận thêm giải ba.',
      'Tổng điểm tự chấm: 18,5 điểm (điểm các tiêu chí 18,5, điểm thưởng 4, điểm trừ 4).',
      'Tổng điểm sau khi Khối kiểm tra: 19 điểm (điểm các tiêu chí 18, điểm thưởng 4, điểm trừ 3)./.',
    ]);
  });

  it('leaves the leader’s column blank until something is checked', () => {
    const own = view<ScoreSheetView>({ document: withoutChecks(sheet), config, sourceFile: 'c.yaml', scoringTable: table });
    expect(own.table.rows.map((row) => row[4])).toEqual(Array(12).fill(''));
    expect(own.table.rows.at(-1)![3]).toBe('18,5');
    expect(own.closing.at(-1)!.text).toBe('Tổng điểm tự chấm: 18,5 điểm (điểm các tiêu chí 18,5, điểm thưởng 4, điểm trừ 4)./.');
  });

  it('refuses, naming the bloc and year, when the scoring table is not given', () => {
    let thrown: unknown;
    try {
      view({ document: sheet, config, sourceFile: 'c.yaml' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).text.vi).toContain('chưa có bảng điểm năm 2024 của Khối thi đua I');
  });
});
