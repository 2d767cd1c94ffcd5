// The year's progress of one or more unions from their quarterly reports: each plan task's latest status and
// each compact target's latest figure against the target. Pure: parsed documents in, figures out.

import type { CompactDocument, Figure, Measure, PlanDocument, PlanDomain, ReportDocument, TaskStatus } from '../kinds/model.js';
import { roundPoints } from './points.js';
import { planDomains, reportResults } from '../kinds/plan-tasks.js';
import { compactTargets, targetLabel } from '../kinds/commitments.js';
import { groupNumber } from '../render/vietnamese/index.js';
import { parsePeriod, periodText, reportQuarter } from '../kinds/period.js';

export interface TaskProgress {
  id: string;
  content: string;
  /** Quarter the plan gives as the deadline. */
  due?: number;
  /** The status in the latest report that mentions the task; undefined when no report does. */
  status?: TaskStatus;
  /** The quarter of that report. */
  quarter?: number;
  note?: string;
}

export interface DomainProgress {
  id: string;
  name: string;
  tasks: TaskProgress[];
  done: number;
}

export interface TargetProgress {
  id: string;
  text: string;
  measure: Measure;
  target: number | boolean;
  unit?: string;
  /** Latest figure linked to the target (for đạt/không đạt: true when the figure is above 0, or when every linked task is done). */
  achieved?: number | boolean;
  quarter?: number;
  source: 'figure' | 'tasks' | 'none';
  met?: boolean;
  /** achieved / target for percentages and counts. */
  ratio?: number;
}

export interface UnitSummary {
  unit: string;
  plan?: string;
  compact?: string;
  /** Quarters reported, ascending. */
  quarters: number[];
  domains: DomainProgress[];
  targets: TargetProgress[];
  tasksDone: number;
  tasksTotal: number;
  targetsMet: number;
  targetsTotal: number;
}

export interface DomainRollup {
  id: string;
  name: string;
  done: number;
  total: number;
}

export interface YearSummary {
  year: number;
  units: UnitSummary[];
  /** Domains across all units, by id, in order of first appearance. */
  domains: DomainRollup[];
}

export interface UnitInputs {
  unit: string;
  plan?: { relative: string; doc: PlanDocument };
  compact?: { relative: string; doc: CompactDocument };
  reports: ReportDocument[];
}

export function summarizeYear(year: number, inputs: readonly UnitInputs[]): YearSummary {
  const units = inputs.map((input) => summarizeUnit(input));
  const domains = new Map<string, DomainRollup>();
  for (const unit of units) {
    for (const domain of unit.domains) {
      const rollup = domains.get(domain.id) ?? { id: domain.id, name: domain.name, done: 0, total: 0 };
      rollup.done += domain.done;
      rollup.total += domain.tasks.length;
      domains.set(domain.id, rollup);
    }
  }
  return { year, units, domains: [...domains.values()] };
}

