// The outgoing register (sổ đăng ký văn bản đi, NĐ 30/2020 Phụ lục IV): one entry per number given in the year,
// with the ten columns of the form. Pure: documents and their history in, entries out.

import type { RepositoryConfig } from '../kinds/model.js';
import { findKind } from '../kinds/registry.js';
import { issuerCodesOf, numberingYear } from '../numbers/codes.js';
import { parseNumber } from '../numbers/number.js';
import { recipientParts } from '../domain/recipients.js';
import { signerNameFor, signingUnitOf } from '../repo/parties.js';
import type { CommitInfo, PathHistory } from './history.js';
import { printedSubject } from '../render/view-model/index.js';

export interface RegisterSource {
  /** Path from the document root. */
  relative: string;
  value: Record<string, unknown>;
  history?: PathHistory;
  /** No longer in the repository: deleted by `history.deleted`. */
  withdrawn?: boolean;
}

export interface RegisterEntry {
  relative: string;
  issuer: string;
  /** Sort keys: the issuer code of the number and its ordinal. */
  code: string;
  ordinal: number;
  /** The ten columns. */
  number: string;
  date: string;
  typeAndSubject: string;
  signer: string;
  recipients: string;
  archive: string;
  copies: number;
  sent: string;
  receipt: string;
  notes: string;
}

export const REGISTER_COLUMNS = {
  vi: ['Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Người ký', 'Nơi nhận văn bản', 'Đơn vị, người nhận bản lưu', 'Số lượng bản', 'Ngày chuyển', 'Ký nhận', 'Ghi chú'],
  en: ['Number and symbol', 'Date', 'Type and subject', 'Signed by', 'Recipients', 'Unit or person keeping the file copy', 'Copies', 'Date sent', 'Receipt', 'Notes'],
} as const;

// "Đính chính Kế hoạch số 03/KH-CĐBNV …", "thay thế Báo cáo số 05/BC-…": how a later document names the one it
// corrects or replaces, in its subject or its bases.
const AMENDS = /(đính chính|thay thế)[^.;]*?\bsố\s+(\d+\/[\p{L}\d&-]+)/giu;

export function buildRegister(config: RepositoryConfig, sources: readonly RegisterSource[], year: number, issuer?: string): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  const amendedBy = new Map<string, { how: 'correct' | 'replace'; by: string }[]>();
  for (const source of sources) {
    const doc = source.value;
    const number = typeof doc.number === 'string' ? doc.number.normalize('NFC') : undefined;
    if (!number) continue;
    const date = typeof doc.date === 'string' ? doc.date : undefined;
    if (numberingYear(date, Number(doc.year)) !== year) continue;
    const parsed = parseNumber(number);
    const codes = issuerCodesOf(config, String(doc.issuer ?? ''), date, Number(doc.year));
    const code = codes.find((candidate) => number.includes(candidate)) ?? codes[0] ?? '';
    // An office's register holds what it numbered: a bloc's papers numbered by its Khối trưởng's office too.
    if (issuer && doc.issuer !== issuer && !issuerCodesOf(config, issuer, date, year).includes(code)) continue;
    for (const text of [doc.subject, ...(Array.isArray(doc.bases) ? doc.bases : [])]) {
      if (typeof text !== 'string' || source.withdrawn) continue;
      for (const match of text.normalize('NFC').matchAll(AMENDS)) {
        const list = amendedBy.get(match[2]) ?? [];
        list.push({ how: match[1].toLowerCase() === 'đính chính' ? 'correct' : 'replace', by: number });
        amendedBy.set(match[2], list);
      }
    }
    const { recipients: others, archive, copies } = recipientParts(doc.recipients);
    const sent = issuingCommit(source.history, number);
    const notes: string[] = [];
    if (source.withdrawn && source.history?.deleted) notes.push(`Đã thu hồi: xóa khỏi kho ngày ${dayMonthYear(source.history.deleted.date)} (commit ${short(source.history.deleted)})`);
    if (!sent) notes.push('Chưa commit vào kho');
    entries.push({
      relative: source.relative,
      issuer: String(doc.issuer ?? ''),
      code,
      ordinal: parsed.ok ? parsed.number.ordinal : Number.MAX_SAFE_INTEGER,
      number,
      date: date ? dayMonthYear(date) : '',
      typeAndSubject: typeAndSubject(doc),
      signer: signerOf(doc, config),
      recipients: others.join('; '),
      archive,
      copies,
      sent: sent ? dayMonthYear(sent.date) : '',
      receipt: sent ? `${sent.author} (commit ${short(sent)})` : '',
      notes: notes.join('; '),
    });
  }
  for (const entry of entries) {
    const amendments = amendedBy.get(entry.number) ?? [];
    const said = amendments.map((item) => (item.how === 'correct' ? `Được đính chính bởi văn bản số ${item.by}` : `Bị thay thế bởi văn bản số ${item.by}`));
    if (said.length > 0) entry.notes = [...said, entry.notes].filter(Boolean).join('; ');
  }
  return entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || a.ordinal - b.ordinal || (a.relative < b.relative ? -1 : 1));
}

/** The commit that issued the number: the `cap-so` commit that gave it, else the commit that added the file. */
function issuingCommit(history: PathHistory | undefined, number: string): CommitInfo | undefined {
  return history?.numbered.find((entry) => entry.number === number) ?? history?.added;
}

function typeAndSubject(doc: Record<string, unknown>): string {
  const label = findKind(String(doc.kind ?? ''))?.label.vi ?? 'văn bản';
  const type = label.charAt(0).toUpperCase() + label.slice(1);
  const subject = (printedSubject(doc) ?? '').replace(/\s+/gu, ' ').trim();
  return subject ? `${type}: ${subject}` : type;
}

function signerOf(doc: Record<string, unknown>, config: RepositoryConfig): string {
  const unit = signingUnitOf(doc, config);
  return (unit && signerNameFor(doc, config, unit)) || (typeof doc.signer === 'string' ? doc.signer : '');
}

function dayMonthYear(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

function short(info: CommitInfo): string {
  return info.commit.slice(0, 7);
}
