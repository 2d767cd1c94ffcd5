// A document against the registry of its date: the bodies it is issued by, names or is addressed to exist on that
// date, its signer holds office then, someone can sign it at all, and an award it proposes is of a body that still
// exists. A historical document names the bodies of its time, so it stays valid after they cease. (Its number's
// issuer code, also of that date, is checked by src/numbers/rules.ts.)

import { documentDate, within } from '../domain/period.js';
import { lifeOf, type OrgRegistry } from '../domain/registry.js';
import { missingSigners, signingUnitOf, type SigningShape } from '../domain/signers.js';
import type { DocumentFacts, Ref } from '../kinds/facts.js';
import type { Unit } from '../kinds/model.js';
import type { IssueArgs } from './issue.js';

type Reporter = (ref: Ref, code: string, args: IssueArgs) => void;

export function documentTimeIssues(registry: OrgRegistry, facts: DocumentFacts, report: Reporter): void {
  const date = documentDate({ date: facts.date?.id, year: facts.year });
  if (date === undefined) return;
  const shape: SigningShape = { kind: facts.kind, year: facts.year, date, issuer: facts.issuer.id, parties: facts.parties.map((party) => party.id), signer: facts.signer?.id };

  const checkLife = (ref: Ref, role: 'issuer' | 'named') => {
    const unit = registry.unitAt(ref.id, date);
    const body = unit?.unit ?? registry.bloc(ref.id);
    if (!body || (unit ? unit.alive : within(date, lifeOf(body)))) return;
    const start = body.start;
    const end = body.end;
    const ended = end && end.date <= date ? end : undefined;
    const successor = unit ? soleSuccessor(unit.unit) : undefined;
    report(ref, 'unit-outside-life', {
      name: registry.fullName(ref.id, date),
      date,
      role,
      ended: ended?.date ?? '',
      started: ended ? '' : (start?.date ?? ''),
      decision: (ended ?? start)?.decision ?? '',
      successor: successor ?? '',
    });
  };
  checkLife(facts.issuer, 'issuer');
  for (const ref of [...facts.parties, ...facts.units]) checkLife(ref, 'named');

  if (facts.signer) {
    const unitId = signingUnitOf(shape, registry);
    const people = (unitId ? registry.unit(unitId)?.signatories : undefined) ?? [];
    const named = people.filter((person) => person.name.normalize('NFC') === facts.signer!.id.normalize('NFC'));
    if (unitId && named.length > 0 && !registry.signatoriesAt(unitId, date).some((person) => named.includes(person))) {
      report(facts.signer, 'signer-out-of-term', {
        name: facts.signer.id,
        unitName: registry.fullName(unitId, date),
        date,
        term: named.map((person) => `${person.from ?? '…'} – ${person.until ?? '…'}`).join('; '),
        allowed: registry.signatoriesAt(unitId, date).map((person) => person.name).join(', ') || '—',
      });
    }
  }

  for (const problem of missingSigners(shape, registry)) {
    if (problem.code === 'no-signatory') {
      const ref = facts.parties.find((party) => registry.sameUnit(party.id, problem.unit)) ?? facts.issuer;
      report(ref, 'no-signatory', { id: problem.unit, unitName: registry.fullName(problem.unit, date), date });
    } else {
      report(facts.issuer, problem.code === 'bloc-year-missing' ? 'bloc-year-unregistered' : 'bloc-leader-missing', { bloc: problem.bloc, year: problem.year });
    }
  }

  for (const award of (facts as { awards?: Ref[] }).awards ?? []) {
    const body = ceasedBodyNamed(registry, award.id, date);
    if (body) report(award, 'award-body-ended', { award: award.id, ...body });
  }
  for (const line of facts.addressees ?? []) {
    const body = ceasedBodyNamed(registry, line.id, date);
    if (body) report(line, 'addressee-ended', { date, ...body });
  }
}

/** A unit named by its full name (of any period) in `wording` whose life ended on or before `date`. */
function ceasedBodyNamed(registry: OrgRegistry, wording: string, date: string): IssueArgs | undefined {
  const text = wording.normalize('NFC').toLowerCase();
  for (const { unit, names } of endedUnits(registry)) {
    if (date < unit.end!.date) continue;
    const named = names.find((name) => text.includes(name.lower));
    if (!named) continue;
    const next = soleSuccessor(unit);
    const successor = next ? registry.fullName(next, date) : '';
    return { name: named.name, ended: unit.end!.date, decision: unit.end!.decision ?? '', successor };
  }
  return undefined;
}

const ended = new WeakMap<OrgRegistry, { unit: Unit; names: { name: string; lower: string }[] }[]>();

/** The units that end, each with its names in the form compared: worked out once per registry, not per line. */
function endedUnits(registry: OrgRegistry): { unit: Unit; names: { name: string; lower: string }[] }[] {
  let units = ended.get(registry);
  if (!units) {
    units = registry.config.units
      .filter((unit) => unit.end)
      .map((unit) => ({
        unit,
        names: [unit.name, ...(unit.changes ?? []).map((change) => change.name)]
          .filter((name): name is string => Boolean(name))
          .map((name) => ({ name, lower: name.normalize('NFC').toLowerCase() })),
      }));
    ended.set(registry, units);
  }
  return units;
}

/** The one unit that took over (merged into, replaced by); a unit split in several has none to suggest. */
function soleSuccessor(unit: Unit): string | undefined {
  const successors = (unit.successors ?? []).filter((successor) => successor.relation !== 'chia tách thành');
  return successors.length === 1 ? successors[0].unit : undefined;
}

