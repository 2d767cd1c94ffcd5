// What the year-end templates read: header, title, tables and signer already worded, like the view model of
// the other kinds. The documents are drafts for staff to complete, so they carry the draft mark and blanks.

import { registryOf } from '../domain/registry.js';
import { issuerCodesOf, numberLineLeftBlank } from '../numbers/codes.js';
import { symbolOf } from '../numbers/number.js';
import { scorerVoice } from './voice.js';
import { blocWords } from '../domain/bloc-words.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { tieBreakPhrase } from './ranking.js';
import { NATIONAL_TITLE, MOTTO, DRAFT_MARK, DEFAULT_AUTHORITY } from '../render/view-model/common.js';
import type { HeaderView, LineView, SignerView, TableView, TitleView, TraceView } from '../render/view-model/types.js';
import { toRoman, upperVi, withUnit } from '../render/vietnamese/index.js';
import { placeholder } from '../validate/text/placeholder.js';
import type { BlocScores } from './bloc-scores.js';
import { formatPoints } from './points.js';
import type { TargetProgress, YearSummary } from './summary.js';
import { scoringGroups, tableScale, tieBreakOrder } from '../kinds/scoring-criteria.js';

export interface YearEndView {
  documentTitle: string;
  header: HeaderView;
  title: TitleView;
  to: string[];
  bases: LineView[];
  intro: LineView[];
  tables: TableView[];
  closing: LineView[];
  recipients: LineView[];
  signatures: { cells: SignerView[] };
  draftMark: string;
  trace: TraceView;
  trailingEndMark: boolean;
  /** Line breaks and rule lengths for the layout profile (render/view-model/layout.ts). */
  layout?: import('../render/view-model/layout.js').DocumentLayout;
}

interface Issuing {
  /** Unit or bloc id printed as the issuer. */
  issuer: string;
  /** The unit whose chair signs. */
  signer: string;
  /** Signing for a bloc, as its leader. */
  asLeader: boolean;
}

function nameOf(config: RepositoryConfig, id: string): { name: string; short: string; upper?: string } {
  const unit = config.units.find((entry) => entry.id === id);
  if (unit) return { name: unit.name, short: unit.short ?? unit.name, upper: unit.upper };
  const bloc = config.blocs?.find((entry) => entry.id === id);
  return { name: bloc?.name ?? id, short: bloc?.name ?? id, upper: bloc?.upper };
}

/**
 * A number line left for the clerk to fill in at issue: "Số:        /TTr-CĐBKHĐT", with the issuer's code at the
 * year's end (a bloc's own, or its Khối trưởng's: numbers/codes.ts); the type code alone when there is none.
 */
function numberLine(config: RepositoryConfig, issuer: string, year: number, typeCode: string): string {
  const [code] = issuerCodesOf(config, issuer, `${year}-12-31`, year);
  return numberLineLeftBlank(code ? symbolOf(typeCode, code) : typeCode);
}

/** A year-end document speaks for the registry as it stands at the year's end (src/domain/registry.ts). */
function header(config: RepositoryConfig, issuer: string, year: number, typeCode?: string, place = config.place): HeaderView {
  const registry = registryOf(config);
  const end = `${year}-12-31`;
  const upper = registry.upperOf(issuer, end);
  return {
    upper: upper ? upperVi(registry.fullName(upper, end)) : undefined,
    issuer: upperVi(registry.fullName(issuer, end)),
    written: { upper: upper ? registry.fullName(upper, end) : undefined, issuer: registry.fullName(issuer, end) },
    number: typeCode ? numberLine(config, issuer, year, typeCode) : undefined,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    // A draft: the day and month are filled in when it is signed.
    dateLine: `${place}, ngày … tháng … năm ${year}`,
  };
}

function signer(config: RepositoryConfig, issuing: Issuing, year: number): SignerView {
  const registry = registryOf(config);
  const unit = registry.unitAt(issuing.signer, `${year}-12-31`);
  const person = registry.signatoryAt(issuing.signer, `${year}-12-31`);
  return {
    unitId: issuing.signer,
    authority: issuing.asLeader ? upperVi(blocWords(registry.bloc(issuing.issuer)).leader) : upperVi(person?.authority ?? DEFAULT_AUTHORITY),
    unitName: issuing.asLeader && unit ? upperVi(unit.name) : undefined,
    unitWritten: issuing.asLeader && unit ? unit.name : undefined,
    title: upperVi(person?.title ?? 'Chủ tịch'),
    name: person?.name ?? '',
    signed: false,
  };
}

/** Every year-end document names what it was computed from, so anyone can recompute it with --at. */
function trace(revision: { commit?: string; short?: string }): TraceView {
  if (!revision.commit) return { line: 'Số liệu tính từ bản làm việc chưa lưu vào git' };
  return { commit: revision.commit, line: `Số liệu tính từ phiên bản ${revision.short ?? revision.commit}` };
}

