// Findings about time in the registry: lives of units, terms of signatories, successors, codes, and documents
// that name a body or a person outside its time. Vietnamese first, English for --lang en.

import type { MessageSpec } from './catalog.js';

const q = (value: unknown): string => `“${String(value)}”`;
const by = (decision: unknown, vi: boolean): string => (decision ? (vi ? ` theo ${decision}` : ` by ${decision}`) : '');

export const REGISTRY_MESSAGES: Record<string, MessageSpec> = {
  'unit-end-before-start': {
    severity: 'error',
    vi: (a) => `ngày chấm dứt ${a.end} của ${q(a.id)} không sau ngày bắt đầu ${a.start}; hãy sửa một trong hai ngày`,
    en: (a) => `the end ${a.end} of ${q(a.id)} is not after its start ${a.start}; correct one of the two dates`,
  },
  'term-end-before-start': {
    severity: 'error',
    vi: (a) => `nhiệm kỳ của ${q(a.name)} kết thúc (${a.until}) không sau ngày bắt đầu (${a.from}); hãy sửa “from” hoặc “until”`,
    en: (a) => `the term of ${q(a.name)} ends (${a.until}) no later than it starts (${a.from}); correct “from” or “until”`,
  },
  'overlapping-terms': {
    severity: 'error',
    vi: (a) => `nhiệm kỳ này của ${q(a.name)} (${a.title}) trùng thời gian với nhiệm kỳ ở dòng ${a.otherLine} (${a.otherName}); hãy ghi “until” cho nhiệm kỳ trước bằng “from” của nhiệm kỳ sau`,
    en: (a) => `this term of ${q(a.name)} (${a.title}) overlaps the term on line ${a.otherLine} (${a.otherName}); give the earlier term an “until” equal to the later one's “from”`,
  },
  'unknown-successor': {
    severity: 'error',
    vi: (a) => `đơn vị kế tục ${q(a.id)} không có trong danh sách đơn vị${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}; hãy khai báo đơn vị đó ở mục “units” hoặc sửa mã`,
    en: (a) => `the successor ${q(a.id)} is not a registered unit${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}; register it under “units” or correct the id`,
  },
  'successor-cycle': {
    severity: 'error',
    vi: (a) => `các đơn vị kế tục tạo thành vòng lặp (${a.cycle}); một đơn vị không thể kế tục chính nó — hãy bỏ một mục “successors” trong vòng`,
    en: (a) => `the successors form a cycle (${a.cycle}); a unit cannot succeed itself — remove one “successors” entry of the cycle`,
  },
  'duplicate-unit-code': {
    // A warning: provincial federations all number as LĐLĐ and are told apart by the header; the usual mistake is
    // a successor taking the code while the unit it replaced was never ended.
    severity: 'warning',
    vi: (a) => `ký hiệu ${q(a.code)} cũng là ký hiệu của ${q(a.other)} cùng cấp trên trong cùng thời gian${a.from ? ` (từ ${a.from})` : ''}, nên số văn bản của hai đơn vị chỉ phân biệt được nhờ tên ở đầu văn bản; nếu đơn vị này thay đơn vị kia, hãy ghi “end” cho đơn vị cũ, nếu không hãy đặt ký hiệu riêng`,
    en: (a) => `the code ${q(a.code)} is also the code of ${q(a.other)} under the same upper body at the same time${a.from ? ` (from ${a.from})` : ''}, so their document numbers differ only by the header; if this unit replaced the other, give the old one an “end”, otherwise choose a code of its own`,
  },
  'former-id-taken': {
    severity: 'error',
    vi: (a) => `mã cũ ${q(a.id)} đang là mã của một đơn vị khác trong danh sách; mỗi mã chỉ chỉ về một đơn vị — hãy bỏ mã cũ này`,
    en: (a) => `the former id ${q(a.id)} is the id of another registered unit; an id names one unit only — remove this former id`,
  },
  'bloc-member-outside-life': {
    severity: 'error',
    vi: (a) => `${q(a.id)} không hoạt động trong năm ${a.year} (${a.life}) nên không thể là thành viên của khối năm đó; hãy bỏ khỏi danh sách hoặc sửa thời gian hoạt động`,
    en: (a) => `${q(a.id)} does not exist in ${a.year} (${a.life}), so it cannot be a member of the bloc that year; remove it or correct its life`,
  },
  'unit-outside-life': {
    severity: 'error',
    vi: (a) =>
      a.ended
        ? `${a.name} đã chấm dứt hoạt động từ ngày ${a.ended}${by(a.decision, true)}; văn bản ngày ${a.date} không thể ${a.role === 'issuer' ? 'do đơn vị này ban hành' : 'nhắc tới đơn vị này'}${a.successor ? ` — hãy dùng đơn vị kế tục ${q(a.successor)}` : ' — hãy dùng đơn vị đang hoạt động'}`
        : `${a.name} chỉ hoạt động từ ngày ${a.started}${by(a.decision, true)}; văn bản ngày ${a.date} không thể ${a.role === 'issuer' ? 'do đơn vị này ban hành' : 'nhắc tới đơn vị này'} — hãy sửa ngày văn bản hoặc đơn vị`,
    en: (a) =>
      a.ended
        ? `${a.name} ceased on ${a.ended}${by(a.decision, false)}; a document of ${a.date} cannot ${a.role === 'issuer' ? 'be issued by it' : 'name it'}${a.successor ? ` — use its successor ${q(a.successor)}` : ' — use a unit that exists'}`
        : `${a.name} exists only from ${a.started}${by(a.decision, false)}; a document of ${a.date} cannot ${a.role === 'issuer' ? 'be issued by it' : 'name it'} — correct the date or the unit`,
  },
  'signer-out-of-term': {
    severity: 'error',
    vi: (a) => `${q(a.name)} không giữ chức ở ${a.unitName} vào ngày ${a.date} (nhiệm kỳ ${a.term}); hãy chọn người ký đương nhiệm: ${a.allowed}`,
    en: (a) => `${q(a.name)} does not hold office in ${a.unitName} on ${a.date} (term ${a.term}); choose a signatory in office: ${a.allowed}`,
  },
  'bloc-leader-missing': {
    severity: 'error',
    vi: (a) => `khối ${q(a.bloc)} chưa có Khối trưởng năm ${a.year} nên không ai ký được văn bản này; hãy ghi “leader” cho năm ${a.year} của khối trong giaouoc.yaml`,
    en: (a) => `the bloc ${q(a.bloc)} has no leader in ${a.year}, so nobody can sign this document; add “leader” to the bloc's ${a.year} entry in giaouoc.yaml`,
  },
  'bloc-year-unregistered': {
    severity: 'error',
    vi: (a) => `khối ${q(a.bloc)} chưa khai báo năm ${a.year} trong giaouoc.yaml nên không có Khối trưởng ký văn bản này; hãy thêm năm ${a.year} (thành viên, “leader”) vào mục “years” của khối`,
    en: (a) => `the bloc ${q(a.bloc)} has no ${a.year} entry in giaouoc.yaml, so no leader can sign this document; add ${a.year} (members, “leader”) to the bloc's “years”`,
  },
  'no-signatory': {
    severity: 'error',
    vi: (a) => `${a.unitName} không có người ký nào đương nhiệm vào ngày ${a.date}; hãy thêm một người vào “signatories” của ${q(a.id)} trong giaouoc.yaml (với nhiệm kỳ bao gồm ngày này)`,
    en: (a) => `${a.unitName} has no signatory in office on ${a.date}; add one to the “signatories” of ${q(a.id)} in giaouoc.yaml (with a term covering that date)`,
  },
  'addressee-ended': {
    severity: 'error',
    vi: (a) => `văn bản ngày ${a.date} gửi tới ${a.name}, đơn vị đã chấm dứt hoạt động từ ngày ${a.ended}${by(a.decision, true)}; hãy gửi tới ${a.successor ? `đơn vị kế tục (${a.successor})` : 'đơn vị đang hoạt động (công đoàn cấp trên hiện nay)'}`,
    en: (a) => `a document of ${a.date} is addressed to ${a.name}, which ceased on ${a.ended}${by(a.decision, false)}; address it to ${a.successor ? `the successor (${a.successor})` : 'a body that exists (the present upper union)'}`,
  },
  'award-body-ended': {
    severity: 'error',
    vi: (a) => `danh hiệu ${q(a.award)} là của ${a.name}, đơn vị đã chấm dứt hoạt động từ ngày ${a.ended}${by(a.decision, true)}; hãy đề nghị danh hiệu của công đoàn cấp trên hiện nay${a.successor ? ` (${a.successor})` : ''}`,
    en: (a) => `the award ${q(a.award)} belongs to ${a.name}, which ceased on ${a.ended}${by(a.decision, false)}; propose an award of the present upper union${a.successor ? ` (${a.successor})` : ''}`,
  },
};
