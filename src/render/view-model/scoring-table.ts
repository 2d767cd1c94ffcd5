// A bloc's scoring table: I. the criteria in a ruled table (groups in bold with their subtotal, the scale as
// the total), then the bonus and penalty rules, how ties are broken and the awards the bloc proposes.
import type { ScoringTableDocument } from '../../kinds/model.js';
import { bareText, tieBreakPhrase } from '../../yearend/ranking.js';
import { formatPoints, sumPoints } from '../../yearend/points.js';
import { endSentence, toRoman } from '../vietnamese/index.js';
import { authoredParts } from './authored.js';
import { bonusRules, penaltyRules, tableScale, tieBreakOrder } from '../../kinds/scoring-criteria.js';
import { baseFields, closeBody, documentTitle, itemLines, printedType } from './common.js';
import type { Registry } from './registry.js';
import { singleSignature } from './signatures.js';
import { blocWords, checkerOf } from '../../domain/bloc-words.js';
import type { LineView, ScoringTableView, SectionView, SignatureState, TableView } from './types.js';

export const SCORING_TABLE_TYPE = 'BẢNG ĐIỂM THI ĐUA';
export const CRITERIA_COLUMNS = ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Tài liệu kiểm chứng'];

export function buildScoringTableView(doc: ScoringTableDocument, registry: Registry, state?: SignatureState): ScoringTableView {
  // The type line already says "bảng điểm thi đua"; the subject names whose and which year.
  const subject = doc.subject ?? `${registry.fullName(doc.issuer)} năm ${doc.year}`;
  const docType = printedType(doc, SCORING_TABLE_TYPE);
  if (doc.body) {
    const parts = authoredParts({ ...doc, subject, body: doc.body }, docType, registry, state);
    return { kind: 'scoring-table', ...parts, sections: [], signatures: singleSignature(doc, registry, state) };
  }
  const parts: Array<{ title: string; paragraphs: LineView[]; table?: TableView }> = [
    { title: 'TIÊU CHÍ CHẤM ĐIỂM', paragraphs: [], table: criteriaTable(doc) },
  ];
  if (bonusRules(doc).length) parts.push({ title: 'ĐIỂM THƯỞNG', paragraphs: bonusLines(doc) });
  if (penaltyRules(doc).length) parts.push({ title: 'ĐIỂM TRỪ', paragraphs: penaltyLines(doc) });
  parts.push({ title: 'XẾP HẠNG VÀ ĐỀ NGHỊ KHEN THƯỞNG', paragraphs: rankingLines(doc, registry) });
  const sections: SectionView[] = parts.map((part, index) => ({
    heading: { label: `${toRoman(index + 1)}.`, title: part.title },
    table: part.table,
    paragraphs: part.paragraphs,
    subsections: [],
  }));
  const closed = closeBody(sections[sections.length - 1]?.paragraphs);
  return {
    kind: 'scoring-table',
    documentTitle: documentTitle(docType, subject),
    title: { docType, subject },
    ...baseFields(doc, registry, state),
    sections,
    signatures: singleSignature(doc, registry, state),
    trailingEndMark: !closed,
  };
}

function criteriaTable(doc: ScoringTableDocument): TableView {
  const rows: string[][] = [];
  const rowClasses: (string | undefined)[] = [];
  (doc.groups ?? []).forEach((group, index) => {
    const subtotal = sumPoints(group.criteria.map((criterion) => criterion.max));
    rows.push([toRoman(index + 1), group.name, formatPoints(subtotal), '']);
    rowClasses.push('group');
    group.criteria.forEach((criterion, at) => {
      rows.push([String(at + 1), bareText(criterion.text), formatPoints(criterion.max), (criterion.evidence ?? []).map(bareText).join('; ')]);
      rowClasses.push(undefined);
    });
  });
  const scale = tableScale(doc);
  rows.push(['', 'Tổng cộng', formatPoints(scale), '']);
  rowClasses.push('total');
  return { role: 'criteria', caption: `Thang điểm ${formatPoints(scale)} điểm`, columns: CRITERIA_COLUMNS, rows, rowClasses };
}

function bonusLines(doc: ScoringTableDocument): LineView[] {
  const cap = doc.bonusCap === undefined ? '' : `; tổng điểm thưởng không quá ${formatPoints(doc.bonusCap)} điểm`;
  return [
    { text: `Đơn vị được cộng điểm thưởng trong các trường hợp sau${cap}:` },
    ...itemLines(bonusRules(doc).map((rule) => `${bareText(rule.text)}: tối đa ${formatPoints(rule.max)} điểm`)),
  ];
}

function penaltyLines(doc: ScoringTableDocument): LineView[] {
  return [
    { text: 'Đơn vị bị trừ điểm trong các trường hợp sau:' },
    ...itemLines(
      penaltyRules(doc).map((rule) => {
        const most = rule.max === undefined ? '' : `, tối đa ${formatPoints(rule.max)} điểm`;
        return `${bareText(rule.text)}: trừ ${formatPoints(rule.points)} điểm mỗi lần${most}`;
      }),
    ),
  ];
}

function rankingLines(doc: ScoringTableDocument, registry: Registry): LineView[] {
  const lines: LineView[] = [
    {
      text: `Tổng điểm của mỗi đơn vị bằng điểm các tiêu chí (mỗi tiêu chí không quá điểm tối đa của tiêu chí), cộng điểm thưởng, trừ điểm trừ; điểm do ${checkerOf(doc, registry.bloc(doc.issuer))} kiểm tra thay cho điểm đơn vị tự chấm.`,
    },
  ];
  const tieBreaks = tieBreakOrder(doc).map((key) => tieBreakPhrase(doc, key));
  if (tieBreaks.length > 0) lines.push({ text: endSentence(`Khi các đơn vị bằng tổng điểm, xếp trên là đơn vị lần lượt có: ${tieBreaks.join(', ')}`, true) });
  const awards = doc.awards ?? [];
  if (awards.length > 0) {
    const bloc = registry.bloc(doc.issuer);
    const upper = bloc?.upper;
    const to = upper === undefined ? 'công đoàn cấp trên' : registry.fullName(upper);
    lines.push({ text: `Căn cứ kết quả xếp hạng, ${blocWords(bloc).word} đề nghị ${to} khen thưởng các đơn vị xếp đầu theo thứ tự:` });
    lines.push(...itemLines(awards.map((quota) => `${bareText(quota.award)}: ${String(quota.count).padStart(2, '0')} đơn vị`)));
  }
  return lines;
}

