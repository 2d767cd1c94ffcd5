// Facts of a plan (kế hoạch): domain and task ids, the units named in tasks, the compact targets they serve.

import { bodyItems } from './body.js';
import { baseFacts, isIdLike, list, present, record, refAt, strayTargets, text, type DocumentFacts, type Locator } from './facts.js';

export function planFacts(doc: Record<string, unknown>, at: Locator): DocumentFacts {
  const facts = baseFacts('plan', doc, at);
  facts.compact = refAt(at, ['compact'], doc.compact);
  list(doc.domains).forEach((item, i) => {
    const domain = record(item);
    const domainId = refAt(at, ['domains', i, 'id'], domain.id);
    if (domainId) facts.ids.push(domainId);
    list(domain.tasks).forEach((taskItem, j) => {
      const task = record(taskItem);
      const path = ['domains', i, 'tasks', j];
      const taskId = refAt(at, [...path, 'id'], task.id);
      if (taskId) {
        facts.ids.push(taskId);
        facts.taskIds.push(taskId.id);
      }
      const lead = text(task.lead);
      if (lead && isIdLike(lead)) facts.units.push({ id: lead, ...at([...path, 'lead']) });
      list(task.cooperating).forEach((unit, k) => {
        if (typeof unit === 'string' && isIdLike(unit)) facts.units.push({ id: unit, ...at([...path, 'cooperating', k]) });
      });
      facts.targetRefs.push(...present(list(task.targets).map((id, k) => refAt(at, [...path, 'targets', k], id))));
    });
  });
  for (const { node, path } of bodyItems(doc.body).tasks) {
    const taskId = refAt(at, [...path, 'task'], node.task);
    if (taskId) {
      facts.ids.push(taskId);
      facts.taskIds.push(taskId.id);
    }
    if (typeof node.lead === 'string' && isIdLike(node.lead)) facts.units.push({ id: node.lead, ...at([...path, 'lead']) });
    list(node.cooperating).forEach((unit, k) => {
      if (typeof unit === 'string' && isIdLike(unit)) facts.units.push({ id: unit, ...at([...path, 'cooperating', k]) });
    });
    facts.targetRefs.push(...present(list(node.targets).map((id, k) => refAt(at, [...path, 'targets', k], id))));
  }
  // A plan serves a compact's targets through its tasks' `targets`; a target of its own is followed up nowhere.
  facts.strayTargets = strayTargets(doc.body, at);
  return facts;
}
