// In-memory documents for the renderer's tests: small, but with every block a kind can print.
import type { CompactDocument, PlanDocument, ReportDocument, RepositoryConfig } from '../../src/kinds/model.js';

export const config: RepositoryConfig = {
  place: 'Hà Nội',
  units: [
    { id: 'tld', name: 'Tổng Liên đoàn Lao động Việt Nam', code: 'TLĐ' },
    {
      id: 'cdvc',
      name: 'Công đoàn Viên chức Việt Nam',
      upper: 'tld',
      code: 'CĐVC',
      signatories: [{ name: 'Trần Thị Kim Anh', title: 'Phó Chủ tịch', authority: 'TM. Ban Thường vụ' }],
    },
    {
      id: 'cd-khcn',
      name: 'Công đoàn Bộ Khoa học và Công nghệ',
      short: 'Công đoàn Bộ KH&CN',
      upper: 'cdvc',
      signatories: [{ name: 'Hà Quốc Trung', title: 'Chủ tịch', authority: 'TM. BAN CHẤP HÀNH' }],
    },
    {
      id: 'cd-khdt',
      name: 'Công đoàn Bộ Kế hoạch và Đầu tư',
      short: 'Công đoàn Bộ KH&ĐT',
      upper: 'cdvc',
      code: 'CĐBKHĐT',
      signatories: [
        { name: 'Lê Thị Tường Thu', title: 'Chủ tịch' },
        { name: 'Nguyễn Văn Bình', title: 'Phó Chủ tịch', authority: 'KT. CHỦ TỊCH' },
      ],
    },
    {
      id: 'cd-noi-vu',
      name: 'Công đoàn Bộ Nội vụ',
      short: 'Công đoàn Bộ Nội vụ',
      upper: 'cdvc',
      signatories: [{ name: 'Nguyễn Thị Hà', title: 'Phó Chủ tịch', authority: 'KT. CHỦ TỊCH' }],
    },
    { id: 'cd-tu-phap', name: 'Công đoàn Bộ Tư pháp', upper: 'cdvc', signatories: [{ name: 'Đỗ Thị Lan Anh', title: 'Chủ tịch' }] },
    { id: 'co-quan', name: 'Sở Khoa học và Công nghệ tỉnh Sóc Trăng', signatories: [{ name: 'Dương Sà Kha', title: 'Giám đốc' }] },
    { id: 'cdcs-so', name: 'Công đoàn cơ sở Sở Khoa học và Công nghệ', signatories: [{ name: 'Lâm Thị Thu Thảo', title: 'Chủ tịch' }] },
  ],
  blocs: [
    {
      id: 'khoi-1',
      name: 'Khối thi đua I',
      upper: 'cdvc',
      years: [{ year: 2024, members: ['cd-khcn', 'cd-khdt', 'cd-noi-vu', 'cd-tu-phap'], leader: 'cd-khcn', deputy: 'cd-khdt' }],
    },
  ],
};

export function compact(overrides: Partial<CompactDocument> = {}): CompactDocument {
  return {
    kind: 'compact',
    year: 2024,
    issuer: 'khoi-1',
    date: '2024-03-04',
    bases: ['Căn cứ Kế hoạch hoạt động năm 2024 của Công đoàn Viên chức Việt Nam', 'Căn cứ Quy chế hoạt động của Khối thi đua I;'],
    parties: ['cd-khcn', 'cd-khdt', 'cd-noi-vu', 'cd-tu-phap'],
    theme: '“Đổi mới sáng tạo, thi đua đưa Nghị quyết Đại hội Công đoàn các cấp vào cuộc sống”',
    commitments: [
      {
        id: 'hoc-tap',
        text: 'tổ chức học tập, quán triệt Nghị quyết Đại hội công đoàn các cấp.',
        targets: [
          { id: 'ty-le', text: 'Đoàn viên được học tập nghị quyết', measure: 'phần trăm', value: 100 },
          { id: 'so-luong', text: 'Đoàn viên tham gia hội thao', measure: 'số lượng', value: 1250, unit: 'đoàn viên' },
        ],
      },
      { id: 'tham-muu', text: 'tham mưu thực hiện tốt nhiệm vụ chính trị của cơ quan.' },
      { id: 'thi-dua', text: 'đẩy mạnh các phong trào thi đua.' },
      {
        id: 'phoi-hop',
        text: 'tăng cường phối hợp giữa các đơn vị trong Khối.',
        targets: [{ id: 'so-ket', text: 'Tham dự Hội nghị sơ kết 6 tháng', measure: 'đạt/không đạt', value: true }],
      },
    ],
    implementation: ['Khối trưởng theo dõi, đôn đốc các đơn vị thực hiện giao ước.', 'Cuối năm, các đơn vị tự chấm điểm.'],
    ...overrides,
  };
}

