// Name lookups in giaouoc.yaml: units and blocs by id, the signer of a unit, who is a union.
import type { Bloc, BlocYear, RepositoryConfig, Signatory, Unit } from '../../kinds/model.js';

export class Registry {
  private readonly units: Map<string, Unit>;
  private readonly blocs: Map<string, Bloc>;

  constructor(readonly config: RepositoryConfig) {
    this.units = new Map(config.units.map((unit) => [unit.id, unit]));
    this.blocs = new Map((config.blocs ?? []).map((bloc) => [bloc.id, bloc]));
  }

  unit(id: string | undefined): Unit | undefined {
    return id === undefined ? undefined : this.units.get(id);
  }

  bloc(id: string | undefined): Bloc | undefined {
    return id === undefined ? undefined : this.blocs.get(id);
  }

  blocYear(bloc: Bloc, year: number): BlocYear | undefined {
    return bloc.years.find((entry) => entry.year === year);
  }

  /** Full name of a unit or bloc id; an unknown id (free text such as "Ban Nữ công") prints as given. */
  fullName(id: string): string {
    return this.unit(id)?.name ?? this.bloc(id)?.name ?? id;
  }

  /** The short name used in tables and running text. */
  shortName(id: string): string {
    const unit = this.unit(id);
    return unit?.short ?? unit?.name ?? this.bloc(id)?.name ?? id;
  }

  /** The named signatory of a unit, else its first (the chair). */
  signatory(unit: Unit | undefined, name?: string): Signatory | undefined {
    const signatories = unit?.signatories ?? [];
    return signatories.find((entry) => entry.name === name) ?? signatories[0];
  }
}

const UNION_NAME = /^(công đoàn|liên đoàn|tổng liên đoàn)\b/iu;

/** A trade union (as opposed to the agency a base union makes a compact with), judged by its name. */
export function isUnion(unit: Unit | undefined): boolean {
  return unit !== undefined && UNION_NAME.test(unit.name.normalize('NFC').trim());
}
