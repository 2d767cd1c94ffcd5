// Signature blocks: one signer for plans and reports, a grid (or two columns) for a compact's parties.
import type { CompactDocument, DocumentBase } from '../../kinds/model.js';
import { upperVi } from '../vietnamese/index.js';
import type { LayoutProfile } from '../profile.js';
import { signatoryFor, signingUnitOf } from '../../domain/signers.js';
import { writtenSignature } from '../../domain/signature-block.js';
import { blocWords } from '../../domain/bloc-words.js';
import { signerFor } from './common.js';
import { isUnion, type Registry } from './registry.js';
import type { SignatureState, SignaturesView, SignerView, WitnessView } from './types.js';

export const WITNESS_HEADING = 'CHỨNG KIẾN';

/** The unit that signs for the issuer: the issuer itself, or for a bloc its leader of that year (src/domain/signers.ts). */
export function signingUnitId(doc: DocumentBase, registry: Registry): string {
  return signingUnitOf(doc, registry.org) ?? doc.issuer;
}

/**
 * One signer. The issuer already stands in the header, so the cell prints only authority, title and name.
 * A document a bloc issues (its plan, its scoring table) is signed on the bloc's behalf by the leader's chair:
 * `TM. KHỐI THI ĐUA I` / `KHỐI TRƯỞNG` / name (`CỤM TRƯỞNG` for a cụm) — not with the committee line of the
 * leader's own union. A document that writes its own block (`signature`) prints that, or none at all.
 */
export function singleSignature(doc: DocumentBase, registry: Registry, state?: SignatureState): SignaturesView {
  const unitId = signingUnitId(doc, registry);
  const bloc = registry.bloc(doc.issuer);
  const written = writtenSignature(doc);
  if (written?.absent) return { layout: 'single', cells: [], rows: [] };
  const signer: SignerView = { ...signerFor(unitId, registry.unitAt(unitId), signatoryFor(doc, registry.org, unitId), state), unitName: undefined };
  if (written) {
    // The document's own block: exactly the lines it writes, nothing from the registry or a default.
    const lines = written.authority.map(upperVi);
    Object.assign(signer, { authority: lines[0] ?? '', authorityLines: lines, title: written.title ? upperVi(written.title) : '', name: written.name ?? '' });
  } else if (bloc) {
    signer.authority = `TM. ${upperVi(bloc.name)}`;
    signer.title = upperVi(blocWords(bloc).leader);
  }
  return { layout: 'single', cells: [signer], rows: [[signer]] };
}

export function compactSignatures(
  doc: CompactDocument,
  registry: Registry,
  profile: LayoutProfile,
  state?: SignatureState,
): SignaturesView {
  const cells = doc.parties.map((id) => signerFor(id, registry.unitAt(id), signatoryFor(doc, registry.org, id), state));
  const witness = witnessBlock(doc, registry);
  const agencyPair = twoColumnPair(doc, registry, cells);
  if (agencyPair) return { layout: 'two', cells: agencyPair, rows: [agencyPair], witness };
  return { layout: 'grid', cells, rows: chunk(cells, gridColumns(cells.length, profile)), witness };
}

/** A base union and its agency sign side by side: the agency head on the left, the union on the right. */
function twoColumnPair(doc: CompactDocument, registry: Registry, cells: SignerView[]): SignerView[] | undefined {
  if (cells.length !== 2) return undefined;
  const unions = doc.parties.map((id) => isUnion(registry.unitAt(id)));
  if (unions[0] === unions[1]) return undefined;
  const [first, second] = cells as [SignerView, SignerView];
  return unions[0] ? [second, first] : [first, second];
}

/** Up to the profile's column count per row, but 2 × 2 rather than 3 + 1 for four parties. */
function gridColumns(count: number, profile: LayoutProfile): number {
  const max = Math.max(2, profile.signature.gridColumns);
  if (count <= 2 || count === 4) return 2;
  return Math.min(max, count);
}

function chunk<T>(items: T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let start = 0; start < items.length; start += size) rows.push(items.slice(start, start + size));
  return rows;
}

function witnessBlock(doc: CompactDocument, registry: Registry): WitnessView | undefined {
  const bloc = registry.bloc(doc.issuer);
  const witnessId = doc.witness ?? (bloc ? registry.upperOf(bloc.id) : undefined);
  if (witnessId === undefined) return undefined;
  const unit = registry.unitAt(witnessId);
  const signatory = unit ? registry.signatory(unit.unit) : undefined;
  return {
    heading: WITNESS_HEADING,
    unitName: upperVi(registry.fullName(witnessId)),
    unitWritten: registry.fullName(witnessId),
    signer: signatory ? signerFor(witnessId, unit, signatory, undefined) : undefined,
  };
}
