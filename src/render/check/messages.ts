// The sentences of the print check, Vietnamese first; the page is added by the formatter.
import type { PrintFinding, PrintRuleCode } from './rules.js';

type Args = PrintFinding['args'];
type Sentence = (a: Args) => string;

const SIDE_VI: Record<string, string> = { left: 'lề trái', right: 'lề phải', top: 'lề trên', bottom: 'lề dưới' };
const WHICH_VI: Record<string, string> = { issuer: 'dưới tên cơ quan ban hành', subject: 'dưới trích yếu', motto: 'dưới tiêu ngữ' };
const WHICH_EN: Record<string, string> = { issuer: 'under the issuer', subject: 'under the subject', motto: 'under the motto' };

const MESSAGES: Record<PrintRuleCode, { vi: Sentence; en: Sentence }> = {
  'page-size': {
    vi: (a) => `khổ giấy ${a.width} × ${a.height} mm, hồ sơ trình bày yêu cầu ${a.wantWidth} × ${a.wantHeight} mm`,
    en: (a) => `page size ${a.width} × ${a.height} mm, the layout profile asks ${a.wantWidth} × ${a.wantHeight} mm`,
  },
  margin: {
    vi: (a) => `${SIDE_VI[a.side as string]} chỉ còn ${a.measured} mm (cần ${a.wanted} mm) ở dòng “${a.text}”`,
    en: (a) => `${a.side} margin is ${a.measured} mm (${a.wanted} mm wanted) at the line “${a.text}”`,
  },
  'page-number': {
    vi: (a) =>
      a.problem === 'first'
        ? `trang đầu không được đánh số (có số “${a.text}” ở lề trên)`
        : a.problem === 'missing'
          ? `thiếu số trang ${a.text} ở giữa lề trên`
          : `số trang ${a.text} lệch ${a.offset} mm khỏi giữa vùng chữ`,
    en: (a) =>
      a.problem === 'first'
        ? `the first page carries a page number (“${a.text}” in the top margin)`
        : a.problem === 'missing'
          ? `page number ${a.text} is missing from the middle of the top margin`
          : `page number ${a.text} is ${a.offset} mm off the middle of the text area`,
  },
  'font-not-embedded': {
    vi: (a) => `phông “${a.font}” không được nhúng vào tệp PDF; máy khác sẽ in bằng phông thay thế`,
    en: (a) => `the font “${a.font}” is not embedded; another machine will print a substitute`,
  },
  'text-missing': {
    vi: (a) =>
      a.which === 'signature'
        ? `không tìm thấy dòng đầu của phần chữ ký (“${a.text}”)`
        : `không tìm thấy trên trang đầu dòng chữ ${a.which === 'issuer' ? 'tên cơ quan ban hành' : a.which === 'subject' ? 'trích yếu' : a.which === 'issued-with' ? 'kèm theo văn bản' : 'tiêu ngữ'} “${a.text}” liền mạch`,
    en: (a) =>
      a.which === 'signature'
        ? `the signature block's first line (“${a.text}”) is not found`
        : `the ${a.which === 'issued-with' ? '“issued with” line' : a.which} “${a.text}” is not found as unbroken lines on the first page`,
  },
  'rule-missing': {
    vi: (a) => `không thấy đường kẻ ${WHICH_VI[a.which as string]} (“${a.text}”)`,
    en: (a) => `no rule ${WHICH_EN[a.which as string]} (“${a.text}”)`,
  },
  'rule-ratio': {
    vi: (a) =>
      a.which === 'motto'
        ? `đường kẻ dưới tiêu ngữ dài ${a.length} mm, dòng chữ ${a.line} mm (tỉ lệ ${a.measured}); phải dài bằng dòng chữ`
        : `đường kẻ ${WHICH_VI[a.which as string]} dài ${a.length} mm, dòng trên nó ${a.line} mm (tỉ lệ ${a.measured}); phải từ 1/3 đến 1/2`,
    en: (a) =>
      a.which === 'motto'
        ? `the rule under the motto is ${a.length} mm, the text ${a.line} mm (ratio ${a.measured}); it must be as long as the text`
        : `the rule ${WHICH_EN[a.which as string]} is ${a.length} mm, the line above ${a.line} mm (ratio ${a.measured}); it must be 1/3 to 1/2`,
  },
  'rule-gap': {
    vi: (a) => `đường kẻ ${WHICH_VI[a.which as string]} chạm phần chân chữ (khoảng trống ${a.measured} pt)`,
    en: (a) => `the rule ${WHICH_EN[a.which as string]} touches the descenders (gap ${a.measured} pt)`,
  },
  'header-word-break': {
    vi: (a) => `dòng chữ xuống dòng giữa một từ (“${a.text}”); chỉ ngắt dòng giữa hai từ`,
    en: (a) => `a line wraps inside a word (“${a.text}”); break only between words`,
  },
  'signature-alone': {
    vi: (a) => `phần chữ ký nằm ở trang mà phía trên chỉ có ${a.lines} dòng nội dung (cần ít nhất 2 dòng cuối của văn bản)`,
    en: (a) => `the signature block sits on a page with ${a.lines} line(s) of body above it (at least the last 2 are needed)`,
  },
  'witness-alone': {
    vi: () => 'phần chứng kiến đứng một mình ở đầu trang, tách khỏi chữ ký các bên',
    en: () => "the witness block stands alone at the top of a page, apart from the parties' signatures",
  },
  'lone-heading': {
    vi: (a) => `đề mục “${a.text}” nằm cuối trang, tách khỏi nội dung của nó`,
    en: (a) => `the heading “${a.text}” is left at the page foot, apart from what follows`,
  },
  'end-mark': {
    vi: (a) => (a.problem === 'missing' ? 'văn bản không kết thúc bằng dấu “./.”' : 'dấu “./.” đứng riêng một dòng; phải ở cuối dòng cuối của nội dung'),
    en: (a) => (a.problem === 'missing' ? 'the body does not end with “./.”' : '“./.” stands on a line of its own; it must end the last line of the body'),
  },
  'trace-printed': {
    vi: (a) => `dòng mã nội dung được in trong thân văn bản (cỡ ${a.size} pt); chỉ ghi trong thông tin tệp, hoặc chân trang nhỏ của dự thảo`,
    en: (a) => `the content-digest line is printed in the body (${a.size} pt); keep it in the file's metadata, or a small footer on drafts`,
  },
  widow: {
    vi: (a) => `dòng cuối của một đoạn đứng một mình ở đầu trang (“${a.text}”)`,
    en: (a) => `a paragraph's last line stands alone at the top of the page (“${a.text}”)`,
  },
  orphan: {
    vi: (a) => `dòng đầu của một đoạn đứng một mình ở cuối trang (“${a.text}”)`,
    en: (a) => `a paragraph's first line stands alone at the page foot (“${a.text}”)`,
  },
};

export function printFindingText(finding: PrintFinding, lang: 'vi' | 'en'): string {
  return MESSAGES[finding.code][lang](finding.args);
}
