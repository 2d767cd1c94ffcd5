// One PDF's verdict: every signature checked (check-signatures.ts), the PDF bound to its source (binding.ts),
// and each signer matched with a signatory of the party whose field they signed (or of any party, for a field
// the signing software added itself). Offline: nothing here opens a network connection.

import type { X509Certificate } from 'node:crypto';
import { unitOf } from '../repo/parties.js';
import { bindPdf, type Binding, type RepoContext } from './binding.js';
import { checkSignatures, type SignatureVerdict } from './check-signatures.js';
import { finding, type Finding } from './findings.js';
import { PdfFile } from './pdf-file.js';
import { certificateMatches, sameName, signatoriesOf } from './signatories.js';

export type PdfState = 'valid' | 'warnings' | 'incomplete' | 'invalid';

export interface PdfReport {
  file: string;
  state: PdfState;
  signatures: SignatureVerdict[];
  /** Parties (or field names) with no signature yet. */
  unsigned: string[];
  binding?: Binding;
  findings: Finding[];
}

export async function verifyPdf(file: string, bytes: Buffer, anchors: readonly X509Certificate[], repo: RepoContext | undefined): Promise<PdfReport> {
  let pdf: PdfFile;
  try {
    pdf = new PdfFile(bytes);
  } catch (error) {
    return { file, state: 'invalid', signatures: [], unsigned: [], findings: [finding('unreadable-pdf', { detail: (error as Error).message })] };
  }
  let checked: ReturnType<typeof checkSignatures>;
  try {
    checked = checkSignatures(pdf, anchors);
  } catch (error) {
    return { file, state: 'invalid', signatures: [], unsigned: [], findings: [finding('unreadable-pdf', { detail: (error as Error).message })] };
  }
  const { signatures, unsigned } = checked;
  const findings: Finding[] = [];
  if (signatures.length === 0) findings.push(finding('no-signature'));
  const covered = signatures.map((item) => item.revision).filter((item): item is number => item !== undefined);
  let binding: Binding;
  try {
    binding = await bindPdf(pdf, covered.length > 0 ? Math.min(...covered) : pdf.revisions.length - 1, repo);
  } catch (error) {
    binding = { findings: [finding('unreadable-pdf', { detail: (error as Error).message })] };
  }
  if (binding.parties && repo) matchSigners(signatures, binding.parties, repo);
  else for (const signature of signatures) signature.findings.push(finding('signer-unchecked'));

  const missing = binding.parties
    ? binding.parties.filter((party) => !signatures.some((item) => item.party === party))
    : unsigned;
  for (const party of missing) findings.push(finding('unsigned-field', { party: unitOf(repo?.config, party)?.name ?? party }));
  const all = [...findings, ...binding.findings, ...signatures.flatMap((item) => item.findings)];
  const state: PdfState = all.some((item) => item.severity === 'error')
    ? 'invalid'
    : missing.length > 0
      ? 'incomplete'
      : all.length > 0
        ? 'warnings'
        : 'valid';
  return { file, state, signatures, unsigned: missing, binding, findings };
}

function matchSigners(signatures: SignatureVerdict[], parties: string[], repo: RepoContext): void {
  const partyOf = (name: string | undefined, identifiers: string[]) =>
    parties.find((party) => signatoriesOf(repo.config, party).some((signatory) => certificateMatches(signatory, name, identifiers)));
  for (const signature of signatures) {
    if (!signature.signer) continue;
    const { name = '', identifiers, organisation } = signature.signer;
    const matched = partyOf(name, identifiers);
    if (signature.party && parties.includes(signature.party)) {
      if (matched !== signature.party) {
        const unit = unitOf(repo.config, signature.party)?.name ?? signature.party;
        signature.findings.push(matched ? finding('signer-wrong-party', { name, party: unit }) : finding('signer-not-registered', { name, parties: partyNames(parties, repo) }));
      }
    } else if (matched) {
      signature.party = matched;
    } else {
      signature.party = undefined;
      signature.findings.push(finding('signer-not-registered', { name, parties: partyNames(parties, repo) }));
    }
    const unit = signature.party ? unitOf(repo.config, signature.party)?.name : undefined;
    if (unit && organisation && !sameName(unit, organisation)) signature.findings.push(finding('organisation-differs', { organisation, unit }));
  }
}

function partyNames(parties: string[], repo: RepoContext): string {
  return parties.map((party) => unitOf(repo.config, party)?.name ?? party).join('; ');
}
