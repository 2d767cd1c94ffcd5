// What makes a document final enough to be printed for CA signatures: it validates, no «✎ …» blank is left,
// it carries a number when its type is numbered, its date is a whole calendar date, and every signature block
// names its signer (src/domain/signature-block.ts). A signed PDF cannot be corrected afterwards, so every doubt
// stops the print here.

import type { Text } from '../context.js';
import { awaitedNumber } from '../numbers/codes.js';
import type { Issue } from '../validate/issue.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { placeIn } from '../documents/place.js';
import type { ParsedSource } from '../documents/parse.js';
import { partiesOf } from '../domain/signers.js';
import { unnamedSigner } from '../domain/signature-block.js';

/** The registry and the parsed source, for the signature rule (who signs, and where to point). */
export interface SigningContext {
  config: RepositoryConfig;
  parsed: ParsedSource;
}

/** The «✎ …» blanks the scaffold left and the author has not filled: nothing with one is signed, by git or by CA. */
export function unfilledBlanks(relative: string, issues: readonly Issue[]): Text | undefined {
  const placeholders = issues.filter((issue) => issue.code === 'text-placeholder');
  if (placeholders.length === 0) return undefined;
  const where = placeholders.map((issue) => `${issue.line}:${issue.column}`).join(', ');
  return { vi: `${relative} còn chỗ trống «✎ …» chưa điền (dòng:cột ${where}); hãy điền nội dung thật`, en: `${relative} still has unfilled «✎ …» blanks (line:column ${where}); fill in the real content` };
}

export function notFinalReasons(relative: string, doc: Record<string, unknown>, issues: readonly Issue[], signing?: SigningContext): Text[] {
  const reasons: Text[] = [];
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  if (errors > 0) {
    reasons.push({ vi: `${relative} còn ${errors} lỗi; hãy chạy \`giaouoc validate ${relative}\` và sửa`, en: `${relative} has ${errors} errors; run \`giaouoc validate ${relative}\` and fix them` });
  }
  const blanks = unfilledBlanks(relative, issues);
  if (blanks) reasons.push(blanks);
  const example = awaitedNumber(doc);
  if (example) {
    reasons.push({ vi: `${relative} chưa có số văn bản (trường “number”, ví dụ “${example}”; \`giaouoc cap-so\` cấp số tiếp theo); văn bản ký số phải có số`, en: `${relative} has no document number (field "number", e.g. "${example}"; \`giaouoc cap-so\` gives the next one); a digitally signed document needs one` });
  }
  if (typeof doc.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(doc.date)) {
    reasons.push({ vi: `${relative} chưa có ngày ban hành đầy đủ (YYYY-MM-DD); hãy ghi ngày ký`, en: `${relative} has no complete date (YYYY-MM-DD); write the signing date` });
  }
  if (signing) {
    for (const unit of partiesOf(doc, signing.config)) {
      const unnamed = unnamedSigner(doc, signing.config, unit, (at) => placeIn(relative, signing.parsed, at));
      if (unnamed) reasons.push(unnamed);
    }
  }
  return reasons;
}