export function plan(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    kind: 'plan',
    year: 2024,
    issuer: 'cd-khdt',
    number: '15/KH-CĐBKHĐT',
    date: '2024-01-15',
    subject: 'Hoạt động công đoàn năm 2024',
    purposes: ['Bám sát chỉ đạo của công đoàn cấp trên', 'Đổi mới nội dung hoạt động'],
    requirements: ['Các công đoàn trực thuộc xây dựng kế hoạch của đơn vị'],
    domains: [
      {
        id: 'tuyen-giao',
        name: 'Công tác tuyên giáo',
        tasks: [
          { id: 'nghi-quyet', content: 'Tuyên truyền Nghị quyết Đại hội', lead: 'cd-khdt', quarter: 2 },
          { id: 'ky-niem', content: 'Kỷ niệm ngày thành lập Ngành', lead: 'Ban Văn thể', cooperating: ['cd-khcn', 'Văn phòng Bộ'], time: 'Tháng 12/2024' },
        ],
      },
      {
        id: 'xa-hoi',
        name: 'Công tác xã hội, từ thiện',
        tasks: [{ id: 'tham-hoi', content: 'Thăm hỏi đoàn viên ốm đau', lead: 'cd-khdt', quarter: 1 }],
      },
    ],
    implementation: ['Ban Thường vụ Công đoàn Bộ chỉ đạo triển khai kế hoạch.'],
    recipients: ['Công đoàn Viên chức Việt Nam (để b/c)', 'Các công đoàn trực thuộc', 'Lưu: VT, CĐB'],
    ...overrides,
  };
}

export function report(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    kind: 'report',
    year: 2024,
    issuer: 'cd-khdt',
    number: '32/BC-CĐBKHĐT',
    date: '2024-04-10',
    quarter: 1,
    to: ['Ban Thường vụ Công đoàn Viên chức Việt Nam'],
    results: [
      {
        domain: 'xa-hoi',
        text: ['Công đoàn Bộ tổ chức thăm hỏi đoàn viên.'],
        tasks: [
          {
            task: 'tham-hoi',
            status: 'hoàn thành',
            figures: [{ label: 'Tổng giá trị quà', value: 127.5, unit: 'triệu đồng' }],
          },
        ],
      },
    ],
    limitations: ['Một số hoạt động còn chậm'],
    causes: ['Lịch công tác chuyên môn dày'],
    focus: [
      { text: 'Công tác tuyên giáo', items: ['Tuyên truyền Nghị quyết', 'Tổ chức hội thi'] },
      { text: 'Công tác tổ chức', items: ['Kiện toàn ban chấp hành'] },
    ],
    recipients: ['Như trên', 'Lưu: VT'],
    ...overrides,
  };
}

/** A plan long enough for three pages, for the page-number checks. */
export function longPlan(): PlanDocument {
  const tasks = Array.from({ length: 40 }, (_, index) => ({
    id: `nhiem-vu-${index + 1}`,
    content: `Tổ chức hoạt động số ${index + 1} cho đoàn viên, người lao động trong toàn Bộ theo kế hoạch đã được duyệt`,
    lead: 'cd-khdt',
    quarter: (index % 4) + 1,
  }));
  return plan({ domains: [{ id: 'tong-hop', name: 'Công tác tổng hợp', tasks }] });
}