export function summarizeUnit(input: UnitInputs): UnitSummary {
  const reports = [...input.reports].map((doc) => ({ doc, quarter: reportQuarter(doc) })).sort((a, b) => a.quarter - b.quarter);
  const latestTask = new Map<string, { status: TaskStatus; quarter: number; note?: string }>();
  const latestFigure = new Map<string, { figure: Figure; quarter: number }>();
  // Reports in ascending quarter order, figures in document order: a later write is the later word.
  for (const report of reports) {
    for (const section of reportResults(report.doc)) {
      for (const result of section.tasks ?? []) {
        latestTask.set(result.task, { status: result.status, quarter: report.quarter, note: result.note });
        for (const figure of result.figures ?? []) if (figure.target) latestFigure.set(figure.target, { figure, quarter: report.quarter });
      }
      for (const figure of section.figures ?? []) if (figure.target) latestFigure.set(figure.target, { figure, quarter: report.quarter });
    }
  }

  const plan = input.plan?.doc;
  // Without a plan the reports still say what was done: their own sections and tasks stand in for the plan's.
  const planned = plan ? planDomains(plan) : reportedDomains(reports.map((report) => report.doc));
  const domains: DomainProgress[] = planned.map((domain) => {
    const tasks = domain.tasks.map((task) => {
      const latest = latestTask.get(task.id);
      return { id: task.id, content: task.content, due: task.quarter ?? dueQuarter(task.due), status: latest?.status, quarter: latest?.quarter, note: latest?.note };
    });
    return { id: domain.id, name: domain.name, tasks, done: tasks.filter((task) => task.status === 'hoàn thành').length };
  });

  const linkedTasks = new Map<string, string[]>();
  for (const domain of planned) {
    for (const task of domain.tasks) for (const target of task.targets ?? []) linkedTasks.set(target, [...(linkedTasks.get(target) ?? []), task.id]);
  }
  const targets: TargetProgress[] = (input.compact ? compactTargets(input.compact.doc) : []).map((target) => {
    const base = { id: target.id, text: targetLabel(target, groupNumber), measure: target.measure, target: target.value, unit: target.unit };
    const latest = latestFigure.get(target.id);
    if (target.measure === 'đạt/không đạt') {
      if (latest) return judged(base, latest.figure.value > 0, latest.quarter, 'figure');
      const statuses = (linkedTasks.get(target.id) ?? []).map((id) => latestTask.get(id));
      if (statuses.length === 0 || statuses.some((status) => !status)) return { ...base, source: 'none' as const };
      const quarter = Math.max(...statuses.map((status) => status!.quarter));
      return judged(base, statuses.every((status) => status!.status === 'hoàn thành'), quarter, 'tasks');
    }
    if (!latest) return { ...base, source: 'none' as const };
    return judged(base, latest.figure.value, latest.quarter, 'figure');
  });

  const tasksTotal = domains.reduce((total, domain) => total + domain.tasks.length, 0);
  return {
    unit: input.unit,
    plan: input.plan?.relative,
    compact: input.compact?.relative,
    quarters: [...new Set(reports.map((report) => report.quarter))],
    domains,
    targets,
    tasksDone: domains.reduce((total, domain) => total + domain.done, 0),
    tasksTotal,
    targetsMet: targets.filter((target) => target.met).length,
    targetsTotal: targets.length,
  };
}

type TargetBase = Pick<TargetProgress, 'id' | 'text' | 'measure' | 'target' | 'unit'>;

function judged(base: TargetBase, achieved: number | boolean, quarter: number, source: 'figure' | 'tasks'): TargetProgress {
  if (typeof achieved === 'boolean' || typeof base.target === 'boolean') {
    const met = typeof achieved === 'boolean' ? achieved === Boolean(base.target) : achieved > 0;
    return { ...base, achieved, quarter, source, met };
  }
  const ratio = base.target > 0 ? roundPoints(achieved / base.target) : undefined;
  return { ...base, achieved, quarter, source, met: achieved >= base.target, ratio };
}

/** The sections and tasks the reports name, in first-mention order, when there is no plan to take them from. */
function reportedDomains(reports: readonly ReportDocument[]): PlanDomain[] {
  const domains = new Map<string, { id: string; name: string; tasks: { id: string; content: string }[] }>();
  for (const report of reports) {
    for (const section of reportResults(report)) {
      const key = section.domain ?? section.name ?? '';
      let domain = domains.get(key);
      if (!domain) domains.set(key, (domain = { id: key, name: section.name ?? section.domain ?? '', tasks: [] }));
      for (const result of section.tasks ?? []) {
        if (!domain.tasks.some((task) => task.id === result.task)) domain.tasks.push({ id: result.task, content: result.task });
      }
    }
  }
  return [...domains.values()];
}

/** A task written with a `due` period (a body task) is due in a quarter when that period is one. */
function dueQuarter(due: unknown): number | undefined {
  const written = periodText(due);
  return written === undefined ? undefined : parsePeriod(written)?.quarter?.quarter;
}
