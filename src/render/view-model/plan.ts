// A plan: I. purposes and requirements, II. tasks by domain, III. implementation, and the timeline table.
import type { PlanDocument, PlanTask } from '../../kinds/model.js';
import { toRoman } from '../vietnamese/index.js';
import { authoredParts } from './authored.js';
import { baseFields, closeBody, documentTitle, itemLines, paragraphs } from './common.js';
import type { Registry } from './registry.js';
import { singleSignature } from './signatures.js';
import type { PlanView, SectionView, SignatureState, SubsectionView, TableView } from './types.js';

export const PLAN_TYPE = 'KẾ HOẠCH';
export const TIMELINE_COLUMNS = ['Thời gian', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp'];

export function buildPlanView(doc: PlanDocument, registry: Registry, state?: SignatureState): PlanView {
  if (doc.body) {
    const parts = authoredParts({ ...doc, body: doc.body }, PLAN_TYPE, registry, state);
    return { kind: 'plan', ...parts, sections: [], signatures: singleSignature(doc, registry, state) };
  }
  const subject = doc.subject ?? `Công tác công đoàn năm ${doc.year}`;
  const aims: SubsectionView[] = [{ heading: { label: '1.', title: 'Mục đích' }, paragraphs: itemLines(doc.purposes) }];
  if (doc.requirements?.length) {
    aims.push({ heading: { label: '2.', title: 'Yêu cầu' }, paragraphs: itemLines(doc.requirements) });
  }
  const tasks: SubsectionView[] = (doc.domains ?? []).map((domain, index) => ({
    heading: { label: `${index + 1}.`, title: domain.name },
    paragraphs: itemLines(domain.tasks.map((task) => task.content)),
  }));
  const implementation: SectionView = {
    heading: { label: `${toRoman(3)}.`, title: 'TỔ CHỨC THỰC HIỆN' },
    table: timelineTable(doc, registry),
    paragraphs: paragraphs(doc.implementation),
    subsections: [],
  };
  const sections: SectionView[] = [
    { heading: { label: `${toRoman(1)}.`, title: 'MỤC ĐÍCH, YÊU CẦU' }, paragraphs: [], subsections: aims },
    { heading: { label: `${toRoman(2)}.`, title: 'NHIỆM VỤ TRỌNG TÂM' }, paragraphs: [], subsections: tasks },
    implementation,
  ];
  const closed = closeBody(implementation.paragraphs);
  return {
    kind: 'plan',
    documentTitle: documentTitle(PLAN_TYPE, subject),
    title: { docType: PLAN_TYPE, subject },
    ...baseFields(doc, registry, state),
    sections,
    signatures: singleSignature(doc, registry, state),
    trailingEndMark: !closed,
  };
}

function timelineTable(doc: PlanDocument, registry: Registry): TableView | undefined {
  const rows = timelineRows(doc, registry);
  if (!rows.length) return undefined;
  return { role: 'timeline', caption: `Tiến độ thực hiện các nhiệm vụ năm ${doc.year}`, columns: TIMELINE_COLUMNS, rows };
}

/** Tasks in time order (by quarter; tasks without one keep their place at the end). */
function timelineRows(doc: PlanDocument, registry: Registry): string[][] {
  const tasks = (doc.domains ?? []).flatMap((domain) => domain.tasks);
  const ordered = tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => (a.task.quarter ?? 5) - (b.task.quarter ?? 5) || a.index - b.index);
  return ordered.map(({ task }) => [
    taskTime(task),
    task.content.replace(/[\s.;]+$/u, ''),
    task.lead === undefined ? '' : registry.shortName(task.lead),
    (task.cooperating ?? []).map((id) => registry.shortName(id)).join(', '),
  ]);
}

function taskTime(task: PlanTask): string {
  if (task.time) return task.time;
  return task.quarter === undefined ? '' : `Quý ${toRoman(task.quarter)}`;
}
