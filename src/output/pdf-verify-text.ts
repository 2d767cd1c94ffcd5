// `giaouoc verify-pdf` for people: per PDF a verdict, the source it is bound to, and per signature the fields the
// signing-software circular asks a verifier to show — signer, organisation, issuer, signing time or timestamp,
// integrity, validity at signing time, the certificate's validity period — then every error and warning.

import { pick, type Lang, type Text } from '../context.js';
import { findingText, type Finding } from '../pdfsign/findings.js';
import type { PdfReport, PdfState } from '../pdfsign/verify-pdf.js';
import type { SignatureVerdict } from '../pdfsign/check-signatures.js';
import type { Painter } from './style.js';

export const PDF_STATE_LABEL: Record<PdfState, Text> = {
  valid: { vi: 'hợp lệ', en: 'valid' },
  warnings: { vi: 'hợp lệ, có cảnh báo', en: 'valid, with warnings' },
  incomplete: { vi: 'chưa đủ chữ ký', en: 'not signed by every party' },
  invalid: { vi: 'không hợp lệ', en: 'invalid' },
};

export function formatPdfReports(reports: readonly PdfReport[], options: { lang: Lang; paint: Painter; display: (file: string) => string }): string {
  const { lang, paint } = options;
  const t = (text: Text) => pick(text, lang);
  const colour: Record<PdfState, (text: string) => string> = { valid: paint.green, warnings: paint.yellow, incomplete: paint.yellow, invalid: paint.red };
  const lines: string[] = [];
  for (const report of reports) {
    const signed = report.signatures.length;
    const count = report.binding?.parties ? ` (${signed}/${report.binding.parties.length} ${t({ vi: 'bên đã ký', en: 'parties signed' })})` : '';
    lines.push(`${paint.bold(options.display(report.file))}: ${colour[report.state](t(PDF_STATE_LABEL[report.state]))}${count}`);
    const binding = report.binding;
    if (binding?.document) {
      const parts = [binding.document, `commit ${binding.commit?.slice(0, 12) ?? '?'}`, `${t({ vi: 'mã nội dung', en: 'digest' })} ${binding.digest ?? '?'}`];
      if (binding.number) parts.push(`${t({ vi: 'số', en: 'number' })} ${binding.number}`);
      if (binding.recordedPrint) parts.push(t({ vi: 'trùng bản sẵn sàng ký đã ghi trong kho', en: 'matches a sign-ready print recorded in the repository' }));
      lines.push(`  ${t({ vi: 'Văn bản', en: 'Document' })}: ${parts.join(' · ')}`);
    }
    for (const item of [...report.findings, ...(binding?.findings ?? [])]) lines.push(`  ${mark(item, paint)} ${t(findingText(item))}`);
    report.signatures.forEach((signature, index) => lines.push(...signatureLines(signature, index, lang, paint)));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function signatureLines(signature: SignatureVerdict, index: number, lang: Lang, paint: Painter): string[] {
  const t = (text: Text) => pick(text, lang);
  const errors = signature.findings.some((item) => item.severity === 'error');
  const verdict = errors ? paint.red(t(PDF_STATE_LABEL.invalid)) : paint.green(t(PDF_STATE_LABEL.valid));
  const signer = signature.signer;
  const unknown = t({ vi: 'không rõ', en: 'unknown' });
  const out = [`  ${t({ vi: 'Chữ ký', en: 'Signature' })} ${index + 1}${signature.field ? ` (${signature.field})` : ''}: ${verdict}`];
  const row = (label: Text, value: string) => out.push(`    ${t(label)}: ${value}`);
  row({ vi: 'Người ký', en: 'Signer' }, [signer?.name ?? unknown, ...(signer?.identifiers ?? [])].join(' — '));
  row({ vi: 'Tổ chức', en: 'Organisation' }, signer?.organisation ?? unknown);
  row({ vi: 'Tổ chức cấp chứng thư', en: 'Issuer' }, signer?.issuer ?? unknown);
  const time = signature.signingTime ?? unknown;
  row(
    { vi: 'Thời điểm ký', en: 'Signing time' },
    signature.timeSource === 'timestamp'
      ? `${time} (${t({ vi: 'dấu thời gian của', en: 'timestamp by' })} ${signature.timestamp?.authority ?? unknown})`
      : `${time} (${t({ vi: 'tự khai, không có dấu thời gian', en: 'claimed, no timestamp' })})`,
  );
  row(
    { vi: 'Toàn vẹn', en: 'Integrity' },
    signature.integrity ? t({ vi: 'nội dung được ký không bị thay đổi', en: 'the signed content is unchanged' }) : t({ vi: 'không bảo đảm', en: 'not established' }),
  );
  const invalidAtSigning = signature.findings.some((item) => item.code === 'not-valid-at-signing' || item.code === 'revoked');
  row(
    { vi: 'Hiệu lực chứng thư', en: 'Certificate validity' },
    `${signer?.validFrom ?? '?'} → ${signer?.validTo ?? '?'}; ${invalidAtSigning ? t({ vi: 'không có hiệu lực lúc ký', en: 'not valid when signed' }) : t({ vi: 'có hiệu lực lúc ký', en: 'valid when signed' })}`,
  );
  row({ vi: 'Chứng thư gốc', en: 'Trust anchor' }, signature.anchor ? `${signature.anchor.subject} (SHA-256 ${signature.anchor.fingerprint})` : t({ vi: 'không có', en: 'none' }));
  const revocation: Record<SignatureVerdict['revocation'], Text> = {
    good: { vi: 'chưa bị thu hồi', en: 'not revoked' },
    revoked: { vi: 'đã bị thu hồi', en: 'revoked' },
    unknown: { vi: 'chưa kiểm tra được', en: 'unknown' },
  };
  row({ vi: 'Thu hồi', en: 'Revocation' }, t(revocation[signature.revocation]));
  for (const item of signature.findings) out.push(`    ${mark(item, paint)} ${t(findingText(item))}`);
  return out;
}

function mark(item: Finding, paint: Painter): string {
  return item.severity === 'error' ? paint.red('✖') : paint.yellow('!');
}
