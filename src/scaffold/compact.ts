// A new emulation compact: parties and witness from the registry, theme and commitments left to fill.

import { UserError } from '../errors.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { placeholder } from '../validate/text/placeholder.js';
import {
  commentOpening, header, opening, unitLabel, upperPlanBasis,
  type Scaffold, type ScaffoldBase,
} from './document-parts.js';
import { blocTerm, findUnit, signingOrder, subordinateUnits, type Issuer } from './issuer.js';
import { ScaffoldYaml } from './yaml-text.js';
import { blocWords, type BlocWords } from '../domain/bloc-words.js';

export const MEASURE_CHOICES = 'phần trăm | số lượng | đạt/không đạt';

export interface CompactParties {
  parties: string[];
  witness?: string;
  /** Comment lines above the parties. */
  notes: string[];
  leader?: string;
  deputy?: string;
  /** How the bloc names its roles ("Cụm trưởng"); a union's compact has none. */
  words?: BlocWords;
  /** The registered year the members were taken from when the wanted year is missing. */
  borrowedFrom?: number;
}

/** Who signs: a bloc's members that year in signing order, or a union with its subordinate unions. */
export function compactParties(config: RepositoryConfig, issuer: Issuer, year: number): CompactParties {
  if (issuer.type === 'bloc') {
    const { term, borrowedFrom } = blocTerm(issuer.bloc, year);
    const words = blocWords(issuer.bloc);
    const notes = [`Các bên ký, theo thứ tự ký: ${words.leader}, ${words.deputy}, rồi các đơn vị thành viên.`];
    if (borrowedFrom !== undefined) {
      notes.push(
        `giaouoc.yaml chưa khai báo thành viên của ${issuer.bloc.name} năm ${year}: danh sách dưới đây lấy theo năm ${borrowedFrom}.`,
        `Hãy thêm năm ${year} vào mục “years” của khối trong giaouoc.yaml, rồi sửa lại danh sách cho khớp.`,
      );
    } else {
      notes.push(`Danh sách lấy theo thành phần khối năm ${year} trong giaouoc.yaml.`);
    }
    return { parties: signingOrder(term), witness: issuer.bloc.upper, notes, leader: term.leader, deputy: term.deputy, words, borrowedFrom };
  }
  const parties = [issuer.id, ...subordinateUnits(config, issuer.id).map((unit) => unit.id)];
  if (parties.length < 2) {
    throw new UserError({
      vi: `giaouoc.yaml chưa có đơn vị nào trực thuộc ${issuer.id} để cùng ký giao ước; hãy khai báo các đơn vị đó (upper: ${issuer.id}) hoặc dùng --bloc`,
      en: `giaouoc.yaml has no unit under ${issuer.id} to sign the compact with it; register those units (upper: ${issuer.id}) or use --bloc`,
    });
  }
  return {
    parties,
    witness: issuer.unit.upper,
    notes: ['Các bên ký, theo thứ tự ký: đơn vị ban hành, rồi các đơn vị trực thuộc (theo giaouoc.yaml).'],
  };
}

export function compactImplementation(config: RepositoryConfig, who: CompactParties): string[] {
  const lines = ['Công đoàn các đơn vị căn cứ nội dung giao ước, cụ thể hóa thành mục tiêu, chương trình và giải pháp thực hiện của đơn vị mình.'];
  const leader = findUnit(config, who.leader);
  const deputy = findUnit(config, who.deputy);
  if (leader) {
    const words = who.words ?? blocWords(undefined);
    const deputyPart = deputy ? `; ${words.deputy} (${deputy.name}) phối hợp tổ chức các hoạt động chung của ${words.word}` : '';
    lines.push(`${words.leader} (${leader.name}) theo dõi, đôn đốc các đơn vị thực hiện giao ước${deputyPart}.`);
  }
  lines.push(placeholder('Thời gian sơ kết, tổng kết việc thực hiện giao ước'));
  return lines;
}

