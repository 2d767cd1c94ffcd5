// A member's score sheet: one ruled table of every criterion of the bloc's scoring table with the member's own
// points and the leader's checked points, then bonus, penalty and the totals — all computed by src/yearend, so
// the printed sheet and `giaouoc score` can never disagree.
import { UserError } from '../../errors.js';
import type { ScoreSheetDocument, ScoringTableDocument } from '../../kinds/model.js';
import { formatPoints, sumPoints } from '../../yearend/points.js';
import { scoreSheet, type MemberScore } from '../../yearend/scoring.js';
import { toRoman } from '../vietnamese/index.js';
import { baseFields, closeBody, documentTitle, itemLines } from './common.js';
import type { Registry } from './registry.js';
import { bareText as bare } from '../../yearend/ranking.js';
import { singleSignature } from './signatures.js';
import type { LineView, ScoreSheetView, SignatureState, TableView } from './types.js';
import { bonusRules as tableBonuses, penaltyRules as tablePenalties, scoringGroups, tableScale } from '../../kinds/scoring-criteria.js';
import { ruleWords } from './scoring-rule-text.js';
import { checkingBodyOf } from '../../domain/bloc-words.js';

/** The sheet's columns; the fifth names who checks: "Điểm Khối kiểm tra", "Điểm Cụm kiểm tra", "Điểm Ban Thường vụ kiểm tra". */
export function scoreColumns(checking: string): string[] {
  return ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', `Điểm ${checking} kiểm tra`, 'Tài liệu kiểm chứng'];
}

export function scoreSheetType(year: number): string {
  return `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`;
}

export function buildScoreSheetView(
  doc: ScoreSheetDocument,
  table: ScoringTableDocument | undefined,
  registry: Registry,
  state?: SignatureState,
): ScoreSheetView {
  if (!table) throw missingTable(doc, registry);
  const blocName = registry.fullName(doc.bloc);
  const docType = scoreSheetType(doc.year);
  const subject = doc.subject ?? `Theo Bảng điểm thi đua của ${blocName}`;
  const own = scoreSheet(table, withoutChecks(doc));
  // Until the leader has checked something the column stays blank, to be filled in by hand on paper.
  const checked = hasChecks(doc) ? scoreSheet(table, doc) : undefined;
  const checking = checkingBodyOf(table, registry.bloc(table.issuer));
  const closing = [...noteLines(doc, table), ...totalLines(own, checked, checking)];
  const closed = closeBody(closing);
  return {
    kind: 'score-sheet',
    documentTitle: documentTitle(docType, subject),
    title: { docType, subject },
    ...baseFields(doc, registry, state),
    intro: [
      {
        text: `Căn cứ Bảng điểm thi đua năm ${doc.year} của ${blocName}, ${registry.fullName(doc.issuer)} tự chấm điểm thi đua năm ${doc.year} như sau:`,
      },
    ],
    table: scoresTable(doc, table, own, checked, checking),
    closing,
    signatures: singleSignature(doc, registry, state),
    trailingEndMark: !closed,
  };
}

/** The sheet as the member wrote it: the leader's checked points and counts left out. */
export function withoutChecks(doc: ScoreSheetDocument): ScoreSheetDocument {
  return {
    ...doc,
    scores: doc.scores.map(({ checked: _checked, ...score }) => score),
    bonuses: doc.bonuses?.map(({ checked: _checked, ...claim }) => claim),
    penalties: doc.penalties?.map(({ checked: _checked, ...claim }) => claim),
  };
}

function hasChecks(doc: ScoreSheetDocument): boolean {
  return [...doc.scores, ...(doc.bonuses ?? []), ...(doc.penalties ?? [])].some((entry) => entry.checked !== undefined);
}

class Rows {
  readonly rows: string[][] = [];
  readonly classes: (string | undefined)[] = [];

  add(cells: string[], rowClass?: string): void {
    this.rows.push(cells);
    this.classes.push(rowClass);
  }
}