const lines = (texts: string[]): LineView[] => texts.map((text) => ({ text }));

/** "- <upper union> (để b/c);": the issuer's own upper union, as the registry names it. */
function reportTo(config: RepositoryConfig, issuer: string, year: number): string {
  const registry = registryOf(config);
  const end = `${year}-12-31`;
  const upper = registry.upperOf(issuer, end);
  return `- ${upper ? registry.fullName(upper, end) : 'Công đoàn cấp trên'} (để b/c);`;
}

export function summaryView(summary: YearSummary, config: RepositoryConfig, issuing: Issuing, scopeName: string, revision: { commit?: string; short?: string }): YearEndView {
  const tables: TableView[] = [];
  // A union with no plan tasks that year gets no empty table, only a mention in the introduction.
  const withoutTasks: string[] = [];
  for (const unit of summary.units) {
    const short = nameOf(config, unit.unit).short;
    if (unit.tasksTotal === 0 && unit.targets.length === 0) {
      withoutTasks.push(short);
      continue;
    }
    if (unit.tasksTotal > 0) tables.push({
      role: 'year-tasks',
      caption: `Kết quả thực hiện nhiệm vụ năm ${summary.year} — ${short} (hoàn thành ${unit.tasksDone}/${unit.tasksTotal})`,
      columns: ['Lĩnh vực', 'Nhiệm vụ', 'Hạn', 'Tình trạng', 'Quý báo cáo'],
      rows: unit.domains.flatMap((domain) =>
        domain.tasks.map((task) => [domain.name, task.content, task.due ? `Quý ${toRoman(task.due)}` : '', task.status ?? 'Chưa báo cáo', task.quarter ? toRoman(task.quarter) : '']),
      ),
    });
    if (unit.targets.length > 0) {
      tables.push({
        role: 'year-targets',
        caption: `Kết quả thực hiện chỉ tiêu giao ước — ${short} (đạt ${unit.targetsMet}/${unit.targetsTotal})`,
        columns: ['Chỉ tiêu', 'Mức giao', 'Đạt được', 'Tỷ lệ', 'Đánh giá'],
        rows: unit.targets.map((target) => [target.text, value(target, target.target), value(target, target.achieved), target.ratio === undefined ? '' : `${formatPoints(target.ratio * 100)}%`, verdict(target)]),
      });
    }
  }
  const subject = `Tổng kết công tác công đoàn năm ${summary.year}`;
  return {
    documentTitle: `BÁO CÁO ${subject}`,
    header: header(config, issuing.issuer, summary.year, 'BC'),
    title: { docType: 'BÁO CÁO', subject },
    to: [],
    bases: [],
    intro: lines([
      `Căn cứ kế hoạch công tác và các báo cáo quý năm ${summary.year}, ${scopeName} báo cáo kết quả thực hiện nhiệm vụ và chỉ tiêu giao ước năm ${summary.year} như sau:`,
      ...(withoutTasks.length > 0 ? [`Chưa có kế hoạch công tác năm ${summary.year} trong kho văn bản: ${withoutTasks.join(', ')}.`] : []),
    ]),
    tables,
    closing: lines([placeholder('Đánh giá chung: ưu điểm, hạn chế, nguyên nhân'), placeholder(`Phương hướng, nhiệm vụ năm ${summary.year + 1}`)]),
    recipients: lines([reportTo(config, issuing.issuer, summary.year), '- Lưu: VT.']),
    signatures: { cells: [signer(config, issuing, summary.year)] },
    draftMark: DRAFT_MARK,
    trace: trace(revision),
    trailingEndMark: true,
  };
}

function value(target: TargetProgress, given: number | boolean | undefined): string {
  if (given === undefined) return '—';
  if (typeof given === 'boolean') return given ? 'Đạt' : 'Không đạt';
  return withUnit(formatPoints(given), target.measure === 'phần trăm' ? '%' : target.unit);
}

function verdict(target: TargetProgress): string {
  if (target.met === undefined) return 'Chưa có số liệu';
  return target.met ? 'Đạt' : 'Chưa đạt';
}

