// Facts of a score sheet (phiếu chấm điểm): the member's points and the leader's checked points, each with
// its place, so an over-maximum score is reported at the very number that exceeds it.

import { baseFacts, list, record, refAt, type DocumentFacts, type Locator, type Place, type Path, type Ref } from './facts.js';

export interface PointsFact extends Place {
  value: number;
}

export interface ClaimFact extends Ref {
  points?: PointsFact;
  checked?: PointsFact;
  /** Number of evidence lines given. */
  evidence: number;
}

export interface ScoreSheetFacts extends DocumentFacts {
  kind: 'score-sheet';
  bloc?: Ref;
  scores: ClaimFact[];
  bonuses: ClaimFact[];
  penalties: Ref[];
  /** Reports named as evidence (paths from the repository root). */
  evidenceFiles: Ref[];
}

export function scoreSheetFacts(doc: Record<string, unknown>, at: Locator): ScoreSheetFacts {
  const facts: ScoreSheetFacts = {
    ...baseFacts('score-sheet', doc, at),
    kind: 'score-sheet',
    bloc: refAt(at, ['bloc'], doc.bloc),
    scores: [],
    bonuses: [],
    penalties: [],
    evidenceFiles: [],
  };
  const claims = (key: 'scores' | 'bonuses', idKey: string, into: ClaimFact[]) => {
    list(doc[key]).forEach((item, i) => {
      const claim = record(item);
      const ref = refAt(at, [key, i, idKey], claim[idKey]);
      if (!ref) return;
      into.push({ ...ref, points: pointsAt(at, [key, i, 'points'], claim.points), checked: pointsAt(at, [key, i, 'checked'], claim.checked), evidence: list(claim.evidence).length });
      list(claim.evidence).forEach((evidence, k) => {
        const file = refAt(at, [key, i, 'evidence', k, 'file'], record(evidence).file);
        if (file) facts.evidenceFiles.push(file);
      });
    });
  };
  claims('scores', 'criterion', facts.scores);
  claims('bonuses', 'rule', facts.bonuses);
  list(doc.penalties).forEach((item, i) => {
    const ref = refAt(at, ['penalties', i, 'rule'], record(item).rule);
    if (ref) facts.penalties.push(ref);
  });
  return facts;
}

function pointsAt(at: Locator, path: Path, value: unknown): PointsFact | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? { value, ...at(path) } : undefined;
}
