// Who signs a document — the one answer validate, render, sign, verify, status and the year-end commands use:
// - a compact: each of its parties, each by its signatory in office on the document's date;
// - any other document of a unit: the unit, by the signer the document names or else its first in office;
// - a document of a bloc: the bloc's leader of that year, whose chair signs on the bloc's behalf.

import type { IsoDate, RepositoryConfig, Signatory } from '../kinds/model.js';
import { kindNamed } from '../kinds/registry.js';
import { documentDate } from './period.js';
import { OrgRegistry, registryOf } from './registry.js';

/** The fields of a document that decide who signs it; read tolerantly from any parsed YAML. */
export interface SigningShape {
  kind?: unknown;
  year?: unknown;
  date?: unknown;
  issuer?: unknown;
  parties?: unknown;
  signer?: unknown;
}

export type NoSigner =
  | { code: 'bloc-year-missing'; bloc: string; year: number }
  | { code: 'bloc-leader-missing'; bloc: string; year: number }
  | { code: 'no-signatory'; unit: string; date?: IsoDate };

function registry(config: RepositoryConfig | OrgRegistry | undefined): OrgRegistry | undefined {
  if (!config) return undefined;
  return config instanceof OrgRegistry ? config : registryOf(config);
}

/** The unit that signs for the issuer: the issuer itself, or for a bloc its leader of that year. */
export function signingUnitOf(doc: SigningShape, config: RepositoryConfig | OrgRegistry | undefined): string | undefined {
  if (typeof doc.issuer !== 'string') return undefined;
  const reg = registry(config);
  const bloc = reg?.bloc(doc.issuer);
  if (!bloc) return doc.issuer;
  return typeof doc.year === 'number' ? reg!.blocYear(bloc, doc.year)?.leader : undefined;
}

/** Does every party the document names sign it (the kind's entry says: a compact)? */
export function signedByParties(doc: SigningShape): boolean {
  return Boolean(kindNamed(doc.kind)?.signedByParties);
}

/** The units that must sign, as the document names them (a compact's parties, once each, in order). */
export function partiesOf(doc: SigningShape, config: RepositoryConfig | OrgRegistry | undefined): string[] {
  if (signedByParties(doc)) {
    return Array.isArray(doc.parties) ? [...new Set(doc.parties.filter((id): id is string => typeof id === 'string'))] : [];
  }
  const unit = signingUnitOf(doc, config);
  return unit ? [unit] : [];
}

/** The person who signs for `unit`: the named signer for the issuing unit, else the first in office that day. */
export function signatoryFor(doc: SigningShape, config: RepositoryConfig | OrgRegistry | undefined, unit: string): Signatory | undefined {
  const reg = registry(config);
  if (!reg) return undefined;
  const signingUnit = signingUnitOf(doc, reg);
  const named = typeof doc.signer === 'string' && signingUnit !== undefined && reg.sameUnit(signingUnit, unit) ? doc.signer : undefined;
  return reg.signatoryAt(unit, documentDate(doc), named);
}

/** Why nobody can sign the document, one entry per party that lacks a signer; empty when everyone can. */
export function missingSigners(doc: SigningShape, config: RepositoryConfig | OrgRegistry): NoSigner[] {
  const reg = registry(config)!;
  const date = documentDate(doc);
  if (!signedByParties(doc) && typeof doc.issuer === 'string') {
    const bloc = reg.bloc(doc.issuer);
    if (bloc && typeof doc.year === 'number') {
      const term = reg.blocYear(bloc, doc.year);
      if (!term) return [{ code: 'bloc-year-missing', bloc: bloc.id, year: doc.year }];
      if (!term.leader) return [{ code: 'bloc-leader-missing', bloc: bloc.id, year: doc.year }];
    }
  }
  const problems: NoSigner[] = [];
  // A unit that lists nobody signs under its own name with a blank for the person (the registry says nothing);
  // one whose signatories are all out of office on the date has nobody who may sign.
  for (const unit of partiesOf(doc, reg)) {
    if (reg.unit(unit)?.signatories?.length && !signatoryFor(doc, reg, unit)) problems.push({ code: 'no-signatory', unit, date });
  }
  return problems;
}
