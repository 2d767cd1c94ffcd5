// Findings about document numbers (số và ký hiệu, NĐ 30/2020 Điều 15) and the outgoing register.

import type { IssueArgs } from '../issue.js';
import type { MessageSpec } from './catalog.js';

const q = (value: unknown): string => `“${String(value)}”`;
const fixVi = (a: IssueArgs) => (a.fix ? `; hãy sửa thành ${q(a.fix)}` : '');
const fixEn = (a: IssueArgs) => (a.fix ? `; write ${q(a.fix)}` : '');

export const numberMessages: Record<string, MessageSpec> = {
  'number-spaces': {
    severity: 'error',
    vi: (a) => `số văn bản ${q(a.value)} có dấu cách; số và ký hiệu viết liền, không cách${fixVi(a)}`,
    en: (a) => `the number ${q(a.value)} holds spaces; a number and symbol are written without spaces${fixEn(a)}`,
  },
  'number-leading-zero': {
    severity: 'error',
    vi: (a) => `số thứ tự trong ${q(a.value)} phải có hai chữ số (thêm số 0 ở đầu khi dưới 10, không thêm số 0 thừa)${fixVi(a)}`,
    en: (a) => `the ordinal in ${q(a.value)} takes two digits (a leading zero below 10, no other leading zeros)${fixEn(a)}`,
  },
  'number-form': {
    severity: 'error',
    vi: (a) => `số văn bản ${q(a.value)} không đúng dạng; hãy viết số thứ tự, dấu “/”, mã loại văn bản, dấu “-” và mã đơn vị ban hành, ví dụ “07/KH-CĐBNV”`,
    en: (a) => `the number ${q(a.value)} is malformed; write the ordinal, “/”, the type code, “-” and the issuer code, e.g. “07/KH-CĐBNV”`,
  },
  'number-type-code': {
    severity: 'error',
    vi: (a) => `${a.kindVi} mang mã loại ${q(a.expected)}, nhưng số ${q(a.value)} ${a.found ? `ghi mã ${q(a.found)}` : 'không có mã loại'}${fixVi(a)}`,
    en: (a) => `a ${a.kindEn} has the type code ${q(a.expected)}, but the number ${q(a.value)} ${a.found ? `carries ${q(a.found)}` : 'has no type code'}${fixEn(a)}`,
  },
  'number-issuer-code': {
    severity: 'error',
    vi: (a) => `mã đơn vị ban hành ${q(a.found)} trong số ${q(a.value)} không phải mã của ${q(a.issuer)} vào ngày ban hành (${a.expected})${fixVi(a)}`,
    en: (a) => `the issuer code ${q(a.found)} in ${q(a.value)} is not the code of ${q(a.issuer)} on the document's date (${a.expected})${fixEn(a)}`,
  },
  'number-symbol-unused': {
    severity: 'warning',
    vi: (a) => `văn bản đã có số ${q(a.value)}: ký hiệu ${q(a.symbol)} chỉ in khi chưa có số; hãy xóa dòng “symbol”`,
    en: (a) => `the document has its number ${q(a.value)}: the symbol ${q(a.symbol)} prints only while there is none; delete the “symbol” line`,
  },
  'number-issuer-no-code': {
    severity: 'warning',
    vi: (a) => `đơn vị ban hành ${q(a.issuer)} chưa có mã ký hiệu (trường “code” trong giaouoc.yaml) nên chưa kiểm tra được số ${q(a.value)}; hãy khai báo “code”`,
    en: (a) => `the issuer ${q(a.issuer)} has no code (“code” in giaouoc.yaml), so the number ${q(a.value)} cannot be checked; declare its “code”`,
  },
  'number-repeat': {
    severity: 'error',
    vi: (a) => `số ${q(a.value)} trùng số đã cấp năm ${a.year} cho văn bản ${q(a.other)} của ${a.code}; mỗi số chỉ dùng một lần trong năm — hãy xóa dòng “number” rồi chạy \`giaouoc cap-so\` để lấy số mới`,
    en: (a) => `the number ${q(a.value)} was already given in ${a.year} to ${q(a.other)} of ${a.code}; a number is used once a year — delete the “number” line and run \`giaouoc number\` for a new one`,
  },
  'number-gap': {
    severity: 'error',
    vi: (a) => `trước số ${q(a.value)}, số ${a.missing} năm ${a.year} của ${a.code} bị bỏ trống: không văn bản nào trong kho mang số ấy, \`giaouoc cap-so\` chưa từng cấp, giaouoc.yaml không khai báo là đã dùng ngoài kho; hãy đánh lại số bằng \`giaouoc cap-so\`, hoặc nếu số đã cấp cho văn bản không lưu trong kho (văn bản mật) thì khai báo trong mục “outsideNumbers” của giaouoc.yaml`,
    en: (a) => `before ${q(a.value)}, number ${a.missing} of ${a.code} in ${a.year} is skipped: no document of the repository carries it, \`giaouoc number\` never gave it, and giaouoc.yaml does not declare it used outside the repository; renumber with \`giaouoc number\`, or, if it went to a document not kept here (a classified one), declare it under “outsideNumbers” in giaouoc.yaml`,
  },
  'number-declared-outside': {
    severity: 'error',
    vi: (a) => `số ${q(a.value)} năm ${a.year} của ${a.code} được khai báo trong “outsideNumbers” của giaouoc.yaml là đã dùng cho văn bản ngoài kho; hãy bỏ số ấy khỏi “outsideNumbers”, hoặc xóa dòng “number” rồi chạy \`giaouoc cap-so\` để lấy số mới`,
    en: (a) => `the number ${q(a.value)} of ${a.code} in ${a.year} is declared under “outsideNumbers” in giaouoc.yaml as used by a document kept elsewhere; take it out of “outsideNumbers”, or delete the “number” line and run \`giaouoc number\` for a new one`,
  },
  'outside-numbers-range': {
    severity: 'error',
    vi: (a) => `khoảng số ${q(a.value)} không hợp lệ; hãy viết số nhỏ trước, số lớn sau, từ 1 trở lên và không quá ${a.max} số, ví dụ “5-7”`,
    en: (a) => `the range ${q(a.value)} is not valid; write the smaller number first, from 1 up, at most ${a.max} numbers, e.g. “5-7”`,
  },
  'number-taken-on-ref': {
    severity: 'error',
    vi: (a) => `số ${q(a.value)} đã được dùng trên ${q(a.ref)} cho văn bản ${q(a.other)}; hai nhánh đã lấy cùng một số — hãy xóa dòng “number”, gộp ${q(a.ref)} vào nhánh này rồi chạy \`giaouoc cap-so\``,
    en: (a) => `the number ${q(a.value)} is already used on ${q(a.ref)} by ${q(a.other)}; two branches took the same number — delete the “number” line, merge ${q(a.ref)} into this branch and run \`giaouoc number\``,
  },
};
