// Who a scoring table scores: a bloc's members of the year, or, for a table a union issues (a district
// federation scoring its base unions), the units directly under it at the year's end. validate's year-end
// rules, `score` and `new cham-diem` all ask here.

import type { RepositoryConfig } from '../kinds/model.js';
import { registryOf } from './registry.js';

export interface ScoringBody {
  id: string;
  type: 'bloc' | 'unit';
  name: string;
  /** Unit ids scored that year, in the registry's order. */
  members: string[];
  /** The bloc's leader that year (the usual checker); a union checks its own table. */
  leader?: string;
  /** A bloc without an entry for the year: its members are not known. */
  yearMissing?: boolean;
}

export function scoringBody(config: RepositoryConfig, id: string, year: number): ScoringBody | undefined {
  const registry = registryOf(config);
  const bloc = registry.bloc(id);
  if (bloc) {
    const term = registry.blocYear(bloc, year);
    return { id: bloc.id, type: 'bloc', name: bloc.name, members: term?.members ?? [], leader: term?.leader, ...(term ? {} : { yearMissing: true }) };
  }
  const unit = registry.unit(id);
  if (!unit) return undefined;
  const end = `${year}-12-31`;
  // Units under it as the registry stood at the year's end, alive that day: a union merged away mid-year
  // is no longer scored, one moved under it during the year is.
  const members = config.units
    .map((candidate) => registry.unitAt(candidate.id, end))
    .filter((state) => state !== undefined && state.alive && state.upper !== undefined && registry.sameUnit(state.upper, unit.id))
    .map((state) => state!.id);
  return { id: unit.id, type: 'unit', name: registry.unitAt(unit.id, end)?.name ?? unit.name, members };
}
