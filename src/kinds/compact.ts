// Facts of a compact (giao ước thi đua): parties, witness, commitment and target ids.

import { compactCommitments } from './commitments.js';
import { baseFacts, list, present, refAt, type DocumentFacts, type Locator, type Path } from './facts.js';

export function compactFacts(doc: Record<string, unknown>, at: Locator): DocumentFacts {
  const facts = baseFacts('compact', doc, at);
  facts.parties = present(list(doc.parties).map((id, i) => refAt(at, ['parties', i], id)));
  const witness = refAt(at, ['witness'], doc.witness);
  if (witness) facts.units.push(witness);
  if (Array.isArray(doc.body) && doc.commitments !== undefined) facts.commitmentsBesideBody = at(['commitments']);
  for (const commitment of compactCommitments(doc)) {
    const id = commitment.id ? refAt(at, idPath(commitment.path, 'commitment'), commitment.id) : undefined;
    if (id) facts.ids.push(id);
    for (const target of commitment.targets) {
      const targetId = refAt(at, idPath(target.path, 'target'), target.id);
      if (!targetId) continue;
      facts.ids.push(targetId);
      facts.targetIds.push(targetId.id);
    }
  }
  return facts;
}

/** Where an item's id is written: `id` in the old-shape lists, the item's own key in a body. */
function idPath(path: Path, bodyKey: string): Path {
  return [...path, path[0] === 'body' ? bodyKey : 'id'];
}
