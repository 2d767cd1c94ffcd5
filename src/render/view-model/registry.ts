// Name lookups for one document: units and blocs by id, as giaouoc.yaml records them on the document's date
// (src/domain/registry.ts), so an old document prints the names, upper bodies and signers it was issued with.
import { registryOf, type OrgRegistry, type UnitAt } from '../../domain/registry.js';
import type { Bloc, BlocYear, IsoDate, RepositoryConfig, Signatory, Unit } from '../../kinds/model.js';

export class Registry {
  readonly org: OrgRegistry;

  /** `date`: the document's date; without it every name is that of the unit's first period. */
  constructor(readonly config: RepositoryConfig, readonly date?: IsoDate) {
    this.org = registryOf(config);
  }

  unit(id: string | undefined): Unit | undefined {
    return this.org.unit(id);
  }

  /** The unit as it stood on the document's date. */
  unitAt(id: string | undefined): UnitAt | undefined {
    return id === undefined ? undefined : this.org.unitAt(id, this.date);
  }

  bloc(id: string | undefined): Bloc | undefined {
    return this.org.bloc(id);
  }

  blocYear(bloc: Bloc, year: number): BlocYear | undefined {
    return this.org.blocYear(bloc, year);
  }

  /** Full name of a unit or bloc id; an unknown id (free text such as "Ban Nữ công") prints as given. */
  fullName(id: string): string {
    return this.org.fullName(id, this.date);
  }

  /** The short name used in tables and running text. */
  shortName(id: string): string {
    return this.org.shortName(id, this.date);
  }

  /** The upper body printed above a unit or bloc. */
  upperOf(id: string): string | undefined {
    return this.org.upperOf(id, this.date);
  }

  /** The named signatory of a unit, else its first in office on the document's date (the chair). */
  signatory(unit: Unit | undefined, name?: string): Signatory | undefined {
    return unit ? this.org.signatoryAt(unit.id, this.date, name) : undefined;
  }
}

const UNION_NAME = /^(công đoàn|liên đoàn|tổng liên đoàn)\b/iu;

/** A trade union (as opposed to the agency a base union makes a compact with), judged by its name. */
export function isUnion(unit: Pick<Unit, 'name'> | undefined): boolean {
  return unit !== undefined && UNION_NAME.test(unit.name.normalize('NFC').trim());
}