export function rankingView(scores: BlocScores, config: RepositoryConfig, leader: string, revision: { commit?: string; short?: string }): YearEndView {
  const groups = scoringGroups(scores.table);
  const voice = scorerVoice(config, scores.table);
  const subject = `Kết quả chấm điểm thi đua năm ${scores.year}`;
  return {
    documentTitle: `BẢNG TỔNG HỢP ${subject}`,
    header: header(config, scores.bloc, scores.year, undefined, scores.table.place),
    title: { docType: 'BẢNG TỔNG HỢP', subject },
    to: [],
    bases: [],
    intro: lines([`Thang điểm ${tableScale(scores.table)} điểm; điểm thưởng cộng, điểm trừ trừ vào tổng; bằng tổng điểm thì xếp trên là đơn vị lần lượt có: ${tieBreakOrder(scores.table).map((key) => tieBreakPhrase(scores.table, key)).join(', ') || voice.votes.vi}.`]),
    tables: [
      {
        role: 'ranking',
        caption: `Xếp hạng thi đua năm ${scores.year} — ${nameOf(config, scores.bloc).name}`,
        columns: ['Hạng', 'Đơn vị', ...groups.map((group) => `${group.name} (${formatPoints(group.criteria.reduce((sum, criterion) => sum + criterion.max, 0))})`), 'Cộng', 'Thưởng', 'Trừ', 'Tổng điểm'],
        rows: scores.ranking.map((member) => [
          member.tied ? `${member.rank}*` : String(member.rank),
          nameOf(config, member.score.member).short,
          ...groups.map((group) => formatPoints(member.score.groups[group.id] ?? 0)),
          formatPoints(member.score.base),
          formatPoints(member.score.bonus),
          formatPoints(member.score.penalty),
          formatPoints(member.score.total),
        ]),
      },
    ],
    closing: lines([
      ...(scores.ranking.some((member) => member.tied) ? [`(*) Bằng điểm sau khi xét các tiêu chí phụ; ${voice.votes.vi}, suy tôn.`] : []),
      voice.asLeader
        ? `Bảng tổng hợp gồm ${scores.ranking.length} đơn vị thành viên của ${nameOf(config, scores.bloc).name}.`
        : `Bảng tổng hợp gồm ${scores.ranking.length} công đoàn trực thuộc ${nameOf(config, scores.bloc).name}.`,
    ]),
    recipients: lines([reportTo(config, scores.bloc, scores.year), `- ${voice.members};`, `- ${voice.archive}.`]),
    signatures: { cells: [signer(config, { issuer: scores.bloc, signer: leader, asLeader: voice.asLeader }, scores.year)] },
    draftMark: DRAFT_MARK,
    trace: trace(revision),
    trailingEndMark: true,
  };
}

/** `hasCompact`: the bloc signed a compact that year, so the proposal may cite it. */
export function awardProposalView(scores: BlocScores, config: RepositoryConfig, leader: string, revision: { commit?: string; short?: string }, hasCompact = true): YearEndView {
  const bloc = nameOf(config, scores.bloc);
  const voice = scorerVoice(config, scores.table);
  const upper = bloc.upper ? nameOf(config, bloc.upper).name : 'công đoàn cấp trên';
  const subject = `Về việc đề nghị khen thưởng thành tích thi đua năm ${scores.year}`;
  const rows = scores.proposals.flatMap((proposal) =>
    proposal.members.map((member) => [proposal.award, nameOf(config, member.score.member).name, String(member.rank), formatPoints(member.score.total)]),
  );
  const contested = scores.proposals.flatMap((proposal) => proposal.contested.map((member) => `${nameOf(config, member.score.member).name} bằng điểm với đơn vị được đề nghị ${proposal.award}; ${voice.votes.vi}, suy tôn trước khi trình.`));
  return {
    documentTitle: `TỜ TRÌNH ${subject}`,
    header: header(config, scores.bloc, scores.year, 'TTr', scores.table.place),
    title: { docType: 'TỜ TRÌNH', subject },
    to: [`Kính gửi: Ban Thường vụ ${upper}`],
    bases: lines([`Căn cứ ${hasCompact ? `Giao ước thi đua năm ${scores.year} và ` : ''}Bảng điểm thi đua của ${bloc.name};`, `Căn cứ kết quả chấm điểm, xếp hạng thi đua năm ${scores.year} của ${voice.members.toLowerCase()}.`]),
    intro: lines([`${bloc.name} kính đề nghị Ban Thường vụ ${upper} xem xét, khen thưởng các đơn vị có thành tích xuất sắc trong phong trào thi đua năm ${scores.year} như sau:`]),
    tables: [{ role: 'award-proposal', caption: 'Danh sách đề nghị khen thưởng', columns: ['Hình thức', 'Đơn vị', 'Hạng', 'Tổng điểm'], rows }],
    closing: lines([...contested, `${bloc.name} kính trình Ban Thường vụ ${upper} xem xét, quyết định.`]),
    recipients: lines(['- Như trên;', `- ${voice.members};`, `- ${voice.archive}.`]),
    signatures: { cells: [signer(config, { issuer: scores.bloc, signer: leader, asLeader: voice.asLeader }, scores.year)] },
    draftMark: DRAFT_MARK,
    trace: trace(revision),
    trailingEndMark: true,
  };
}
