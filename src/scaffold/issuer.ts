// Who issues a new document, looked up in the registry: a bloc (for compacts and plans) or a unit,
// and what the registry says about it — members and signing order, upper union, subordinate units.

import type { Bloc, BlocYear, RepositoryConfig, Unit } from '../kinds/model.js';
import type { KindSpec } from '../kinds/registry.js';
import { UserError } from '../errors.js';
import { closest } from '../validate/suggest.js';

export type Issuer = { type: 'bloc'; id: string; bloc: Bloc } | { type: 'unit'; id: string; unit: Unit };

export interface IssuerFlags {
  bloc?: string;
  issuer?: string;
}

/** The issuer the flags name, or undefined when they name none; an unknown id is a usage error with a suggestion. */
export function issuerFromFlags(config: RepositoryConfig, kind: KindSpec, flags: IssuerFlags): Issuer | undefined {
  if (flags.bloc !== undefined && flags.issuer !== undefined) {
    throw new UserError({ vi: 'hãy dùng --bloc hoặc --issuer, không dùng cả hai', en: 'use --bloc or --issuer, not both' });
  }
  if (flags.bloc !== undefined) {
    if (!kind.blocIssuer) {
      throw new UserError({
        vi: `${kind.label.vi} do một đơn vị ban hành, không phải khối thi đua; hãy dùng --issuer <mã đơn vị>`,
        en: `a ${kind.label.en} is issued by a unit, not a bloc; use --issuer <unit id>`,
      });
    }
    const bloc = (config.blocs ?? []).find((candidate) => candidate.id === flags.bloc);
    if (!bloc) throw unknownId(flags.bloc, (config.blocs ?? []).map((candidate) => candidate.id), '--bloc');
    return { type: 'bloc', id: bloc.id, bloc };
  }
  if (flags.issuer !== undefined) return findIssuer(config, kind, flags.issuer);
  return undefined;
}

/** An id given on the command line or at a prompt: a unit, or a bloc where the kind allows one. */
export function findIssuer(config: RepositoryConfig, kind: KindSpec, id: string): Issuer {
  const unit = config.units.find((candidate) => candidate.id === id);
  if (unit) return { type: 'unit', id, unit };
  const bloc = kind.blocIssuer ? (config.blocs ?? []).find((candidate) => candidate.id === id) : undefined;
  if (bloc) return { type: 'bloc', id, bloc };
  return unknownIdThrow(id, issuerCandidates(config, kind).map((candidate) => candidate.id), '--issuer');
}

/**
 * Everything that may issue a document of this kind, blocs first where allowed (a compact is usually a bloc's);
 * only blocs where the entry asks for a bloc only (a scoring table, which a bloc adopts with its compact).
 */
export function issuerCandidates(config: RepositoryConfig, kind: KindSpec): Issuer[] {
  const blocs: Issuer[] = kind.blocIssuer ? (config.blocs ?? []).map((bloc) => ({ type: 'bloc', id: bloc.id, bloc })) : [];
  if (kind.askedBloc?.only) return blocs;
  return [...blocs, ...config.units.map((unit): Issuer => ({ type: 'unit', id: unit.id, unit }))];
}

export function issuerName(issuer: Issuer): string {
  return issuer.type === 'bloc' ? issuer.bloc.name : issuer.unit.name;
}

export function findUnit(config: RepositoryConfig, id: string | undefined): Unit | undefined {
  return id === undefined ? undefined : config.units.find((unit) => unit.id === id);
}

/** The upper union: a bloc's, or a unit's direct upper body. */
export function upperOf(config: RepositoryConfig, issuer: Issuer): Unit | undefined {
  return findUnit(config, issuer.type === 'bloc' ? issuer.bloc.upper : issuer.unit.upper);
}

export interface BlocTerm {
  term: BlocYear;
  /** Set when the bloc has no entry for the wanted year and the latest one stands in for it. */
  borrowedFrom?: number;
}

/** The bloc's make-up in `year`, or its latest year's when that year is not registered yet. */
export function blocTerm(bloc: Bloc, year: number): BlocTerm {
  const exact = bloc.years.find((entry) => entry.year === year);
  if (exact) return { term: exact };
  const latest = [...bloc.years].sort((a, b) => b.year - a.year)[0];
  return { term: latest, borrowedFrom: latest.year };
}

/** Signing order of a compact: the leader, the deputy, then the other members as registered. */
export function signingOrder(term: BlocYear): string[] {
  const first = [term.leader, term.deputy].filter((id): id is string => id !== undefined && term.members.includes(id));
  return [...new Set([...first, ...term.members])];
}

/** Units whose direct upper body is `id`: the other parties of a union's compact with its sub-unions. */
export function subordinateUnits(config: RepositoryConfig, id: string): Unit[] {
  return config.units.filter((unit) => unit.upper === id);
}

/** The unit that signs for an issuer: the unit itself, or the bloc's leader that year. */
export function signingUnit(config: RepositoryConfig, issuer: Issuer, year: number): Unit | undefined {
  if (issuer.type === 'unit') return issuer.unit;
  return findUnit(config, blocTerm(issuer.bloc, year).term.leader);
}

function unknownId(id: string, candidates: string[], flag: string): UserError {
  const suggestion = closest(id, candidates);
  const known = candidates.slice(0, 8).join(', ') + (candidates.length > 8 ? ', …' : '');
  if (suggestion) {
    return new UserError({
      vi: `giaouoc.yaml không có mã ${JSON.stringify(id)} (${flag}); có phải ${suggestion}?`,
      en: `giaouoc.yaml has no id ${JSON.stringify(id)} (${flag}); did you mean ${suggestion}?`,
    });
  }
  return new UserError({
    vi: `giaouoc.yaml không có mã ${JSON.stringify(id)} (${flag}); các mã đã khai báo: ${known || '—'}`,
    en: `giaouoc.yaml has no id ${JSON.stringify(id)} (${flag}); registered ids: ${known || '—'}`,
  });
}

function unknownIdThrow(id: string, candidates: string[], flag: string): never {
  throw unknownId(id, candidates, flag);
}
