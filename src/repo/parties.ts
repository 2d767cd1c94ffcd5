// Who must sign a document: a compact's parties; for a plan or a report the single issuing unit
// (for a bloc issuer, the bloc's leader that year — the unit whose chair signs for the bloc).

import type { RepositoryConfig, Unit } from '../kinds/model.js';

interface DocumentShape {
  kind?: unknown;
  year?: unknown;
  issuer?: unknown;
  parties?: unknown;
  signer?: unknown;
  subject?: unknown;
}

export function signingUnitOf(doc: DocumentShape, config: RepositoryConfig | undefined): string | undefined {
  if (typeof doc.issuer !== 'string') return undefined;
  const bloc = config?.blocs?.find((candidate) => candidate.id === doc.issuer);
  if (!bloc) return doc.issuer;
  return bloc.years.find((year) => year.year === doc.year)?.leader;
}

export function partiesOf(doc: DocumentShape, config: RepositoryConfig | undefined): string[] {
  if (doc.kind === 'compact') {
    return Array.isArray(doc.parties) ? [...new Set(doc.parties.filter((id): id is string => typeof id === 'string'))] : [];
  }
  const unit = signingUnitOf(doc, config);
  return unit ? [unit] : [];
}

export function unitOf(config: RepositoryConfig | undefined, id: string): Unit | undefined {
  return config?.units.find((unit) => unit.id === id);
}

/** The person who signs for `unit`: the document's named signer for the issuing unit, else the unit's chair. */
export function signerNameFor(doc: DocumentShape, config: RepositoryConfig | undefined, unit: string): string | undefined {
  const signatories = unitOf(config, unit)?.signatories ?? [];
  if (typeof doc.signer === 'string' && signingUnitOf(doc, config) === unit) {
    const named = signatories.find((signatory) => signatory.name === doc.signer);
    if (named) return named.name;
  }
  return signatories[0]?.name;
}
