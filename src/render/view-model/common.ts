// The parts every kind shares: header, title lines, bases, recipients, signers, draft mark, trace line.
import type { DocumentBase, Signatory, Unit } from '../../kinds/model.js';
import { dateLine, endSentence, shortDate, upperVi } from '../vietnamese/index.js';
import { signFieldUrl } from '../../pdfsign/field-mark.js';
import { blankNumberLine } from '../../numbers/codes.js';
import { isUnion, type Registry } from './registry.js';
import type { HeaderView, LineView, SignatureState, SignerView, TraceView, ViewBase } from './types.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const DRAFT_MARK = 'DỰ THẢO';
export const DEFAULT_AUTHORITY = 'TM. BAN CHẤP HÀNH';
export const SIGNED_NOTE = '(Đã ký)';

/** The issuing body as the header prints it, as it stood on the document's date: a unit, or a bloc under its upper union. */
export function buildHeader(doc: DocumentBase, registry: Registry): HeaderView {
  const upperId = registry.upperOf(doc.issuer);
  const upper = upperId === undefined ? undefined : registry.fullName(upperId);
  return {
    upper: upper === undefined ? undefined : upperVi(upper),
    issuer: upperVi(registry.fullName(doc.issuer)),
    written: { upper, issuer: registry.fullName(doc.issuer) },
    number: doc.number ? `Số: ${doc.number}` : undefined,
    numberBlank: doc.number ? undefined : blankNumberLine(doc as unknown as Record<string, unknown>, registry.config),
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    dateLine: dateLine(doc.place ?? registry.unitAt(doc.issuer)?.place ?? registry.config.place, doc.date),
  };
}

/** List lines end with ";" and the last with "."; `prefix` is "- " for recipients. */
export function listLines(texts: string[] | undefined, prefix = ''): LineView[] {
  const items = texts ?? [];
  return items.map((text, index) => ({ text: prefix + endSentence(text, index === items.length - 1) }));
}

/** Dash lines of the body ("- …;"), flagged as items. */
export function itemLines(texts: string[] | undefined): LineView[] {
  return listLines(texts, '- ').map((line) => ({ ...line, item: true }));
}

/** The word before the addressees; several are aligned under its colon (addresseeIndentMm). */
export const ADDRESSEE_LABEL = 'Kính gửi';

/** One addressee on the "Kính gửi:" line; several as "- …;" lines under it. */
export function toLines(addressees: string[] | undefined): string[] {
  const items = addressees ?? [];
  if (items.length === 0) return [];
  if (items.length === 1) return [`${ADDRESSEE_LABEL}: ${items[0]!.replace(/[\s.;]+$/u, '')}`];
  return [`${ADDRESSEE_LABEL}:`, ...listLines(items, '- ').map((line) => line.text)];
}

export function paragraphs(texts: string[] | undefined): LineView[] {
  return (texts ?? []).map((text) => ({ text }));
}

/**
 * One party's cell. A valid signature prints the person it recorded, with the title and authority line they
 * signed under; otherwise the registry's signatory in office on the document's date.
 */
export function signerFor(
  unitId: string,
  unit: Pick<Unit, 'name'> | undefined,
  signatory: Signatory | undefined,
  state: SignatureState | undefined,
): SignerView {
  // A sign-ready print is for the person about to sign: nobody has signed it yet.
  const party = state?.forSigning ? undefined : state?.parties?.[unitId];
  const signedAt = party?.signedAt;
  const signed = !state?.forSigning && (signedAt !== undefined || Boolean(state?.complete));
  const person = party?.signer ?? signatory;
  return {
    unitId,
    // An agency head (the other side of a base union's compact) signs without a committee line.
    authority: upperVi(person?.authority ?? (unit && !isUnion(unit) ? '' : DEFAULT_AUTHORITY)),
    title: upperVi(person?.title ?? 'Chủ tịch'),
    name: person?.name ?? '',
    unitName: unit ? upperVi(unit.name) : undefined,
    unitWritten: unit?.name,
    signed,
    signedNote: signed ? signedNoteText(signedAt) : undefined,
    signFieldUrl: state?.forSigning ? signFieldUrl(unitId) : undefined,
  };
}

function signedNoteText(signedAt: string | undefined): string {
  if (signedAt === undefined) return SIGNED_NOTE;
  return `${SIGNED_NOTE} ${shortDate(signedAt.slice(0, 10))}`;
}

/**
 * The draft mark stays until signing is complete, or on a sign-ready print, which the render command makes
 * only of a final document; there is deliberately no other way to drop it.
 */
export function draftMarkFor(state: SignatureState | undefined): string | undefined {
  return state?.complete || state?.forSigning ? undefined : DRAFT_MARK;
}

export function traceFor(state: SignatureState | undefined): TraceView | undefined {
  if (!state?.digest && !state?.commit) return undefined;
  const parts: string[] = [];
  if (state.digest) parts.push(`Mã nội dung: ${state.digest}`);
  if (state.commit) parts.push(`Phiên bản: ${state.commit}`);
  return { digest: state.digest, commit: state.commit, line: parts.join(' · ') };
}

/**
 * Appends the official "./." to the last paragraph of the body. Returns false when there is none,
 * so the template prints the mark on a line of its own.
 */
export function closeBody(lastParagraphs: LineView[] | undefined): boolean {
  const last = lastParagraphs?.[lastParagraphs.length - 1];
  if (!last) return false;
  const text = last.text.replace(/[\s.;:,]+$/u, '');
  last.text = `${text}./.`;
  return true;
}

/** The type line: the one the author wrote as the original prints it (`typeName`), else the kind's own. */
export function printedType(doc: { typeName?: unknown }, kindType: string): string {
  return typeof doc.typeName === 'string' && doc.typeName.trim() !== '' ? doc.typeName : kindType;
}

export function documentTitle(docType: string, subject: string | undefined): string {
  return subject ? `${docType} ${subject}` : docType;
}

export type BaseFields = Omit<ViewBase, 'kind' | 'signatures' | 'trailingEndMark' | 'title' | 'documentTitle'>;

export function baseFields(doc: DocumentBase, registry: Registry, state: SignatureState | undefined): BaseFields {
  return {
    header: buildHeader(doc, registry),
    to: toLines(doc.to),
    bases: listLines(doc.bases),
    recipients: listLines(doc.recipients, '- '),
    draftMark: draftMarkFor(state),
    trace: traceFor(state),
  };
}
