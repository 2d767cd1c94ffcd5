// Year-end results for people: aligned terminal tables with Vietnamese (or English) headings.
// The same data goes out as JSON for machines; nothing here computes a figure.

import type { Lang } from '../context.js';
import { tieBreakPhrase } from '../yearend/ranking.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { toRoman } from '../render/vietnamese/roman.js';
import type { BlocScores, ScoreFlag } from '../yearend/bloc-scores.js';
import { formatPoints } from '../yearend/points.js';
import type { TargetProgress, UnitSummary, YearSummary } from '../yearend/summary.js';
import { scoringGroups, tableScale } from '../kinds/scoring-criteria.js';
import { scorerVoice, type ScorerVoice } from '../yearend/voice.js';

type Align = 'left' | 'right';

/** Columns padded to their widest cell; NFC text counts one column per code point. */
export function formatTable(headings: string[], rows: string[][], align: Align[] = []): string {
  const width = headings.map((heading, index) => Math.max([...heading].length, ...rows.map((row) => [...(row[index] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => {
        const pad = ' '.repeat(width[index] - [...cell].length);
        return align[index] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headings), width.map((size) => '─'.repeat(size)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

const t = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

function unitName(config: RepositoryConfig, id: string): string {
  const unit = config.units.find((entry) => entry.id === id);
  return unit?.short ?? unit?.name ?? id;
}

function revisionNote(lang: Lang, revision: string | undefined): string {
  return revision ? t(lang, ` (phiên bản ${revision})`, ` (revision ${revision})`) : '';
}

export function formatSummaryText(summary: YearSummary, config: RepositoryConfig, title: string, lang: Lang, revision?: string): string {
  const out = [t(lang, `Tổng hợp kết quả năm ${summary.year} — ${title}`, `Year ${summary.year} results — ${title}`) + revisionNote(lang, revision), ''];
  for (const unit of summary.units) out.push(unitSection(unit, config, lang));
  if (summary.units.length > 1) {
    out.push(t(lang, 'Theo đơn vị', 'By unit'));
    out.push(
      formatTable(
        [t(lang, 'Đơn vị', 'Unit'), t(lang, 'Báo cáo quý', 'Quarters'), t(lang, 'Nhiệm vụ hoàn thành', 'Tasks done'), t(lang, 'Chỉ tiêu đạt', 'Targets met')],
        summary.units.map((unit) => [unitName(config, unit.unit), quarters(unit.quarters), `${unit.tasksDone}/${unit.tasksTotal}`, `${unit.targetsMet}/${unit.targetsTotal}`]),
        ['left', 'left', 'right', 'right'],
      ),
    );
  }
  out.push(t(lang, 'Theo lĩnh vực', 'By domain'));
  out.push(
    formatTable(
      [t(lang, 'Lĩnh vực', 'Domain'), t(lang, 'Nhiệm vụ hoàn thành', 'Tasks done')],
      summary.domains.map((domain) => [domain.name, `${domain.done}/${domain.total}`]),
      ['left', 'right'],
    ),
  );
  return out.join('\n');
}

function unitSection(unit: UnitSummary, config: RepositoryConfig, lang: Lang): string {
  const lines = [`${unitName(config, unit.unit)}: ${t(lang, 'kế hoạch', 'plan')} ${unit.plan ?? '—'}; ${t(lang, 'báo cáo quý', 'quarters reported')} ${quarters(unit.quarters)}`];
  const rows: string[][] = [];
  for (const domain of unit.domains) {
    rows.push([`${domain.name} (${domain.done}/${domain.tasks.length})`, '', '', '']);
    for (const task of domain.tasks) {
      rows.push([`  ${task.id}`, task.due ? toRoman(task.due) : '', task.status ?? t(lang, 'chưa báo cáo', 'not reported'), task.quarter ? toRoman(task.quarter) : '']);
    }
  }
  lines.push(formatTable([t(lang, 'Lĩnh vực / nhiệm vụ', 'Domain / task'), t(lang, 'Hạn', 'Due'), t(lang, 'Tình trạng', 'Status'), t(lang, 'Quý', 'Quarter')], rows));
  if (unit.targets.length > 0) {
    lines.push(
      formatTable(
        [t(lang, 'Chỉ tiêu giao ước', 'Compact target'), t(lang, 'Mức giao', 'Target'), t(lang, 'Đạt được', 'Achieved'), t(lang, 'Tỷ lệ', 'Ratio'), t(lang, 'Kết quả', 'Result')],
        unit.targets.map((target) => [target.id, targetValue(target, target.target, lang), achievedValue(target, lang), target.ratio === undefined ? '' : `${formatPoints(target.ratio * 100)}%`, result(target, lang)]),
        ['left', 'right', 'right', 'right', 'left'],
      ),
    );
  }
  lines.push(t(lang, `Hoàn thành ${unit.tasksDone}/${unit.tasksTotal} nhiệm vụ; đạt ${unit.targetsMet}/${unit.targetsTotal} chỉ tiêu.`, `${unit.tasksDone}/${unit.tasksTotal} tasks done; ${unit.targetsMet}/${unit.targetsTotal} targets met.`), '');
  return lines.join('\n');
}

function quarters(list: number[]): string {
  return list.length ? list.map((quarter) => toRoman(quarter)).join(', ') : '—';
}

export function targetValue(target: TargetProgress, value: number | boolean | undefined, lang: Lang): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? t(lang, 'đạt', 'met') : t(lang, 'không đạt', 'not met');
  if (target.measure === 'phần trăm') return `${formatPoints(value)}%`;
  return `${formatPoints(value)}${target.unit ? ` ${target.unit}` : ''}`;
}

function achievedValue(target: TargetProgress, lang: Lang): string {
  const value = targetValue(target, target.achieved, lang);
  return target.quarter ? `${value} (${t(lang, 'quý', 'Q')} ${toRoman(target.quarter)})` : value;
}

export function result(target: TargetProgress, lang: Lang): string {
  if (target.met === undefined) return t(lang, 'chưa có số liệu', 'no figure yet');
  return target.met ? t(lang, 'đạt', 'met') : t(lang, 'chưa đạt', 'not met');
}

export function formatScoresText(scores: BlocScores, config: RepositoryConfig, blocName: string, tablePath: string, lang: Lang, revision?: string): string {
  const groups = scoringGroups(scores.table);
  const voice = scorerVoice(config, scores.table);
  const out = [
    t(lang, `Kết quả chấm điểm thi đua năm ${scores.year} — ${blocName}`, `Emulation scores ${scores.year} — ${blocName}`) + revisionNote(lang, revision),
    t(lang, `Bảng điểm: ${tablePath}, thang ${tableScale(scores.table)} điểm`, `Scoring table: ${tablePath}, scale ${tableScale(scores.table)}`),
    '',
  ];
  const headings = [t(lang, 'Hạng', 'Rank'), t(lang, 'Đơn vị', 'Unit'), ...groups.map((group) => group.id), t(lang, 'Điểm tiêu chí', 'Criteria'), t(lang, 'Thưởng', 'Bonus'), t(lang, 'Trừ', 'Penalty'), t(lang, 'Tổng', 'Total'), t(lang, 'Ghi chú', 'Note')];
  const rows = scores.ranking.map((member) => [
    String(member.rank),
    unitName(config, member.score.member),
    ...groups.map((group) => formatPoints(member.score.groups[group.id] ?? 0)),
    formatPoints(member.score.base),
    formatPoints(member.score.bonus),
    formatPoints(member.score.penalty),
    formatPoints(member.score.total),
    rankNote(member.tied, member.decidedBy && tieBreakPhrase(scores.table, member.decidedBy), lang, voice.votes),
  ]);
  out.push(formatTable(headings, rows, ['right', 'left', ...groups.map((): Align => 'right'), 'right', 'right', 'right', 'right', 'left']));
  if (scores.proposals.length > 0) {
    out.push(t(lang, 'Đề nghị khen thưởng', 'Award proposal'));
    for (const proposal of scores.proposals) {
      const names = proposal.members.map((member) => unitName(config, member.score.member)).join(', ') || '—';
      const contested = proposal.contested.length ? t(lang, `; bằng điểm với ${proposal.contested.map((member) => unitName(config, member.score.member)).join(', ')} — ${voice.votes.vi}`, `; tied with ${proposal.contested.map((member) => unitName(config, member.score.member)).join(', ')} — ${voice.votes.en}`) : '';
      out.push(`- ${proposal.award}: ${names}${contested}`);
    }
    out.push('');
  }
  if (scores.flags.length > 0) {
    out.push(t(lang, 'Cần xem lại', 'To review'));
    for (const flag of scores.flags) out.push(`- ${unitName(config, flag.member)}: ${flagText(flag, lang)}`);
    out.push('');
  }
  return out.join('\n');
}

/** Shows the working: which tie-break placed a member below an equal total, and ties left to the vote. */
function rankNote(tied: boolean, decidedBy: string | undefined, lang: Lang, votes: ScorerVoice['votes']): string {
  const notes = [
    decidedBy ? t(lang, `bằng tổng điểm đơn vị trên, xếp sau vì đơn vị trên có ${decidedBy}`, `equal total with the one above, placed below on: ${decidedBy}`) : '',
    tied ? t(lang, `bằng điểm, ${votes.vi}`, `tied, ${votes.en}`) : '',
  ];
  return notes.filter(Boolean).join('; ');
}

function flagText(flag: ScoreFlag, lang: Lang): string {
  switch (flag.kind) {
    case 'over-max':
      return t(lang, `điểm tiêu chí ${flag.criterion} vượt điểm tối đa, chỉ tính bằng điểm tối đa`, `criterion ${flag.criterion} is over its maximum and counts as the maximum`);
    case 'evidence-missing':
      return t(lang, `tiêu chí ${flag.criterion} thiếu minh chứng`, `criterion ${flag.criterion} lacks evidence`);
    case 'not-member':
      return t(lang, 'không phải thành viên của khối năm này, không xếp hạng', 'not a member of the bloc this year, not ranked');
    case 'missing-sheet':
      return t(lang, 'chưa có phiếu chấm điểm, không xếp hạng', 'no score sheet, not ranked');
  }
}
