// A new general document (quy chế, hướng dẫn, tờ trình, biên bản, công văn …): the type from the table of
// document types, the usual frame, and a body skeleton — an opening paragraph, a numbered section with a list,
// a closing paragraph — that the author rewrites, renames or deletes: nothing of it is printed unless written.
import { UserError } from '../errors.js';
import { DOCUMENT_TYPES, documentType } from '../kinds/document-types.js';
import { placeholder } from '../validate/text/placeholder.js';
import { commentOpening, header, opening, recipients, upperPlanBasis, type Scaffold, type ScaffoldBase } from './document-parts.js';
import { issuerName, signingUnit, upperOf } from './issuer.js';
import { ScaffoldYaml } from './yaml-text.js';

export interface GeneralScaffoldInput extends ScaffoldBase {
  /** An id of the table of document types; a thông báo when absent. */
  type?: string;
}

export function scaffoldGeneral(input: GeneralScaffoldInput): Scaffold {
  const type = documentType(input.type ?? 'thong-bao');
  if (!type) {
    throw new UserError({
      vi: `không có tên loại văn bản “${input.type}”; hãy dùng --type với một trong: ${DOCUMENT_TYPES.map((entry) => entry.id).join(', ')}`,
      en: `there is no document type “${input.type}”; use --type with one of: ${DOCUMENT_TYPES.map((entry) => entry.id).join(', ')}`,
    });
  }
  const { config, issuer, year } = input;
  const bases = upperPlanBasis(config, issuer, year).map((line) => `${line};`);
  const to = type.addressed ? addressee(type.id, upperOf(config, issuer)?.name) : undefined;
  const value: Record<string, unknown> = {
    ...opening(input),
    type: type.id,
    subject: placeholder('Trích yếu nội dung'),
    ...(to ? { to: [to] } : {}),
    body: [
      ...bases,
      placeholder('Đoạn mở đầu, ví dụ: Thực hiện …, … như sau:'),
      { section: placeholder('Tên đề mục'), body: [{ list: [placeholder('Ý thứ nhất'), placeholder('Ý thứ hai')] }] },
      placeholder('Đoạn kết'),
    ],
    recipients: recipients(config, issuer, to),
  };
  const yaml = ScaffoldYaml.fromValue(value);
  const unit = signingUnit(config, issuer, year);
  const hints = unit?.code && !type.numberOptional ? [numberHint(type.code, unit.code)] : [];
  // A quy chế, quy định or điều lệ is mostly issued with the decision that adopts it, which carries the number.
  if (type.numberOptional && type.code) hints.push('Ban hành kèm theo quyết định thì thêm: issuedWith: Ban hành kèm theo Quyết định số … ngày … của …');
  commentOpening(yaml, input, hints);
  yaml.commentAfter(['type'], type.name ? `in là “${type.name}”` : 'công văn: không in tên loại, trích yếu in “V/v …”');
  yaml.blankBefore(['body']).commentAbove(['body'], [
    'Nội dung in đúng như viết, kể cả dấu câu. Một chuỗi là một đoạn; section: đề mục (tự đánh số I. → 1. → 1.1. → a),',
    'hoặc number: "A." để tự đặt số, number: "" để không đánh số); list: các ý (marker: "-", "+", "1.", "a)");',
    'table: bảng (head, rows, widths); chapter/article: Chương, Điều. **đậm**, *nghiêng*. Xóa phần nào không dùng.',
  ]);
  if (type.addressed) yaml.commentAbove(['to'], 'Kính gửi: nơi nhận để giải quyết, mỗi nơi một dòng.');
  yaml.blankBefore(['recipients']).commentAbove(['recipients'], 'Nơi nhận: mỗi nơi một dòng.');
  const description = `${type.name ? type.name.charAt(0) + type.name.slice(1).toLocaleLowerCase('vi') : 'Công văn'} năm ${year} — ${issuerName(issuer)}.`;
  return { text: yaml.toString(header(input, description)), value };
}

/** How the number is written once given: with the type's code, or a công văn's issuer code and drafting unit. */
function numberHint(typeCode: string | undefined, unitCode: string): string {
  if (typeCode) return `Số văn bản, khi đã có số: number: 01/${typeCode}-${unitCode}`;
  return `Số văn bản, khi đã có số: number: 01/${unitCode} (không có chữ viết tắt tên loại; có thể thêm bộ phận soạn thảo: 01/${unitCode}-VP)`;
}

/** Who a tờ trình goes up to (the upper union), or a blank for the addressee of a công văn. */
function addressee(type: string, upper: string | undefined): string {
  if (type === 'to-trinh' && upper) return upper;
  return placeholder(upper ? `Nơi gửi đến, ví dụ: ${upper}` : 'Nơi gửi đến');
}