/** Body items of a new compact: each commitment with its measurable targets, worded and valued in one item. */
function blankCommitments(): Record<string, unknown>[] {
  return [
    {
      commitment: 'noi-dung-1',
      text: placeholder('Nội dung cam kết thứ nhất, không ghi “Thứ nhất,” ở đầu'),
      listMarker: '-',
      list: [{ target: 'chi-tieu-1', text: `${placeholder('Chỉ tiêu đo được của nội dung này')}: đạt {value}%.`, measure: 'phần trăm', value: 100 }],
    },
    { commitment: 'noi-dung-2', text: placeholder('Nội dung cam kết thứ hai') },
  ];
}

/**
 * The compact's body as the author will shape it: the opening sentence, the theme, the headings and the
 * "Thứ nhất, …" commitments a compact usually has are written here, as content the author renames or deletes.
 * Each commitment and each measurable target is one typed item of the body: its printed wording and the id
 * by which plans, reports and the summary find it sit together, so nothing is written twice.
 */
export function scaffoldCompact(base: ScaffoldBase): Scaffold {
  const { config, issuer, year } = base;
  const who = compactParties(config, issuer, year);
  const value: Record<string, unknown> = {
    ...opening(base),
    subject: `Giao ước thi đua năm ${year}`,
    bases: upperPlanBasis(config, issuer, year),
    parties: who.parties,
    ...(who.witness ? { witness: who.witness } : {}),
    body: [
      `Thực hiện phong trào thi đua năm ${year}, các đơn vị thống nhất ký kết giao ước thi đua với chủ đề:`,
      { text: `***“${placeholder(`Chủ đề thi đua năm ${year}`)}”***`, align: 'center' },
      {
        section: 'NỘI DUNG GIAO ƯỚC',
        body: ['Các đơn vị cam kết thực hiện tốt các nội dung sau:', { list: blankCommitments(), marker: 'thứ nhất' }],
      },
      { section: 'TỔ CHỨC THỰC HIỆN', body: compactImplementation(config, who) },
    ],
  };

  const yaml = ScaffoldYaml.fromValue(value);
  commentOpening(yaml, base);
  yaml.commentAbove(['bases'], 'Căn cứ: mỗi dòng một căn cứ, không ghi dấu ; hoặc . ở cuối.');
  commentParties(yaml, config, who);
  yaml.blankBefore(['body']).commentAbove(['body'], [
    'Nội dung in đúng như viết: đổi lời, thêm, bớt đoạn và đề mục tùy ý (section: tự đánh số I. → 1. → a);',
    'number: "" để không đánh số). list: các ý; marker: "thứ nhất" in “Thứ nhất,”, “Thứ hai,”…; ***…***: đậm nghiêng.',
  ]);
  const commitments = ['body', 2, 'body', 1, 'list'];
  yaml.commentAbove([...commitments, 0], [
    'commitment: mã nội dung cam kết; target: mã chỉ tiêu đo được, để kế hoạch, báo cáo và tổng kết nhắc tới.',
    'Mã (id): chữ thường không dấu, nối bằng dấu gạch ngang. {value} trong lời văn in giá trị của chỉ tiêu.',
  ]);
  const target = [...commitments, 0, 'list', 0];
  yaml.commentAfter([...target, 'measure'], MEASURE_CHOICES);
  yaml.commentAfter([...target, 'value'], 'phần trăm: 0–100; số lượng: một số (thêm unit: đơn vị tính); đạt/không đạt: true');

  const description = `Giao ước thi đua năm ${year} — ${issuer.type === 'bloc' ? issuer.bloc.name : issuer.unit.name}.`;
  return { text: yaml.toString(header(base, description)), value };
}

export function commentParties(yaml: ScaffoldYaml, config: RepositoryConfig, who: CompactParties): void {
  yaml.blankBefore(['parties']).commentAbove(['parties'], who.notes);
  who.parties.forEach((id, index) => {
    const words = who.words ?? blocWords(undefined);
    const role = id === who.leader ? ` (${words.leader})` : id === who.deputy ? ` (${words.deputy})` : '';
    const label = unitLabel(findUnit(config, id));
    if (label) yaml.commentAfter(['parties', index], `${label}${role}`);
  });
  const witness = unitLabel(findUnit(config, who.witness));
  if (witness) yaml.commentAfter(['witness'], `${witness} — đơn vị chứng kiến; bỏ dòng này nếu không có`);
}
