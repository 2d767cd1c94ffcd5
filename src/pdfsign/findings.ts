// The findings of PDF signature verification, as data, and their sentences: Vietnamese first, English with
// --lang en. Errors make a signature (or the PDF) invalid; warnings leave it valid but say what could not be
// established (the circular asks for a warning when revocation status is unknown).

import type { Text } from '../context.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  args: Record<string, string>;
}

const MESSAGES = {
  'unreadable-pdf': ['error', (a) => ({ vi: `không đọc được tệp PDF: ${a.detail}`, en: `cannot read the PDF: ${a.detail}` })],
  'no-signature': ['error', () => ({ vi: 'tệp PDF không có chữ ký số nào', en: 'the PDF carries no digital signature' })],
  'byte-range-malformed': ['error', () => ({ vi: 'vùng dữ liệu được ký (ByteRange) không hợp lệ', en: 'the signed byte range (ByteRange) is malformed' })],
  'contents-outside-gap': ['error', () => ({ vi: 'khoảng trống trong ByteRange không phải đúng giá trị chữ ký: có dữ liệu nằm ngoài phần được ký', en: 'the gap in the ByteRange is not exactly the signature value: some data escapes the signature' })],
  'partial-coverage': ['error', (a) => ({ vi: `chữ ký chỉ bao phủ một phần tệp (đến byte ${a.end}, không trùng cuối một phiên bản nào của tệp dài ${a.length} byte)`, en: `the signature covers only part of the file (up to byte ${a.end}, which ends no revision of the ${a.length}-byte file)` })],
  'cms-unreadable': ['error', () => ({ vi: 'không đọc được chữ ký (CMS/PKCS#7)', en: 'the signature (CMS/PKCS#7) cannot be read' })],
  'unsupported-algorithm': ['error', (a) => ({ vi: `thuật toán ký chưa được hỗ trợ${a.detail ? ` (${a.detail})` : ''}`, en: `unsupported signature algorithm${a.detail ? ` (${a.detail})` : ''}` })],
  'no-signer-certificate': ['error', () => ({ vi: 'chữ ký không kèm chứng thư số của người ký', en: "the signature does not include the signer's certificate" })],
  'digest-mismatch': ['error', () => ({ vi: 'nội dung được ký đã bị thay đổi: mã băm không khớp với chữ ký', en: 'the signed content was altered: its hash does not match the signature' })],
  'signature-invalid': ['error', () => ({ vi: 'giá trị chữ ký sai: không khớp với khóa công khai trong chứng thư', en: "the signature value is wrong for the certificate's public key" })],
  'modified-after': ['error', (a) => ({ vi: `nội dung đã bị sửa sau khi ký: ${a.what} (đối tượng ${a.object}) ${a.how === 'removed' ? 'bị xóa' : a.how === 'annotation-added' ? 'được thêm lên trang' : 'bị sửa'} trong một lần cập nhật sau chữ ký`, en: `the content was changed after signing: ${a.what} (object ${a.object}) was ${a.how === 'removed' ? 'removed' : a.how === 'annotation-added' ? 'added to a page' : 'modified'} by an update after the signature` })],
  'untrusted-root': ['error', (a) => ({ vi: `chứng thư không dẫn tới chứng thư gốc tin cậy nào (gốc: ${a.root}); nếu đây là gốc NEAC hay gốc chuyên dùng, hãy tải từ trang chính thức và chạy \`giaouoc trust add <tệp>\``, en: `the certificate leads to no trusted root (root: ${a.root}); if it is a NEAC or special-purpose root, download it from the official site and run \`giaouoc trust add <file>\`` })],
  'incomplete-chain': ['error', (a) => ({ vi: `không dựng được chuỗi chứng thư tới chứng thư gốc tin cậy (dừng ở ${a.at}): PDF thiếu chứng thư trung gian hoặc chưa nhập chứng thư gốc (\`giaouoc trust add\`)`, en: `no certificate chain to a trusted root (stops at ${a.at}): an intermediate certificate is missing from the PDF or the root was not imported (\`giaouoc trust add\`)` })],
  'not-a-ca': ['error', (a) => ({ vi: `chứng thư ${a.at} không phải chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA)`, en: `certificate ${a.at} is not a CA certificate` })],
  'not-valid-at-signing': ['error', (a) => ({ vi: `chứng thư số “${a.subject}” không có hiệu lực vào thời điểm ký ${a.time} (hiệu lực từ ${a.from} đến ${a.to})`, en: `certificate "${a.subject}" was not valid at the signing time ${a.time} (valid from ${a.from} to ${a.to})` })],
  revoked: ['error', (a) => ({ vi: `chứng thư số “${a.subject}” đã bị thu hồi từ ${a.at} (theo ${a.source})`, en: `certificate "${a.subject}" was revoked on ${a.at} (per ${a.source})` })],
  'timestamp-invalid': ['error', () => ({ vi: 'dấu thời gian (RFC 3161) không khớp với chữ ký hoặc có chữ ký sai', en: 'the RFC 3161 timestamp does not match the signature or is wrongly signed' })],
  'signer-not-registered': ['error', (a) => ({ vi: `người ký “${a.name}” không phải người ký nào của các bên trong giaouoc.yaml (${a.parties})`, en: `signer "${a.name}" is none of the parties' signatories in giaouoc.yaml (${a.parties})` })],
  'signer-wrong-party': ['error', (a) => ({ vi: `người ký “${a.name}” ký vào ô của ${a.party} nhưng không phải người ký của đơn vị đó`, en: `signer "${a.name}" signed the field of ${a.party} but is not that unit's signatory` })],
  'claimed-time': ['warning', (a) => ({ vi: `không có dấu thời gian: thời điểm ký ${a.time} do phần mềm ký tự khai`, en: `no timestamp: the signing time ${a.time} is the signing software's own claim` })],
  'timestamp-untrusted': ['warning', () => ({ vi: 'dấu thời gian không dẫn tới chứng thư gốc tin cậy; dùng thời điểm tự khai', en: 'the timestamp leads to no trusted root; the claimed time is used' })],
  'revocation-unknown': ['warning', (a) => ({ vi: `chưa kiểm tra được tình trạng thu hồi của chứng thư “${a.subject}” (PDF không kèm CRL hay OCSP)`, en: `the revocation status of "${a.subject}" could not be checked (the PDF carries no CRL or OCSP response)` })],
  'organisation-differs': ['warning', (a) => ({ vi: `tổ chức trong chứng thư (“${a.organisation}”) khác tên đơn vị ${a.unit}`, en: `the certificate's organisation ("${a.organisation}") differs from the unit name ${a.unit}` })],
  'signer-unchecked': ['warning', () => ({ vi: 'chưa đối chiếu được người ký với danh mục (PDF không gắn với văn bản nào của kho)', en: 'the signer could not be matched with the registry (the PDF is bound to no document of the repository)' })],
  'unsigned-field': ['warning', (a) => ({ vi: `ô chữ ký của ${a.party} chưa được ký`, en: `the signature field of ${a.party} is not signed yet` })],
  'not-bound': ['error', () => ({ vi: 'không gắn được PDF với văn bản nào: không có mã nội dung trong XMP và mã băm không có trong sổ bản sẵn sàng ký (ban-ky/)', en: 'the PDF is bound to no document: no digest in its XMP and its hash is not in any sign-ready record (ban-ky/)' })],
  'outside-repository': ['warning', () => ({ vi: 'không ở trong kho văn bản: chưa đối chiếu PDF với văn bản nguồn và danh mục người ký', en: 'not inside a document repository: the PDF was not checked against its source and the registry' })],
  'document-missing': ['error', (a) => ({ vi: `PDF ghi văn bản ${a.document} ở commit ${a.commit}, nhưng kho không có văn bản đó ở commit đó`, en: `the PDF names ${a.document} at commit ${a.commit}, which the repository does not hold` })],
  'digest-at-commit-mismatch': ['error', (a) => ({ vi: `mã nội dung trong PDF (${a.pdf}) khác mã của ${a.document} ở commit ${a.commit} (${a.actual}): PDF không in từ phiên bản nó ghi`, en: `the PDF's digest (${a.pdf}) differs from ${a.document} at commit ${a.commit} (${a.actual}): the PDF was not printed from the revision it names` })],
  'other-version': ['error', (a) => ({ vi: `PDF là bản ký của phiên bản khác (commit ${a.commit}); ${a.document} đã đổi nội dung sau đó — hãy in lại bằng \`giaouoc render ${a.document} --format pdf --ban-ky\` và ký lại`, en: `the PDF is the signed copy of another revision (commit ${a.commit}); ${a.document} changed since — print it again with \`giaouoc render ${a.document} --format pdf --for-signing\` and sign again` })],
} satisfies Record<string, readonly [Severity, (args: Record<string, string>) => Text]>;

export type FindingCode = keyof typeof MESSAGES;

export function finding(code: FindingCode, args: Record<string, string> = {}): Finding {
  return { code, severity: MESSAGES[code][0], args };
}

export function findingText(item: Finding): Text {
  return (MESSAGES[item.code][1] as (args: Record<string, string>) => Text)(item.args);
}
