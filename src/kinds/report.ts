// Facts of a quarterly report (báo cáo quý): its quarter, its plan, the plan tasks and compact targets it reports on.

import { bodyItems } from './body.js';
import { baseFacts, list, present, record, refAt, strayTargets, type DocumentFacts, type Locator, type Path } from './facts.js';

export function reportFacts(doc: Record<string, unknown>, at: Locator): DocumentFacts {
  const facts = baseFacts('report', doc, at);
  facts.quarter = typeof doc.quarter === 'number' ? doc.quarter : undefined;
  facts.plan = refAt(at, ['plan'], doc.plan);
  const figureTargets = (figures: unknown, path: Path) =>
    present(list(figures).map((figure, k) => refAt(at, [...path, k, 'target'], record(figure).target)));
  list(doc.results).forEach((item, i) => {
    const section = record(item);
    list(section.tasks).forEach((taskItem, j) => {
      const result = record(taskItem);
      const ref = refAt(at, ['results', i, 'tasks', j, 'task'], result.task);
      if (ref) facts.taskRefs.push(ref);
      facts.targetRefs.push(...figureTargets(result.figures, ['results', i, 'tasks', j, 'figures']));
    });
    facts.targetRefs.push(...figureTargets(section.figures, ['results', i, 'figures']));
  });
  list(doc.focus).forEach((item, i) => {
    facts.taskRefs.push(...present(list(record(item).tasks).map((id, k) => refAt(at, ['focus', i, 'tasks', k], id))));
  });
  const items = bodyItems(doc.body);
  for (const { node, path } of items.figures) {
    for (const [slot, value] of Object.entries(record(node.values))) {
      const ref = refAt(at, [...path, 'values', slot, 'target'], record(value).target);
      if (ref) facts.targetRefs.push(ref);
    }
  }
  for (const { node, path } of items.results) {
    const ref = refAt(at, [...path, 'result'], node.result);
    if (ref) facts.taskRefs.push(ref);
  }
  // A report measures a compact's targets with figures (`target` of a value); a target item of its own counts nowhere.
  facts.strayTargets = strayTargets(doc.body, at);
  return facts;
}