function scoresTable(doc: ScoreSheetDocument, table: ScoringTableDocument, own: MemberScore, checked: MemberScore | undefined, checking: string): TableView {
  const claims = new Map(doc.scores.map((score) => [score.criterion, score]));
  const points = (score: MemberScore | undefined, pick: (score: MemberScore) => number) => (score ? formatPoints(pick(score)) : '');
  const out = new Rows();
  let group = 0;
  const heading = (name: string, max: string, pick: (score: MemberScore) => number) => {
    group += 1;
    out.add([toRoman(group), name, max, points(own, pick), points(checked, pick), ''], 'group');
  };

  for (const criteriaGroup of scoringGroups(table)) {
    heading(criteriaGroup.name, formatPoints(sumPoints(criteriaGroup.criteria.map((criterion) => criterion.max))), (score) => score.groups[criteriaGroup.id] ?? 0);
    criteriaGroup.criteria.forEach((criterion, index) => {
      const counted = (score: MemberScore) => score.criteria.find((entry) => entry.id === criterion.id)?.counted ?? 0;
      const evidence = (claims.get(criterion.id)?.evidence ?? []).map((item) => bare(item.text)).join('; ');
      out.add([String(index + 1), bare(criterion.text), formatPoints(criterion.max), points(own, counted), points(checked, counted), evidence]);
    });
  }

  const bonusRules = tableBonuses(table);
  const penaltyRules = tablePenalties(table);
  if (bonusRules.length) {
    const most = table.bonusCap ?? sumPoints(bonusRules.map((rule) => rule.max));
    heading('Điểm thưởng', formatPoints(most), (score) => score.bonus);
    (doc.bonuses ?? []).forEach((claim, index) => {
      const rule = bonusRules.find((entry) => entry.id === claim.rule);
      const counted = (score: MemberScore) => score.bonuses[index]?.counted ?? 0;
      const evidence = (claim.evidence ?? []).map((item) => bare(item.text)).join('; ');
      out.add([String(index + 1), bare(rule ? ruleWords(rule) : claim.rule), rule ? formatPoints(rule.max) : '', points(own, counted), points(checked, counted), evidence]);
    });
  }

  if (penaltyRules.length) {
    heading('Điểm trừ', '', (score) => score.penalty);
    (doc.penalties ?? []).forEach((claim, index) => {
      const rule = penaltyRules.find((entry) => entry.id === claim.rule);
      const times = claim.checked !== undefined && claim.checked !== (claim.count ?? 1) ? `${claim.count ?? 1} lần, ${checking} xác định ${claim.checked} lần` : `${claim.count ?? 1} lần`;
      const counted = (score: MemberScore) => score.penalties[index]?.counted ?? 0;
      const perTime = rule ? `${formatPoints(rule.points)}/lần` : '';
      out.add([String(index + 1), `${bare(rule ? ruleWords(rule) : claim.rule)} (${times})`, perTime, points(own, counted), points(checked, counted), '']);
    });
  }

  out.add(['', 'Tổng điểm', formatPoints(tableScale(table)), points(own, (score) => score.total), points(checked, (score) => score.total), ''], 'total');
  return {
    role: 'scores',
    caption: `Thang điểm ${formatPoints(tableScale(table))} điểm; tổng điểm bằng điểm các tiêu chí cộng điểm thưởng, trừ điểm trừ`,
    columns: scoreColumns(checking),
    rows: out.rows,
    rowClasses: out.classes,
  };
}

/** The member's and the leader's remarks on single scores, as "- …;" lines under a heading line. */
function noteLines(doc: ScoreSheetDocument, table: ScoringTableDocument): LineView[] {
  const criteria = new Map(scoringGroups(table).flatMap((group) => group.criteria).map((criterion) => [criterion.id, criterion.text]));
  const bonuses = new Map(tableBonuses(table).map((rule) => [rule.id, ruleWords(rule)]));
  const penalties = new Map(tablePenalties(table).map((rule) => [rule.id, ruleWords(rule)]));
  const notes = [
    ...doc.scores.map((score) => ({ about: criteria.get(score.criterion) ?? score.criterion, note: score.note })),
    ...(doc.bonuses ?? []).map((claim) => ({ about: bonuses.get(claim.rule) ?? claim.rule, note: claim.note })),
    ...(doc.penalties ?? []).map((claim) => ({ about: penalties.get(claim.rule) ?? claim.rule, note: claim.note })),
  ].filter((entry): entry is { about: string; note: string } => entry.note !== undefined);
  if (notes.length === 0) return [];
  return [{ text: 'Ghi chú:' }, ...itemLines(notes.map((entry) => `${bare(entry.about)}: ${bare(entry.note)}`))];
}

function totalLines(own: MemberScore, checked: MemberScore | undefined, checking: string): LineView[] {
  const parts = (score: MemberScore) =>
    `${formatPoints(score.total)} điểm (điểm các tiêu chí ${formatPoints(score.base)}, điểm thưởng ${formatPoints(score.bonus)}, điểm trừ ${formatPoints(score.penalty)})`;
  const lines: LineView[] = [{ text: `Tổng điểm tự chấm: ${parts(own)}.` }];
  if (checked) lines.push({ text: `Tổng điểm sau khi ${checking} kiểm tra: ${parts(checked)}.` });
  return lines;
}

function missingTable(doc: ScoreSheetDocument, registry: Registry): UserError {
  const bloc = registry.fullName(doc.bloc);
  return new UserError({
    vi: `không in được phiếu chấm điểm của ${registry.fullName(doc.issuer)}: kho chưa có bảng điểm năm ${doc.year} của ${bloc}; hãy tạo bảng điểm (giaouoc new bang-diem --bloc ${doc.bloc} --year ${doc.year})`,
    en: `cannot print the score sheet of ${registry.fullName(doc.issuer)}: the repository has no ${doc.year} scoring table of ${bloc}; create it (giaouoc new scoring-table --bloc ${doc.bloc} --year ${doc.year})`,
  });
}
