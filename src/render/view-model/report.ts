// A quarterly report: I. results by domain, II. limitations and causes, III. focus tasks of the next quarter.
import type { Figure, FocusGroup, PlanDocument, ReportDocument, ResultSection, TaskResult } from '../../kinds/model.js';
import { endSentence, groupNumber, toRoman, upperVi, withUnit } from '../vietnamese/index.js';
import { documentPeriod } from '../../kinds/period.js';
import { planDomains, reportResults } from '../../kinds/plan-tasks.js';
import { authoredParts } from './authored.js';
import { baseFields, closeBody, documentTitle, itemLines, paragraphs } from './common.js';
import type { Registry } from './registry.js';
import { singleSignature } from './signatures.js';
import type { LineView, ReportView, SectionView, SignatureState, SubsectionView } from './types.js';

export const REPORT_TYPE = 'BÁO CÁO';

export interface QuarterPair {
  quarter: number;
  year: number;
  next: { quarter: number; year: number };
}

export function quarterPair(quarter: number, year: number): QuarterPair {
  const next = quarter >= 4 ? { quarter: 1, year: year + 1 } : { quarter: quarter + 1, year };
  return { quarter, year, next };
}

/** "Kết quả công tác quý I và nhiệm vụ trọng tâm quý II năm 2023" (the year twice when it turns). */
export function defaultReportSubject(quarter: number, year: number): string {
  const pair = quarterPair(quarter, year);
  const current = `quý ${toRoman(pair.quarter)}`;
  const next = `quý ${toRoman(pair.next.quarter)}`;
  if (pair.next.year === year) return `Kết quả công tác ${current} và nhiệm vụ trọng tâm ${next} năm ${year}`;
  return `Kết quả công tác ${current} năm ${year} và nhiệm vụ trọng tâm ${next} năm ${pair.next.year}`;
}

export function buildReportView(
  doc: ReportDocument,
  registry: Registry,
  plan: PlanDocument | undefined,
  state?: SignatureState,
): ReportView {
  if (doc.body) {
    const parts = authoredParts({ ...doc, body: doc.body }, REPORT_TYPE, registry, state);
    return { kind: 'report', ...parts, sections: [], signatures: singleSignature(doc, registry, state) };
  }
  const quarter = doc.quarter ?? documentPeriod(doc)?.quarter?.quarter ?? 4;
  const subject = doc.subject ?? defaultReportSubject(quarter, doc.year);
  const pair = quarterPair(quarter, doc.year);
  const nextYear = pair.next.year === doc.year ? '' : ` năm ${pair.next.year}`;
  const parts: Array<{ title: string; subsections: SubsectionView[] }> = [
    { title: `KẾT QUẢ CÔNG TÁC QUÝ ${toRoman(quarter)}`, subsections: resultSubsections(doc, plan) },
  ];
  const shortcomings = shortcomingSubsections(doc);
  if (shortcomings.length) parts.push({ title: 'HẠN CHẾ, NGUYÊN NHÂN', subsections: shortcomings });
  const sections: SectionView[] = parts.map((part, index) => ({
    heading: { label: `${toRoman(index + 1)}.`, title: part.title },
    paragraphs: [],
    subsections: part.subsections,
  }));
  sections.push({
    heading: { label: `${toRoman(sections.length + 1)}.`, title: upperVi(`Nhiệm vụ trọng tâm quý ${toRoman(pair.next.quarter)}${nextYear}`) },
    paragraphs: focusLines(doc.focus ?? []),
    subsections: [],
  });
  const closed = closeBody(sections[sections.length - 1]!.paragraphs);
  return {
    kind: 'report',
    documentTitle: documentTitle(REPORT_TYPE, subject),
    title: { docType: REPORT_TYPE, subject },
    ...baseFields(doc, registry, state),
    sections,
    signatures: singleSignature(doc, registry, state),
    trailingEndMark: !closed,
  };
}

/**
 * The next quarter's focus as real reports print it: ordinary numbered paragraphs in the author's words ("1. Tập
 * trung …;"), each group's items as "- …;" lines under it, a group that has items ending with ":", the last line
 * with "." (FORMAT.md's list punctuation). An ellipsis, "?" or "!" the author ended with is kept.
 */
function focusLines(groups: FocusGroup[]): LineView[] {
  const lines: LineView[] = [];
  groups.forEach((group, index) => {
    const items = (group.items ?? []).filter((item) => item.trim() !== '');
    const lastGroup = index === groups.length - 1;
    // A group written as several sentences is a paragraph of its own and ends like one.
    const sentences = /[.;!?]\s+\p{Lu}/u.test(group.text);
    lines.push({ text: `${index + 1}. ${endFocusLine(group.text, items.length > 0 ? ':' : lastGroup || sentences ? '.' : ';')}` });
    items.forEach((item, k) => {
      lines.push({ item: true, text: `- ${endFocusLine(item, lastGroup && k === items.length - 1 ? '.' : ';')}` });
    });
  });
  return lines;
}

function endFocusLine(text: string, mark: string): string {
  const body = text.trim();
  if (/(\.\.\.|…|[?!])$/u.test(body)) return body;
  return `${body.replace(/[\s.;:,]+$/u, '')}${mark}`;
}

function resultSubsections(doc: ReportDocument, plan: PlanDocument | undefined): SubsectionView[] {
  return reportResults(doc).map((section, index) => ({
    heading: { label: `${index + 1}.`, title: sectionName(section, plan, index) },
    paragraphs: [...paragraphs(section.text), ...taskLines(section.tasks, plan), ...figureLines(section.figures, '- ')],
  }));
}

function sectionName(section: ResultSection, plan: PlanDocument | undefined, index: number): string {
  if (section.name) return section.name;
  const domain = (plan ? planDomains(plan) : []).find((entry) => entry.id === section.domain);
  return domain?.name ?? section.domain ?? `Nội dung ${index + 1}`;
}

/** "- <task>: hoàn thành (note)", then its figures as "+" lines. */
function taskLines(tasks: TaskResult[] | undefined, plan: PlanDocument | undefined): LineView[] {
  const planTasks = new Map((plan ? planDomains(plan) : []).flatMap((domain) => domain.tasks).map((task) => [task.id, task]));
  return (tasks ?? []).flatMap((result) => {
    const content = (planTasks.get(result.task)?.content ?? result.task).replace(/[\s.;:]+$/u, '');
    const note = result.note ? ` (${result.note.replace(/[\s.;]+$/u, '')})` : '';
    return [{ item: true, text: `- ${content}: ${result.status}${note}.` }, ...figureLines(result.figures, '+ ')];
  });
}

function figureLines(figures: Figure[] | undefined, prefix: string): LineView[] {
  const items = figures ?? [];
  return items.map((figure, index) => {
    const text = `${figure.label}: ${withUnit(groupNumber(figure.value), figure.unit)}`;
    return { item: true, text: prefix + endSentence(text, index === items.length - 1) };
  });
}

function shortcomingSubsections(doc: ReportDocument): SubsectionView[] {
  const parts = [
    { title: 'Hạn chế', lines: doc.limitations },
    { title: 'Nguyên nhân', lines: doc.causes },
  ].filter((part) => part.lines?.length);
  return parts.map((part, index) => ({
    heading: { label: `${index + 1}.`, title: part.title },
    paragraphs: itemLines(part.lines),
  }));
}
