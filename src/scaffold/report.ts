// A new quarterly report: the plan's tasks due by the quarter with their status to fill in, and the tasks due
// next quarter as focus groups.

import type { PlanDocument, PlanTask } from '../kinds/model.js';
import { documentPeriod, overlaps, quarterPeriod, taskDuePeriod, yearPeriod, type Period } from '../kinds/period.js';
import { planDomains } from '../kinds/plan-tasks.js';
import { quarterRoman } from '../render/vietnamese/roman.js';
import { placeholder } from '../validate/text/placeholder.js';
import {
  commentOpening, header, numberAndSignerHints, opening, recipients, shortened,
  type Scaffold, type ScaffoldBase,
} from './document-parts.js';
import { issuerName, upperOf } from './issuer.js';
import { ScaffoldYaml } from './yaml-text.js';

export const STATUS_CHOICES = 'hoàn thành | đang thực hiện | chưa thực hiện | chuyển kỳ sau';
const UNREPORTED = 'chưa thực hiện';

export interface PlanSource {
  value: PlanDocument;
  /** Path from the repository root, as the report's `plan` names it. */
  relative: string;
}

export interface ReportScaffoldInput extends ScaffoldBase {
  quarter: number;
  plan?: PlanSource;
}

/**
 * Tasks to report on in a period: those due by its end (a quarter, a month, any period, of whatever year), and
 * those with no due period of their own while the plan's period overlaps the report's (ongoing work).
 */
export function tasksDueBy(task: PlanTask, report: Period, plan: Period): boolean {
  if (task.due === undefined && task.quarter === undefined) return overlaps(plan, report);
  const due = taskDuePeriod(task, plan);
  return due !== undefined && due.start <= report.end;
}

/** Tasks whose own due period falls in the next period: the focus of the report. */
function dueIn(task: PlanTask, next: Period, plan: Period): boolean {
  if (task.due === undefined && task.quarter === undefined) return false;
  const due = taskDuePeriod(task, plan);
  return due !== undefined && overlaps(due, next);
}

export function reportSubject(year: number, quarter: number): string {
  if (quarter === 4) return `Kết quả công tác quý IV năm ${year} và nhiệm vụ trọng tâm quý I năm ${year + 1}`;
  return `Kết quả công tác quý ${quarterRoman(quarter)} và nhiệm vụ trọng tâm quý ${quarterRoman(quarter + 1)} năm ${year}`;
}

