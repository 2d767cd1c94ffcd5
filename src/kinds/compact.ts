// Facts of a compact (giao ước thi đua): parties, witness, commitment and target ids.

import { bodyItems } from './body.js';
import { baseFacts, list, present, record, refAt, type DocumentFacts, type Locator } from './facts.js';

export function compactFacts(doc: Record<string, unknown>, at: Locator): DocumentFacts {
  const facts = baseFacts('compact', doc, at);
  facts.parties = present(list(doc.parties).map((id, i) => refAt(at, ['parties', i], id)));
  const witness = refAt(at, ['witness'], doc.witness);
  if (witness) facts.units.push(witness);
  list(doc.commitments).forEach((item, i) => {
    const commitment = record(item);
    const id = refAt(at, ['commitments', i, 'id'], commitment.id);
    if (id) facts.ids.push(id);
    list(commitment.targets).forEach((target, j) => {
      const targetId = refAt(at, ['commitments', i, 'targets', j, 'id'], record(target).id);
      if (!targetId) return;
      facts.ids.push(targetId);
      facts.targetIds.push(targetId.id);
    });
  });
  for (const { node, path } of bodyItems(doc.body).commitments) {
    const id = refAt(at, [...path, 'commitment'], node.commitment);
    if (id) facts.ids.push(id);
  }
  return facts;
}
