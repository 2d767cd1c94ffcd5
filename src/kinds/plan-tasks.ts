// A plan's tasks and a report's results wherever they sit: the legacy `domains` / `results` lists and the
// `task` / `result` items of an author-shaped body. Every command asks here, so a task written in a body is
// reported on, summed up and scored like any other. Items of a body group by the section they sit in.

import { bodyItems, figureValue, type Found } from './body.js';
import type { PlanDocument, PlanDomain, ReportDocument, ResultSection } from './model.js';

/** A domain of a plan; `fromBody` when it is a section of an author-shaped body (its id is made up). */
export type PlanDomainEntry = PlanDomain & { fromBody?: boolean };

/** The plan's domains with their tasks; body tasks form one domain per enclosing section. */
export function planDomains(plan: PlanDocument): PlanDomainEntry[] {
  const domains: PlanDomainEntry[] = [...(plan.domains ?? [])];
  for (const group of bySection(bodyItems(plan.body).tasks)) {
    domains.push({
      id: group.id,
      name: group.name,
      fromBody: true,
      tasks: group.items.map(({ node }) => ({
        id: node.task,
        content: node.text,
        lead: node.lead,
        cooperating: node.cooperating,
        due: node.due,
        time: node.time,
        targets: node.targets,
      })),
    });
  }
  return domains;
}

/** The report's result sections; body results form one section per enclosing section. */
export function reportResults(report: ReportDocument): ResultSection[] {
  const sections = [...(report.results ?? [])];
  const items = bodyItems(report.body);
  for (const group of bySection(items.results)) {
    sections.push({ name: group.name, tasks: group.items.map(({ node }) => ({ task: node.result, status: node.status })) });
  }
  // A figure that measures a compact target counts toward it, wherever the author put the sentence.
  for (const group of bySection(items.figures)) {
    const figures = group.items.flatMap(({ node }) =>
      Object.entries(node.values ?? {}).flatMap(([slot, raw]) => {
        const value = figureValue(raw);
        return value?.target ? [{ label: slot, value: value.value, unit: value.unit, target: value.target }] : [];
      }),
    );
    if (figures.length) sections.push({ name: group.name, figures });
  }
  return sections;
}

function bySection<T>(found: Found<T>[]): { id: string; name: string; items: Found<T>[] }[] {
  const groups = new Map<string, { id: string; name: string; items: Found<T>[] }>();
  for (const item of found) {
    const key = item.sectionPath ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { id: `muc-${groups.size + 1}`, name: item.section ?? '', items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