export function scaffoldReport(input: ReportScaffoldInput): Scaffold {
  const { config, issuer, year, quarter, plan } = input;
  const upper = upperOf(config, issuer);
  const reportPeriod = quarterPeriod(year, quarter);
  const next = quarter === 4 ? quarterPeriod(year + 1, 1) : quarterPeriod(year, quarter + 1);
  const planPeriod = plan ? documentPeriod(plan.value) ?? yearPeriod(year) : yearPeriod(year);
  const sections = plan ? resultSections(plan.value, reportPeriod, planPeriod) : [];
  const focus = plan ? focusGroups(plan.value, next, planPeriod) : [];
  const nextQuarter = quarter === 4 ? `quý I năm ${year + 1}` : `quý ${quarterRoman(quarter + 1)}`;
  const value: Record<string, unknown> = {
    ...opening(input),
    quarter,
    subject: reportSubject(year, quarter),
    ...(plan ? { plan: plan.relative } : {}),
    ...(upper ? { to: [upper.name] } : {}),
    results:
      sections.length > 0
        ? sections.map((section) => section.value)
        : [{ name: placeholder('Tên lĩnh vực công tác'), text: [placeholder(`Kết quả công tác quý ${quarterRoman(quarter)}`)] }],
    limitations: [placeholder('Hạn chế')],
    causes: [placeholder('Nguyên nhân của hạn chế')],
    focus: focus.length > 0 ? focus.map((group) => group.value) : [{ text: placeholder(`Nhóm nhiệm vụ trọng tâm ${nextQuarter}`) }],
    recipients: recipients(config, issuer),
  };

  const yaml = ScaffoldYaml.fromValue(value);
  commentOpening(yaml, input, numberAndSignerHints(input));
  yaml.commentAfter(['quarter'], 'quý báo cáo (1–4); nhiệm vụ trọng tâm là của quý sau');
  if (plan) yaml.commentAbove(['plan'], 'Kế hoạch năm mà báo cáo đối chiếu: mỗi nhiệm vụ dưới đây là một mã (id) trong kế hoạch đó.');
  yaml.blankBefore(['results']).commentAbove(['results'], plan
    ? [
        `I. Kết quả: các nhiệm vụ của kế hoạch đến hạn trong quý ${quarterRoman(quarter)} (và nhiệm vụ cả năm), theo lĩnh vực.`,
        'Với mỗi nhiệm vụ, sửa status; có thể thêm note (ghi chú) và figures (số liệu: label, value, unit).',
      ]
    : [
        `Chưa thấy kế hoạch năm ${year} của ${issuer.id} trong kho: khi có, ghi plan: <đường dẫn kế hoạch>`,
        'và liệt kê nhiệm vụ theo mã (tasks: - task: <mã> / status: …). Trước đó, ghi kết quả theo lĩnh vực.',
      ]);
  sections.forEach((section, i) => {
    yaml.commentAbove(['results', i], section.domainName);
    section.tasks.forEach((task, j) => {
      yaml.commentAbove(['results', i, 'tasks', j], shortened(task.content));
      yaml.commentAfter(['results', i, 'tasks', j, 'status'], STATUS_CHOICES);
    });
  });
  yaml.blankBefore(['limitations']).commentAbove(['limitations'], 'Hạn chế và nguyên nhân: mỗi ý một mục.');
  yaml.blankBefore(['focus']).commentAbove(['focus'], [
    `II. Nhiệm vụ trọng tâm ${nextQuarter}; khi in tự đánh số (1), (2)…`,
    ...(focus.length > 0 ? ['Lấy từ các nhiệm vụ của kế hoạch đến hạn trong quý sau; sửa lời văn, gộp hoặc thêm nhóm tùy ý.'] : []),
  ]);
  yaml.blankBefore(['recipients']).commentAbove(['recipients'], 'Nơi nhận: mỗi nơi một dòng.');

  const description = `Báo cáo quý ${quarterRoman(quarter)} năm ${year} — ${issuerName(issuer)}.`;
  return { text: yaml.toString(header(input, description)), value };
}

interface SectionDraft {
  domainName: string;
  tasks: PlanTask[];
  value: Record<string, unknown>;
}

function resultSections(plan: PlanDocument, report: Period, planPeriod: Period): SectionDraft[] {
  return planDomains(plan).flatMap((domain) => {
    const tasks = domain.tasks.filter((task) => tasksDueBy(task, report, planPeriod));
    if (tasks.length === 0) return [];
    // A section of an author-shaped plan has no domain id of its own: the report names it by its heading.
    const section = domain.fromBody ? { name: domain.name || placeholder('Tên lĩnh vực công tác') } : { domain: domain.id };
    const value = {
      ...section,
      text: [placeholder(`Kết quả nổi bật về ${domain.name.charAt(0).toLowerCase()}${domain.name.slice(1)}`)],
      tasks: tasks.map((task) => ({ task: task.id, status: UNREPORTED })),
    };
    return [{ domainName: domain.name, tasks, value }];
  });
}

function focusGroups(plan: PlanDocument, next: Period, planPeriod: Period): { value: Record<string, unknown> }[] {
  return planDomains(plan)
    .flatMap((domain) => domain.tasks)
    .filter((task) => dueIn(task, next, planPeriod))
    .map((task) => ({ value: { text: task.content.replace(/\s+/g, ' ').trim(), tasks: [task.id] } }));
}
