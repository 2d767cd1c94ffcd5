// The registry as of a date: which units and blocs exist, under which names, codes, upper bodies and place,
// and who holds office in them. Every command that prints or checks a document asks here with the
// document's date, so a later edit of giaouoc.yaml that records a change never rewrites an older document.

import type { Bloc, BlocYear, IsoDate, RepositoryConfig, Signatory, Unit } from '../kinds/model.js';
import { within, type Period } from './period.js';

/** A unit as it stood on a date. */
export interface UnitAt {
  /** The id the registry declares it under today (a former id is resolved to it). */
  id: string;
  unit: Unit;
  name: string;
  short?: string;
  code?: string;
  upper?: string;
  place?: string;
  /** Whether the date falls in the unit's life. */
  alive: boolean;
}

export class OrgRegistry {
  private readonly units = new Map<string, Unit>();
  private readonly blocs: Map<string, Bloc>;

  constructor(readonly config: RepositoryConfig) {
    // Declared ids first, so a former id never shadows a unit that really bears it.
    for (const unit of config.units ?? []) if (!this.units.has(unit.id)) this.units.set(unit.id, unit);
    for (const unit of config.units ?? []) for (const former of unit.formerIds ?? []) if (!this.units.has(former)) this.units.set(former, unit);
    this.blocs = new Map((config.blocs ?? []).map((bloc) => [bloc.id, bloc]));
  }

  /** A unit by its id or one of its former ids. */
  unit(id: string | undefined): Unit | undefined {
    return id === undefined ? undefined : this.units.get(id);
  }

  /** The id a unit is declared under today; the id itself when it names no unit. */
  canonical(id: string): string {
    return this.units.get(id)?.id ?? id;
  }

  sameUnit(a: string, b: string): boolean {
    return this.canonical(a) === this.canonical(b);
  }

  bloc(id: string | undefined): Bloc | undefined {
    return id === undefined ? undefined : this.blocs.get(id);
  }

  blocYear(bloc: Bloc, year: number): BlocYear | undefined {
    return bloc.years.find((entry) => entry.year === year);
  }

  /** The unit on `date`, every change dated on or before it applied; undefined date means its first period. */
  unitAt(id: string, date: IsoDate | undefined): UnitAt | undefined {
    const unit = this.unit(id);
    if (!unit) return undefined;
    const state: UnitAt = { id: unit.id, unit, name: unit.name, short: unit.short, code: unit.code, upper: unit.upper, place: unit.place, alive: date === undefined || within(date, lifeOf(unit)) };
    if (date === undefined) return state;
    for (const change of sortedChanges(unit)) {
      if (change.date > date) break;
      if (change.name !== undefined) {
        state.name = change.name;
        // A new full name without a new short one would leave the old short name beside it.
        state.short = change.short;
      }
      if (change.short !== undefined) state.short = change.short;
      if (change.code !== undefined) state.code = change.code;
      if (change.upper !== undefined) state.upper = change.upper;
      if (change.place !== undefined) state.place = change.place;
    }
    return state;
  }

  /** The unit's signatories in office on `date`, in the registry's order (the first is the default signer). */
  signatoriesAt(id: string, date: IsoDate | undefined): Signatory[] {
    const all = this.unit(id)?.signatories ?? [];
    return date === undefined ? all : all.filter((person) => within(date, termOf(person)));
  }

  /**
   * Who signs for unit `id` on `date`: the person named, if they are a signatory of it (in office or not — a
   * validation rule reports a name outside its term), else the first signatory in office.
   */
  signatoryAt(id: string, date: IsoDate | undefined, name?: string): Signatory | undefined {
    const named = name === undefined ? undefined : (this.unit(id)?.signatories ?? []).filter((person) => person.name.normalize('NFC') === name.normalize('NFC'));
    if (named && named.length > 0) return (date === undefined ? undefined : named.find((person) => within(date, termOf(person)))) ?? named[0];
    return this.signatoriesAt(id, date)[0];
  }

  /** Full name on `date` of a unit or bloc; an unknown id (free text such as "Ban Nữ công") as given. */
  fullName(id: string, date?: IsoDate): string {
    return this.unitAt(id, date)?.name ?? this.bloc(id)?.name ?? id;
  }

  shortName(id: string, date?: IsoDate): string {
    const unit = this.unitAt(id, date);
    return unit?.short ?? unit?.name ?? this.bloc(id)?.name ?? id;
  }

  /** The upper body of a unit or bloc on `date`: for a bloc, that year's confirming union if recorded. */
  upperOf(id: string, date?: IsoDate): string | undefined {
    const bloc = this.bloc(id);
    if (bloc) {
      const term = date === undefined ? undefined : this.blocYear(bloc, Number(date.slice(0, 4)));
      return term?.upper ?? bloc.upper;
    }
    return this.unitAt(id, date)?.upper;
  }
}

export function lifeOf(item: Pick<Unit, 'start' | 'end'>): Period {
  return { from: item.start?.date, until: item.end?.date };
}

export function termOf(person: Signatory): Period {
  return { from: person.from, until: person.until };
}

function sortedChanges(unit: Unit) {
  return [...(unit.changes ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const registries = new WeakMap<RepositoryConfig, OrgRegistry>();

/** One registry per parsed giaouoc.yaml: callers that judge thousands of documents share its maps. */
export function registryOf(config: RepositoryConfig): OrgRegistry {
  let registry = registries.get(config);
  if (!registry) {
    registry = new OrgRegistry(config);
    registries.set(config, registry);
  }
  return registry;
}
