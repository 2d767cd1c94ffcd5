// A member's new score sheet: every criterion of its bloc's scoring table that year, at 0 points with the
// maximum beside it and the evidence the table asks for left to fill; the bonus and penalty rules as hints.

import { UserError } from '../errors.js';
import type { RepositoryConfig, ScoringTableDocument } from '../kinds/model.js';
import { scoringBody, type ScoringBody } from '../domain/scored-members.js';
import { toRoman } from '../render/vietnamese/roman.js';
import { placeholder } from '../validate/text/placeholder.js';
import { commentOpening, header, numberAndSignerHints, opening, shortened, type Scaffold, type ScaffoldBase } from './document-parts.js';
import { blocTerm, findUnit, issuerName, type Issuer } from './issuer.js';
import { ScaffoldYaml } from './yaml-text.js';
import { scoringGroups } from '../kinds/scoring-criteria.js';
import { blocWords, checkerOf } from '../domain/bloc-words.js';

export interface ScoringTableSource {
  value: ScoringTableDocument;
  /** Path from the repository root. */
  relative: string;
}

export interface ScoreSheetScaffoldInput extends ScaffoldBase {
  /** Whose table the sheet follows: a bloc, or a union scoring the units under it. */
  bloc: ScoringBody;
  table: ScoringTableSource;
}

/**
 * Whose scoring table a member follows: the bloc (or the union issuing a table for its units) named by --bloc,
 * else the only bloc that has the member that year.
 */
export function sheetBloc(config: RepositoryConfig, issuer: Issuer, year: number, named?: string): ScoringBody {
  const blocs = config.blocs ?? [];
  if (named !== undefined) {
    const body = scoringBody(config, named, year);
    if (body) return body;
    throw new UserError({
      vi: `giaouoc.yaml không có khối thi đua hay đơn vị mã ${JSON.stringify(named)} (--bloc); các khối đã khai báo: ${blocs.map((candidate) => candidate.id).join(', ') || '—'}`,
      en: `giaouoc.yaml has no bloc or unit ${JSON.stringify(named)} (--bloc); registered blocs: ${blocs.map((candidate) => candidate.id).join(', ') || '—'}`,
    });
  }
  const memberOf = blocs.filter((bloc) => bloc.years.some((entry) => entry.year === year && entry.members.includes(issuer.id)));
  if (memberOf.length === 1) return scoringBody(config, memberOf[0]!.id, year)!;
  throw new UserError({
    vi: memberOf.length === 0
      ? `${issuerName(issuer)} không là thành viên khối thi đua nào năm ${year} trong giaouoc.yaml; hãy ghi --bloc <mã khối, hoặc mã công đoàn ban hành bảng điểm>`
      : `${issuerName(issuer)} là thành viên của nhiều khối năm ${year} (${memberOf.map((bloc) => bloc.id).join(', ')}); hãy chọn một bằng --bloc`,
    en: memberOf.length === 0
      ? `${issuerName(issuer)} is a member of no bloc in ${year} in giaouoc.yaml; give --bloc <bloc id, or the id of the union that issued the scoring table>`
      : `${issuerName(issuer)} is a member of several blocs in ${year} (${memberOf.map((bloc) => bloc.id).join(', ')}); choose one with --bloc`,
  });
}

export function scaffoldScoreSheet(input: ScoreSheetScaffoldInput): Scaffold {
  const { config, issuer, year, bloc, table } = input;
  const groups = scoringGroups(table.value);
  const criteria = groups.flatMap((group) => group.criteria.map((criterion) => ({ group, criterion })));
  // A bloc's leader as new scaffolds take it (the latest registered year when this one is missing).
  const blocEntry = config.blocs?.find((candidate) => candidate.id === bloc.id);
  const leader = findUnit(config, blocEntry ? blocTerm(blocEntry, year).term.leader : undefined);
  const checker = checkerOf(table.value, blocEntry);
  const value: Record<string, unknown> = {
    ...opening(input),
    subject: `Tự chấm điểm thi đua năm ${year}`,
    bloc: bloc.id,
    scores: criteria.map(({ criterion }) => ({
      criterion: criterion.id,
      points: 0,
      evidence: (criterion.evidence?.length ? criterion.evidence : ['Minh chứng cho số điểm tự chấm']).map((hint) => ({ text: evidenceHint(hint) })),
    })),
    recipients: [...(bloc.type === 'unit' ? [bloc.name] : leader ? [`${leader.name} (${blocWords(blocEntry).leader})`] : []), 'Lưu: VT'],
  };

  const yaml = ScaffoldYaml.fromValue(value);
  commentOpening(yaml, input, numberAndSignerHints(input));
  yaml.commentAfter(['bloc'], `${bloc.name}; chấm theo bảng điểm ${table.relative}`);
  yaml.blankBefore(['scores']).commentAbove(['scores'], [
    'Mỗi tiêu chí của bảng điểm một mục: points là điểm tự chấm (không quá điểm tối đa), evidence là minh chứng;',
    `minh chứng là một báo cáo quý thì thêm file: <đường dẫn báo cáo> (và task: <mã nhiệm vụ>). ${checker} ghi checked sau khi kiểm tra.`,
  ]);
  let at = 0;
  groups.forEach((group, index) => {
    const most = group.criteria.reduce((sum, criterion) => sum + criterion.max, 0);
    yaml.commentAbove(['scores', at], `${toRoman(index + 1)}. ${group.name} (tối đa ${most} điểm)`);
    at += group.criteria.length;
  });
  criteria.forEach(({ criterion }, index) => {
    yaml.commentAfter(['scores', index, 'criterion'], shortened(criterion.text, 80));
    yaml.commentAfter(['scores', index, 'points'], `tối đa ${criterion.max}`);
  });
  yaml.blankBefore(['recipients']).commentAbove(['recipients'], [...ruleHints(table.value), 'Nơi nhận: mỗi nơi một dòng.']);

  const description = `Phiếu tự chấm điểm thi đua năm ${year} — ${issuerName(issuer)}, ${bloc.name}.`;
  return { text: yaml.toString(header(input, description)), value };
}

/** The table's wording of the evidence as the hint; a table still in draft may hold a hint already. */
function evidenceHint(needed: string): string {
  const flat = needed.replace(/\s+/gu, ' ').trim();
  return /«[^»]*»/u.test(flat) ? flat : placeholder(flat);
}

/** Bonus and penalty claims are added only when they apply, so the rules stay as comments to copy from. */
function ruleHints(table: ScoringTableDocument): string[] {
  const hints: string[] = [];
  if (table.bonuses?.length) {
    hints.push(
      'Điểm thưởng, nếu có: thêm bonuses: với mỗi khoản - rule: <mã> / points: <điểm> / evidence: - text: <minh chứng>. Các khoản:',
      ...table.bonuses.map((rule) => `  ${rule.id}: ${shortened(rule.text, 70)} (tối đa ${rule.max})`),
    );
  }
  if (table.penalties?.length) {
    hints.push(
      'Điểm trừ, nếu có: thêm penalties: với mỗi khoản - rule: <mã> / count: <số lần>. Các khoản:',
      ...table.penalties.map((rule) => `  ${rule.id}: ${shortened(rule.text, 70)} (trừ ${rule.points} mỗi lần)`),
    );
  }
  return hints;
}
