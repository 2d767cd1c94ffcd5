// A new scoring table for a bloc or a union: the shape of the year's table — groups of criteria whose maxima add up to the
// scale, a bonus and a penalty rule, tie-breaks and award quotas — with every text left to fill.
// (Next year's table from this year's goes through advanceDocument, like a compact.)

import type { CriterionGroup } from '../kinds/model.js';
import { placeholder } from '../validate/text/placeholder.js';
import { commentOpening, header, numberAndSignerHints, recipients, type Scaffold, type ScaffoldBase } from './document-parts.js';
import { issuerName, upperOf } from './issuer.js';
import { ScaffoldYaml } from './yaml-text.js';
import { blocWords } from '../domain/bloc-words.js';

export const DEFAULT_SCALE = 100;
export const TIE_BREAK_HINT = 'mã một nhóm hoặc một tiêu chí (điểm cao hơn xếp trên) | fewer-penalties (ít điểm trừ hơn) | bonus (điểm thưởng cao hơn)';

// Two groups of two criteria, maxima adding up to the scale, so the skeleton passes the scale check as it is.
const SKELETON_GROUPS: CriterionGroup[] = [
  {
    id: 'nhom-1',
    name: placeholder('Tên nhóm tiêu chí thứ nhất, thường là một nội dung của giao ước'),
    criteria: [
      { id: 'tieu-chi-1', text: placeholder('Nội dung tiêu chí, viết thành câu'), max: 30, evidence: [placeholder('Minh chứng đơn vị phải có để được tính điểm')] },
      { id: 'tieu-chi-2', text: placeholder('Nội dung tiêu chí'), max: 20 },
    ],
  },
  {
    id: 'nhom-2',
    name: placeholder('Tên nhóm tiêu chí thứ hai'),
    criteria: [
      { id: 'tieu-chi-3', text: placeholder('Nội dung tiêu chí'), max: 30 },
      { id: 'tieu-chi-4', text: placeholder('Nội dung tiêu chí'), max: 20 },
    ],
  },
];

export function scaffoldScoringTable(base: ScaffoldBase): Scaffold {
  const { config, year, issuer } = base;
  // A bloc adopts its table with its compact; a union may score the units under it just the same, checked by its own
  // standing committee rather than a bloc leader.
  const blocName = issuerName(issuer);
  const bloc = issuer.type === 'bloc';
  const words = blocWords(issuer.type === 'bloc' ? issuer.bloc : undefined);
  const upper = upperOf(config, issuer);
  const value: Record<string, unknown> = {
    kind: base.kind.name,
    year,
    issuer: issuer.id,
    place: config.place,
    date: base.date,
    subject: `Bảng điểm thi đua năm ${year} của ${blocName}`,
    bases: bloc
      ? [`Căn cứ Giao ước thi đua năm ${year} của ${blocName}`, `Căn cứ Quy chế hoạt động của ${blocName}`]
      : [`Căn cứ Kế hoạch phát động thi đua năm ${year} của ${blocName}`],
    ...(bloc ? {} : { checker: `Ban Thường vụ ${blocName}` }),
    scale: DEFAULT_SCALE,
    groups: structuredClone(SKELETON_GROUPS),
    bonuses: [{ id: 'thuong-1', text: placeholder('Trường hợp được cộng điểm thưởng'), max: 3 }],
    bonusCap: 5,
    penalties: [{ id: 'tru-1', text: placeholder('Trường hợp bị trừ điểm'), points: 1, max: 4 }],
    tieBreaks: ['fewer-penalties', 'bonus'],
    awards: upper
      ? [
          { award: `Cờ thi đua của ${upper.name}`, count: 1 },
          { award: `Bằng khen của ${upper.name}`, count: 2 },
        ]
      : [{ award: placeholder(`Hình thức khen thưởng ${words.word} đề nghị`), count: 1 }],
    recipients: [...recipients(config, issuer).slice(0, -1), bloc ? `Các đơn vị thành viên ${words.word}` : 'Các công đoàn trực thuộc', 'Lưu: VT'],
  };

  const yaml = ScaffoldYaml.fromValue(value);
  commentOpening(yaml, base, [bloc ? `Bảng điểm thường được thông qua cùng giao ước thi đua của ${words.word}.` : 'Bảng điểm để chấm các công đoàn trực thuộc.', ...numberAndSignerHints(base)]);
  if (!bloc) yaml.commentAfter(['checker'], 'ai kiểm tra điểm các đơn vị tự chấm; bỏ dòng này thì in Ban Thường vụ');
  yaml.commentAbove(['bases'], 'Căn cứ: mỗi dòng một căn cứ, không ghi dấu ; hoặc . ở cuối.');
  yaml.blankBefore(['scale']).commentAfter(['scale'], 'tổng điểm tối đa các tiêu chí (chưa kể điểm thưởng): 100 hoặc 1000');
  yaml.blankBefore(['groups']).commentAbove(['groups'], [
    'Các nhóm tiêu chí theo thứ tự in; khi in tự đánh số nhóm I, II… và tiêu chí 1, 2…',
    'Mã (id) của nhóm và tiêu chí: chữ thường không dấu, nối bằng dấu gạch ngang; phiếu chấm điểm nhắc tới tiêu chí bằng mã.',
    `Điểm tối đa (max) của mọi tiêu chí cộng lại phải bằng thang điểm (${DEFAULT_SCALE}); evidence: minh chứng cần có, bỏ nếu không cần.`,
  ]);
  yaml.blankBefore(['bonuses']).commentAbove(['bonuses'], 'Điểm thưởng: mỗi khoản một mục, max là điểm thưởng tối đa của khoản.');
  yaml.commentAfter(['bonusCap'], 'tổng điểm thưởng không vượt quá mức này');
  yaml.blankBefore(['penalties']).commentAbove(['penalties'], 'Điểm trừ: points là điểm trừ mỗi lần, max là mức trừ tối đa trong năm (bỏ nếu không giới hạn).');
  yaml.blankBefore(['tieBreaks']).commentAbove(['tieBreaks'], ['Bằng tổng điểm thì xét lần lượt theo các mục sau:', TIE_BREAK_HINT]);
  yaml.blankBefore(['awards']).commentAbove(['awards'], 'Đề nghị khen thưởng: đơn vị xếp đầu nhận hình thức ghi đầu tiên; count là số đơn vị.');
  yaml.blankBefore(['recipients']).commentAbove(['recipients'], 'Nơi nhận: mỗi nơi một dòng.');

  return { text: yaml.toString(header(base, `Bảng điểm thi đua năm ${year} — ${blocName}.`)), value };
}
