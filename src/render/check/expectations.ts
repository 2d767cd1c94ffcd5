// What the print check looks for in a PDF, taken from the document's view: the texts that mark the header,
// the subject, the headings and the signature block. Walking the view by shape (any `heading`, any table
// `caption`) keeps the check working for every kind and for bodies that grow new parts.
import type { LayoutProfile } from '../profile.js';

/** The parts of a document view the check needs; the view of every kind and of the year-end documents fit it. */
export interface CheckableView {
  header: { issuer: string; motto: string; upper?: string; written?: { upper?: string; issuer: string } };
  title: { docType: string; subject?: string; issuedWith?: string };
  /** A công văn: no type name, its subject printed "V/v …" under the number, with no rule under it. */
  letter?: { subject?: string };
  signatures: { cells: Array<{ authority?: string; title: string }>; witness?: { heading: string } };
  draftMark?: string;
  trace?: { line: string };
}

export interface PrintExpectations {
  profile: LayoutProfile;
  issuer: string;
  /** The issuer's name and its upper body's as typed (mixed case): the evidence for where their words start. */
  issuerWritten?: string;
  upper?: string;
  upperWritten?: string;
  /** The line the subject rule sits under: the subject, or the document type when there is none. */
  subject: string;
  /** True for a công văn, whose "V/v …" subject has no rule under it. */
  letter: boolean;
  /** "(Kèm theo …)" under the subject: the subject's rule sits under it, still as long as a share of the subject. */
  issuedWith?: string;
  motto: string;
  /** The first line of the first signature cell. */
  signatureStart?: string;
  witnessHeading?: string;
  /** Headings and table captions, as printed ("I. MỤC ĐÍCH, YÊU CẦU"). */
  headings: string[];
  draft: boolean;
  trace?: string;
}

export function expectationsOf(view: CheckableView, profile: LayoutProfile): PrintExpectations {
  const first = view.signatures.cells[0];
  return {
    profile,
    issuer: view.header.issuer,
    issuerWritten: view.header.written?.issuer,
    upper: view.header.upper,
    upperWritten: view.header.written?.upper,
    subject: view.letter ? (view.letter.subject ?? '') : (view.title.subject ?? view.title.docType),
    letter: Boolean(view.letter),
    issuedWith: view.letter ? undefined : view.title.issuedWith,
    motto: view.header.motto,
    signatureStart: first ? (first.authority ?? first.title) : undefined,
    witnessHeading: view.signatures.witness?.heading,
    headings: headingsOf(view),
    draft: Boolean(view.draftMark),
    trace: view.trace?.line,
  };
}

function headingsOf(view: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const heading = record.heading as { label?: unknown; title?: unknown } | undefined;
    if (key !== 'signatures' && heading && typeof heading.title === 'string') {
      found.push([heading.label, heading.title].filter((part) => typeof part === 'string' && part).join(' '));
    }
    if (typeof record.caption === 'string' && record.caption) found.push(record.caption);
    for (const [childKey, child] of Object.entries(record)) {
      if (childKey !== 'header' && childKey !== 'signatures' && childKey !== 'title') visit(child, childKey);
    }
  };
  visit(view, '');
  return found;
}
