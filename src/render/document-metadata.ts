// What a printed document tells about itself, by NĐ 30/2020 Phụ lục VI (Phần II, mục I: thông tin đầu vào của
// dữ liệu quản lý văn bản đi): decided here once from the view the templates print, and written by the PDF
// finishing step (XMP) and the DOCX writer (core and custom properties) alike. The names are the Phụ lục's own
// short English names; fields the repository cannot know (mã định danh, hồ sơ, độ mật, độ khẩn, hạn trả lời) are
// left out rather than guessed.

import { recipientParts } from '../domain/recipients.js';
import { parseNumber } from '../numbers/number.js';

/** The parts of a printed view the metadata is read from (documents, year-end papers and the register alike). */
export interface MetadataSource {
  documentTitle: string;
  header: { issuer: string; number?: string };
  title: { docType: string; subject?: string };
  recipients?: ReadonlyArray<{ text: string }>;
  signatures?: { cells: ReadonlyArray<{ title: string; name: string }> };
  trace?: { digest?: string; commit?: string };
}

export interface DocumentMetadata {
  /** The HTML and PDF title. */
  title: string;
  /** BCP 47 language of the text. */
  language: string;
  /** Tên cơ quan, tổ chức ban hành văn bản. */
  organName?: string;
  /** Tên loại văn bản, as a word processor writes it ("Kế hoạch"). */
  typeName?: string;
  /** Số và ký hiệu as printed after "Số:" ("07/KH-CĐBNV"), and its two parts ("07", "KH-CĐBNV"). */
  number?: string;
  codeNumber?: string;
  codeNotation?: string;
  /** Ngày, tháng, năm văn bản (YYYY-MM-DD). */
  issuedDate?: string;
  /** Trích yếu nội dung. */
  subject?: string;
  /** Chức vụ and họ tên of each person who signs, in signing order. */
  signers: Array<{ position: string; fullName: string }>;
  /** Nơi nhận, without the file copies. */
  recipients: string[];
  /** Số lượng bản phát hành: recipients and file copies. */
  issuedAmount?: number;
  /** Content digest and commit of the source, when it is committed. */
  digest?: string;
  commit?: string;
  /** Sign-ready prints: the source's path from the document root (giaouoc's trace, see pdf/xmp.ts). */
  document?: string;
}

export function documentMetadata(view: MetadataSource, date: string | undefined): DocumentMetadata {
  const number = view.header.number?.replace(/^Số:\s*/u, '').trim();
  const parsed = number ? parseNumber(number) : undefined;
  const parts = recipientParts((view.recipients ?? []).map((line) => line.text));
  return {
    title: view.documentTitle,
    language: 'vi-VN',
    organName: view.header.issuer || undefined,
    typeName: sentenceCase(view.title.docType),
    // An unnumbered draft prints "Số:   /KH-…": no number yet.
    number: number && /\d/.test(number) ? number : undefined,
    codeNumber: parsed?.ok ? String(parsed.number.ordinal).padStart(2, '0') : undefined,
    codeNotation: parsed?.ok ? parsed.number.symbol : undefined,
    issuedDate: /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date : undefined,
    subject: view.title.subject?.replace(/\s+/gu, ' ').trim() || undefined,
    signers: (view.signatures?.cells ?? [])
      .filter((cell) => cell.name.trim())
      .map((cell) => ({ position: cell.title.replace(/\s+/gu, ' ').trim(), fullName: cell.name.trim() })),
    recipients: parts.recipients,
    issuedAmount: parts.copies > 0 ? parts.copies : undefined,
    digest: view.trace?.digest,
    commit: view.trace?.commit,
  };
}

/** The keywords of the PDF and the DOCX: type, number, and the source's digest and commit. */
export function keywordsOf(metadata: DocumentMetadata): string[] {
  const trace = [metadata.digest && `digest=${metadata.digest}`, metadata.commit && `commit=${metadata.commit}`].filter(Boolean).join(' ');
  return [metadata.typeName, metadata.number, trace].filter((item): item is string => Boolean(item));
}

/** How a field's value is typed in XMP (and, joined, in a DOCX custom property). */
export type FieldType = 'Text' | 'Integer' | 'Date' | 'seq Text';

export interface FieldDefinition {
  /** Phụ lục VI's short name: the XMP property and the DOCX custom property. */
  name: string;
  /** Its number and wording in the Phụ lục. */
  item: string;
  vi: string;
  type: FieldType;
}

export interface FieldValue extends FieldDefinition {
  value: string | number | string[];
}

/** Every Phụ lục VI field giaouoc fills, in the Phụ lục's order. */
export const PHU_LUC_VI_FIELDS: readonly FieldDefinition[] = [
  { name: 'TypeName', item: '3', vi: 'Tên loại văn bản', type: 'Text' },
  { name: 'CodeNumber', item: '4', vi: 'Số của văn bản', type: 'Text' },
  { name: 'CodeNotation', item: '5', vi: 'Ký hiệu của văn bản', type: 'Text' },
  { name: 'IssuedDate', item: '6', vi: 'Ngày, tháng, năm văn bản', type: 'Date' },
  { name: 'OrganName', item: '7', vi: 'Tên cơ quan, tổ chức ban hành văn bản', type: 'Text' },
  { name: 'Subject', item: '8', vi: 'Trích yếu nội dung', type: 'Text' },
  { name: 'Language', item: '9', vi: 'Ngôn ngữ', type: 'Text' },
  { name: 'PageAmount', item: '10', vi: 'Số trang của văn bản', type: 'Integer' },
  { name: 'Position', item: '12.1', vi: 'Chức vụ của người ký văn bản', type: 'seq Text' },
  { name: 'FullName', item: '12.2', vi: 'Họ và tên người ký văn bản', type: 'seq Text' },
  { name: 'ToOrganName', item: '13.2', vi: 'Tên cơ quan, tổ chức nhận văn bản', type: 'seq Text' },
  { name: 'IssuedAmount', item: '15', vi: 'Số lượng bản phát hành', type: 'Integer' },
];

/** The fields this document has a value for; `pages` only where the writer knows its pages (the PDF). */
export function phuLucViFields(metadata: DocumentMetadata, pages?: number): FieldValue[] {
  const values: Record<string, FieldValue['value'] | undefined> = {
    TypeName: metadata.typeName,
    CodeNumber: metadata.codeNumber,
    CodeNotation: metadata.codeNotation,
    IssuedDate: metadata.issuedDate,
    OrganName: metadata.organName,
    Subject: metadata.subject,
    Language: metadata.language,
    PageAmount: pages,
    Position: metadata.signers.map((signer) => signer.position),
    FullName: metadata.signers.map((signer) => signer.fullName),
    ToOrganName: metadata.recipients,
    IssuedAmount: metadata.issuedAmount,
  };
  return PHU_LUC_VI_FIELDS.flatMap((field) => {
    const value = values[field.name];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
    return [{ ...field, value }];
  });
}

function sentenceCase(text: string): string | undefined {
  const lower = text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');
  return lower ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : undefined;
}
