// A unit's life told in periods — what `giaouoc don-vi <id>` prints: each span of time with the name, code,
// upper body and place the registry gives it, the people in office, and the blocs it belonged to.

import type { Bloc, IsoDate, LifeEvent, Signatory, Successor } from '../kinds/model.js';
import { touchesYear, within } from './period.js';
import { lifeOf, type OrgRegistry, type UnitAt } from './registry.js';

export interface UnitPeriod {
  from?: IsoDate;
  until?: IsoDate;
  /** The document that made this period begin (a change's decision, or the unit's founding). */
  decision?: string;
  state: UnitAt;
}

export interface BlocRole {
  bloc: Bloc;
  year: number;
  role: 'leader' | 'deputy' | 'member';
}

export interface UnitHistory {
  id: string;
  formerIds: string[];
  start?: LifeEvent;
  end?: LifeEvent;
  periods: UnitPeriod[];
  signatories: Signatory[];
  successors: Successor[];
  /** Units that name this one as their successor. */
  predecessors: string[];
  blocs: BlocRole[];
}

export function unitHistory(registry: OrgRegistry, id: string): UnitHistory | undefined {
  const unit = registry.unit(id);
  if (!unit) return undefined;
  const life = lifeOf(unit);
  const changes = [...(unit.changes ?? [])].filter((change) => within(change.date, life)).sort((a, b) => (a.date < b.date ? -1 : 1));
  const starts = [{ date: life.from, decision: unit.start?.decision }, ...changes.map((change) => ({ date: change.date as IsoDate | undefined, decision: change.decision }))];
  const periods = starts
    .map((start, index) => ({ from: start.date, until: starts[index + 1]?.date ?? life.until, decision: start.decision }))
    .filter((period, index, all) => index === all.length - 1 || period.from !== all[index + 1].from)
    // A period without a start date is the unit's first: its state is the one before any change.
    .map((period) => ({ ...period, state: registry.unitAt(unit.id, period.from)! }));
  const blocs: BlocRole[] = [];
  for (const bloc of registry.config.blocs ?? []) {
    for (const term of bloc.years) {
      const role = registry.sameUnit(term.leader ?? '', unit.id) ? 'leader' : registry.sameUnit(term.deputy ?? '', unit.id) ? 'deputy' : term.members.some((member) => registry.sameUnit(member, unit.id)) ? 'member' : undefined;
      if (role) blocs.push({ bloc, year: term.year, role });
    }
  }
  return {
    id: unit.id,
    formerIds: unit.formerIds ?? [],
    start: unit.start,
    end: unit.end,
    periods,
    signatories: unit.signatories ?? [],
    successors: unit.successors ?? [],
    predecessors: registry.config.units.filter((other) => other.successors?.some((successor) => registry.sameUnit(successor.unit, unit.id))).map((other) => other.id),
    blocs: blocs.sort((a, b) => a.year - b.year),
  };
}

export interface RegistrySnapshot {
  date: IsoDate;
  units: { state: UnitAt; signatories: Signatory[] }[];
  /** Units whose life ended on or before the date. */
  ended: UnitAt[];
  blocs: { bloc: Bloc; term?: Bloc['years'][number]; alive: boolean }[];
}

/** The registry as it stood on `date`: the living units with those in office, and the blocs of that year. */
export function registryOn(registry: OrgRegistry, date: IsoDate): RegistrySnapshot {
  const year = Number(date.slice(0, 4));
  const states = registry.config.units.map((unit) => registry.unitAt(unit.id, date)!);
  return {
    date,
    units: states.filter((state) => state.alive).map((state) => ({ state, signatories: registry.signatoriesAt(state.id, date) })),
    ended: states.filter((state) => !state.alive && state.unit.end !== undefined && state.unit.end.date <= date),
    blocs: (registry.config.blocs ?? []).map((bloc) => ({ bloc, term: registry.blocYear(bloc, year), alive: within(date, lifeOf(bloc)) && touchesYear(year, lifeOf(bloc)) })),
  };
}
