// A new annual plan: the usual domains of union work, one task each to fill, linked to the year's compact.

import type { KnownDocument } from '../validate/cross-rules.js';
import { placeholder } from '../validate/text/placeholder.js';
import {
  commentOpening, header, numberAndSignerHints, opening, recipients, upperPlanBasis,
  type Scaffold, type ScaffoldBase,
} from './document-parts.js';
import { issuerName, signingUnit, type Issuer } from './issuer.js';
import { ScaffoldYaml } from './yaml-text.js';

/** The domains seen in union plans, in their usual order; staff delete the ones they do not use. */
export const USUAL_DOMAINS: readonly { id: string; name: string }[] = [
  { id: 'tuyen-giao', name: 'Công tác tuyên giáo' },
  { id: 'to-chuc', name: 'Công tác tổ chức' },
  { id: 'dai-dien', name: 'Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên' },
  { id: 'nu-cong', name: 'Công tác nữ công' },
  { id: 'van-the', name: 'Công tác văn hóa, thể thao' },
  { id: 'xa-hoi-tu-thien', name: 'Công tác xã hội – từ thiện' },
  { id: 'kiem-tra-giam-sat', name: 'Công tác kiểm tra, giám sát' },
  { id: 'thi-dua-khen-thuong', name: 'Công tác thi đua, khen thưởng' },
  { id: 'tai-chinh', name: 'Công tác tài chính' },
];

export interface CompactLink {
  /** Issuer id of the compact, as the plan's `compact` names it. */
  issuer: string;
  targetIds: string[];
  relative: string;
}

/** The same year's compact the plan serves, among `candidates` (compacts): the issuer's own, or one it signs as a party (its bloc's). */
export function compactForPlan(candidates: readonly KnownDocument[], issuer: Issuer, year: number): CompactLink | undefined {
  const compacts = candidates.filter((doc) => doc.facts.year === year);
  const own = compacts.find((doc) => doc.facts.issuer.id === issuer.id);
  const signed = compacts.find((doc) => doc.facts.parties.some((party) => party.id === issuer.id));
  const found = own ?? signed;
  return found ? { issuer: found.facts.issuer.id, targetIds: found.facts.targetIds, relative: found.relative } : undefined;
}

export interface PlanScaffoldInput extends ScaffoldBase {
  compact?: CompactLink;
}

/**
 * The plan's body as the author will shape it: the headings a plan usually has are written here, as content the
 * author renames or deletes, with one task to fill per usual domain. Nothing is added when it prints.
 */
export function scaffoldPlan(input: PlanScaffoldInput): Scaffold {
  const { config, issuer, year, compact } = input;
  const lead = signingUnit(config, issuer, year)?.id;
  const dashes = (items: string[]) => ({ list: items, marker: '-' });
  const value: Record<string, unknown> = {
    ...opening(input),
    subject: issuer.type === 'bloc' ? `Hoạt động của ${issuer.bloc.name} năm ${year}` : `Công tác công đoàn năm ${year}`,
    bases: upperPlanBasis(config, issuer, year),
    ...(compact ? { compact: compact.issuer } : {}),
    body: [
      {
        section: 'MỤC ĐÍCH, YÊU CẦU',
        body: [
          { section: 'Mục đích', body: [dashes([placeholder('Mục đích của kế hoạch')])] },
          { section: 'Yêu cầu', body: [dashes([placeholder('Yêu cầu khi thực hiện kế hoạch')])] },
        ],
      },
      {
        section: 'NHIỆM VỤ TRỌNG TÂM',
        body: USUAL_DOMAINS.map((domain) => ({
          section: domain.name,
          body: [{ list: [{ task: `${domain.id}-1`, text: placeholder(`Nhiệm vụ về ${lowerFirst(domain.name)}`), ...(lead ? { lead } : {}) }], marker: '-' }],
        })),
      },
      { section: 'TỔ CHỨC THỰC HIỆN', body: [placeholder('Phân công tổ chức thực hiện')] },
    ],
    recipients: recipients(config, issuer),
  };

  const yaml = ScaffoldYaml.fromValue(value);
  commentOpening(yaml, input, numberAndSignerHints(input));
  yaml.commentAbove(['bases'], 'Căn cứ: mỗi dòng một căn cứ, không ghi dấu ; hoặc . ở cuối.');
  if (compact) {
    yaml.commentAbove(['compact'], [
      `Giao ước năm ${year} mà các nhiệm vụ thực hiện (${compact.relative}).`,
      ...(compact.targetIds.length > 0 ? [`Mã chỉ tiêu ghi được vào targets của nhiệm vụ: ${compact.targetIds.join(', ')}.`] : []),
    ]);
  }
  yaml.blankBefore(['body']).commentAbove(['body'], [
    'Nội dung in đúng như viết: đổi tên, thêm, bớt đề mục tùy ý (section: tự đánh số I. → 1. → 1.1. → a);',
    'number: "A." để tự đặt số, number: "" để không đánh số). Thêm đoạn mở đầu “Thực hiện …, … như sau:” bằng một dòng',
    'chuỗi đứng trước các đề mục; list: các ý (marker: "-", "+", "1.", "a)"); table: bảng (head, rows, widths).',
  ]);
  yaml.commentAbove(['body', 1, 'body', 0, 'body', 0, 'list', 0], [
    'Mỗi nhiệm vụ: task (mã, chữ thường không dấu, để báo cáo nhắc tới), text (nội dung), lead (chủ trì), cooperating',
    `(phối hợp), due (kỳ phải xong: ${year}-Q2, ${year}-05, ${year}-H1, ${year}-${year + 1} năm học, hoặc ${year}-12-15..${year + 1}-02-28),`,
    ...(compact ? ['time (thời gian bằng chữ), targets (mã chỉ tiêu của giao ước mà nhiệm vụ thực hiện).'] : [`time (thời gian bằng chữ: Cả năm, Tháng 5/${year}).`]),
  ]);
  yaml.blankBefore(['recipients']).commentAbove(['recipients'], 'Nơi nhận: mỗi nơi một dòng.');

  return { text: yaml.toString(header(input, `Kế hoạch năm ${year} — ${issuerName(issuer)}.`)), value };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
