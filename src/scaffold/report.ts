// A new quarterly report: the plan's tasks due by the quarter as typed results to fill in, and the tasks due
// next quarter as focus groups.

import type { PlanDocument, PlanTask } from '../kinds/model.js';
import { documentPeriod, overlaps, quarterPeriod, taskDuePeriod, yearPeriod, type Period } from '../kinds/period.js';
import { planDomains } from '../kinds/plan-tasks.js';
import { quarterRoman } from '../render/vietnamese/roman.js';
import { upperVi } from '../render/vietnamese/index.js';
import { placeholder } from '../validate/text/placeholder.js';
import {
  commentOpening, header, numberAndSignerHints, opening, recipients,
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

/**
 * The report's body as the author will shape it: the headings a quarterly report usually has (results, limitations
 * and causes, next quarter's focus) are written here, as content the author renames or deletes; the plan's tasks due
 * by the quarter are typed results to fill in. Nothing is added when it prints.
 */
export function scaffoldReport(input: ReportScaffoldInput): Scaffold {
  const { config, issuer, year, quarter, plan } = input;
  const upper = upperOf(config, issuer);
  const reportPeriod = quarterPeriod(year, quarter);
  const next = quarter === 4 ? quarterPeriod(year + 1, 1) : quarterPeriod(year, quarter + 1);
  const planPeriod = plan ? documentPeriod(plan.value) ?? yearPeriod(year) : yearPeriod(year);
  const sections = plan ? resultSections(plan.value, reportPeriod, planPeriod) : [];
  const focus = plan ? focusTexts(plan.value, next, planPeriod) : [];
  const nextQuarter = quarter === 4 ? `quý I năm ${year + 1}` : `quý ${quarterRoman(quarter + 1)}`;
  const dashes = (items: unknown[]) => ({ list: items, marker: '-' });
  const value: Record<string, unknown> = {
    ...opening(input),
    quarter,
    subject: reportSubject(year, quarter),
    ...(plan ? { plan: plan.relative } : {}),
    ...(upper ? { to: [upper.name] } : {}),
    body: [
      {
        section: `KẾT QUẢ CÔNG TÁC QUÝ ${quarterRoman(quarter)}`,
        body: sections.length > 0
          ? sections.map((section) => section.value)
          : [{ section: placeholder('Tên lĩnh vực công tác'), body: [placeholder(`Kết quả công tác quý ${quarterRoman(quarter)}`)] }],
      },
      {
        section: 'HẠN CHẾ, NGUYÊN NHÂN',
        body: [
          { section: 'Hạn chế', body: [dashes([placeholder('Hạn chế')])] },
          { section: 'Nguyên nhân', body: [dashes([placeholder('Nguyên nhân của hạn chế')])] },
        ],
      },
      {
        section: `NHIỆM VỤ TRỌNG TÂM ${upperVi(nextQuarter)}`,
        body: [{ list: focus.length > 0 ? focus : [placeholder(`Nhóm nhiệm vụ trọng tâm ${nextQuarter}`)], marker: '1.' }],
      },
    ],
    recipients: recipients(config, issuer, upper?.name),
  };

  const yaml = ScaffoldYaml.fromValue(value);
  commentOpening(yaml, input, numberAndSignerHints(input));
  yaml.commentAfter(['quarter'], `quý báo cáo (1–4); hoặc ghi period: ${year}-H1, ${year}-05, ${year - 1}-${year} (năm học) thay cho quarter`);
  if (plan) yaml.commentAbove(['plan'], 'Kế hoạch mà báo cáo đối chiếu: mỗi kết quả (result) dưới đây là một mã nhiệm vụ trong kế hoạch đó.');
  yaml.blankBefore(['body']).commentAbove(['body'], [
    'Nội dung in đúng như viết: đổi tên, thêm, bớt đề mục tùy ý (section: tự đánh số I. → 1. → 1.1. → a);',
    'number: "A." để tự đặt số, number: "" để không đánh số). Thêm đoạn mở đầu bằng một dòng chuỗi đứng trước các',
    'đề mục; list: các ý (marker: "-", "+", "1.", "a)"); figure: câu có số liệu ("Tổng số {tong}", values: {tong: 44}).',
  ]);
  yaml.commentAbove(['body', 0, 'body'], plan
    ? [
        `Các nhiệm vụ của kế hoạch đến hạn trong quý ${quarterRoman(quarter)} (và nhiệm vụ cả kỳ), theo đề mục của kế hoạch.`,
        'Với mỗi kết quả: result (mã nhiệm vụ, giữ nguyên), status, text (lời văn in ra: thay chỗ «✎ …» bằng kết quả).',
      ]
    : [
        `Chưa thấy kế hoạch năm ${year} của ${issuer.id} trong kho: khi có, ghi plan: <đường dẫn kế hoạch>`,
        'và ghi kết quả từng nhiệm vụ theo mã (- result: <mã> / status: … / text: …). Trước đó, ghi kết quả theo lĩnh vực.',
      ]);
  sections.forEach((section, i) => {
    section.tasks.forEach((task, j) => {
      yaml.commentAfter(['body', 0, 'body', i, 'body', 1, 'list', j, 'status'], STATUS_CHOICES);
    });
  });
  if (focus.length > 0) {
    yaml.commentAbove(['body', 2, 'body'], 'Lấy từ các nhiệm vụ của kế hoạch đến hạn trong quý sau; sửa lời văn, gộp hoặc thêm ý tùy ý.');
  }
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
    const value = {
      section: domain.name || placeholder('Tên lĩnh vực công tác'),
      body: [
        placeholder(`Kết quả nổi bật về ${domain.name.charAt(0).toLowerCase()}${domain.name.slice(1)}`),
        {
          list: tasks.map((task) => ({
            result: task.id,
            status: UNREPORTED,
            text: `${oneLine(task.content).replace(/[\s.;:]+$/u, '')}: ${placeholder('kết quả thực hiện')}`,
          })),
          marker: '-',
        },
      ],
    };
    return [{ domainName: domain.name, tasks, value }];
  });
}

function focusTexts(plan: PlanDocument, next: Period, planPeriod: Period): string[] {
  return planDomains(plan)
    .flatMap((domain) => domain.tasks)
    .filter((task) => dueIn(task, next, planPeriod))
    .map((task) => oneLine(task.content));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
