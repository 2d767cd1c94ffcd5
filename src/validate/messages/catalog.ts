// Every finding giaouoc can report: its severity and its sentence in Vietnamese and English.
// A sentence says what is wrong and what to do; the place (file:line:column) is added by the formatter.

import type { IssueArgs, Severity } from '../issue.js';
import { numberMessages } from './numbers.js';
import { REGISTRY_MESSAGES } from './registry-catalog.js';

export interface MessageSpec {
  severity: Severity;
  vi: (args: IssueArgs) => string;
  en: (args: IssueArgs) => string;
}

const q = (value: unknown): string => `“${String(value)}”`;

const source: Record<string, MessageSpec> = {
  'file-too-large': {
    severity: 'error',
    vi: (a) => `tệp quá lớn (${a.size} byte, tối đa 5 MB); một văn bản giaouoc chỉ vài chục KB — hãy kiểm tra lại có đúng tệp không`,
    en: (a) => `file is too large (${a.size} bytes, at most 5 MB); a giaouoc document is a few dozen KB — check that this is the right file`,
  },
  'file-binary': {
    severity: 'error',
    vi: () => 'đây không phải tệp văn bản (có byte NUL); hãy chỉ để tệp YAML trong kho văn bản hoặc chỉ định đúng tệp',
    en: () => 'this is not a text file (it holds NUL bytes); keep only YAML files in the repository or name the right file',
  },
  'file-not-utf8': {
    severity: 'error',
    vi: () => 'tệp không được mã hóa UTF-8; hãy lưu lại tệp với bảng mã UTF-8 (trong VS Code: “Save with Encoding” → UTF-8)',
    en: () => 'the file is not UTF-8; save it again as UTF-8 (in VS Code: “Save with Encoding” → UTF-8)',
  },
  'file-utf16': {
    severity: 'error',
    vi: () => 'tệp được lưu với bảng mã UTF-16 (Notepad gọi là “Unicode”); hãy lưu lại với bảng mã UTF-8, hoặc chạy `giaouoc validate --fix` để chuyển',
    en: () => 'the file is saved as UTF-16 (Notepad calls it “Unicode”); save it again as UTF-8, or run `giaouoc validate --fix` to convert it',
  },
};

const yaml: Record<string, MessageSpec> = {
  'yaml-DUPLICATE_KEY': {
    severity: 'error',
    vi: () => 'trường này đã xuất hiện ở trên trong cùng một khối; mỗi trường chỉ được viết một lần — hãy gộp hoặc xóa bản lặp',
    en: () => 'this key already appears above in the same block; write each key once — merge or delete the repeat',
  },
  'yaml-TAB_AS_INDENT': {
    severity: 'error',
    vi: () => 'YAML không cho phép thụt lề bằng phím Tab; hãy thay Tab bằng dấu cách (2 dấu cách mỗi cấp)',
    en: () => 'YAML does not allow tabs for indentation; replace the tab with spaces (2 per level)',
  },
  'yaml-BAD_INDENT': {
    severity: 'error',
    vi: () => 'thụt lề không đúng; các dòng cùng cấp phải thẳng hàng và dòng con thụt vào sâu hơn dòng cha',
    en: () => 'bad indentation; lines of the same level must line up and children must be indented deeper than their parent',
  },
  'yaml-BLOCK_AS_IMPLICIT_KEY': {
    severity: 'error',
    vi: () => 'hai dấu hai chấm trên cùng một dòng; nếu giá trị có dấu “:” hãy đặt cả giá trị trong dấu nháy kép "…"',
    en: () => 'two colons on one line; if the value holds a “:”, put the whole value in double quotes "…"',
  },
  'yaml-MISSING_CHAR': {
    severity: 'error',
    vi: (a) => `thiếu dấu đóng (${a.detail}); hãy đóng dấu nháy hoặc dấu ngoặc đã mở`,
    en: (a) => `a closing character is missing (${a.detail}); close the quote or bracket that was opened`,
  },
  'yaml-MULTILINE_IMPLICIT_KEY': {
    severity: 'error',
    vi: () => 'tên trường phải nằm trên một dòng; có thể dòng trên thiếu dấu “:” hoặc dòng này thụt lề sai',
    en: () => 'a key must fit on one line; the line above may lack a “:” or this line is mis-indented',
  },
  'yaml-BAD_SCALAR_START': {
    severity: 'error',
    vi: () => 'giá trị không được bắt đầu bằng ký tự đặc biệt như @ hoặc `; hãy đặt giá trị trong dấu nháy kép "…"',
    en: () => 'a value cannot start with a reserved character such as @ or `; put it in double quotes "…"',
  },
  'yaml-MULTIPLE_DOCS': {
    severity: 'error',
    vi: () => 'tệp có nhiều văn bản ngăn bởi dòng “---”; mỗi tệp chỉ chứa một văn bản — hãy tách thành nhiều tệp',
    en: () => 'the file holds several documents separated by “---”; keep one document per file',
  },
  'yaml-UNEXPECTED_TOKEN': {
    severity: 'error',
    vi: () => 'dòng này không khớp cấu trúc ở trên (thường do thụt lề hoặc trộn danh sách “- ” với trường “tên: giá trị”); hãy kiểm tra thụt lề',
    en: () => 'this line does not fit the structure above (usually indentation, or a “- ” list mixed with “key: value” fields); check the indentation',
  },
  'yaml-BAD_ALIAS': {
    severity: 'error',
    vi: () => 'bí danh YAML (*…) trỏ tới neo (&…) không có; văn bản giaouoc không cần bí danh — hãy viết giá trị trực tiếp',
    en: () => 'a YAML alias (*…) points to an anchor (&…) that does not exist; giaouoc documents need no aliases — write the value out',
  },
  'yaml-alias-bomb': {
    severity: 'error',
    vi: () => 'tệp dùng quá nhiều bí danh YAML (*alias), có thể là tệp độc hại; văn bản giaouoc không cần bí danh — hãy viết giá trị trực tiếp',
    en: () => 'the file uses too many YAML aliases (*alias), which can be a malicious file; giaouoc documents need no aliases — write the values out',
  },
  'yaml-too-deep': {
    severity: 'error',
    vi: (a) => `tệp lồng nhau quá sâu (hơn ${a.limit} cấp danh sách, trường hoặc dấu ngoặc), có thể là tệp độc hại; hãy kiểm tra thụt lề và dấu ngoặc từ dòng này`,
    en: (a) => `the file nests too deeply (more than ${a.limit} levels of lists, fields or brackets), which can be a malicious file; check the indentation and brackets from this line on`,
  },
  'yaml-syntax': {
    severity: 'error',
    vi: (a) => `cú pháp YAML sai (${a.detail}); hãy kiểm tra dấu hai chấm, dấu ngoặc, dấu nháy và thụt lề ở dòng này`,
    en: (a) => `YAML syntax error (${a.detail}); check the colons, brackets, quotes and indentation on this line`,
  },
};

const shape: Record<string, MessageSpec> = {
  'not-a-document': {
    severity: 'error',
    vi: () => 'tệp không phải văn bản giaouoc: thiếu trường “kind”; hãy thêm dòng `kind: compact`, `kind: plan` hoặc `kind: report`',
    en: () => 'the file is not a giaouoc document: it has no “kind”; add a line `kind: compact`, `kind: plan` or `kind: report`',
  },
  'unknown-kind': {
    severity: 'error',
    vi: (a) => `loại văn bản ${q(a.value)} không có; hãy dùng một trong: ${a.allowed}`,
    en: (a) => `there is no document kind ${q(a.value)}; use one of: ${a.allowed}`,
  },
  'schema-required': {
    severity: 'error',
    vi: (a) => `thiếu trường bắt buộc “${a.field}”${a.title ? ` (${a.title})` : ''}; hãy thêm trường này`,
    en: (a) => `the required field “${a.field}”${a.title ? ` (${a.title})` : ''} is missing; add it`,
  },
  'schema-additional': {
    severity: 'error',
    vi: (a) => `trường “${a.field}” không có trong mẫu văn bản; hãy kiểm tra chính tả hoặc xóa trường này${a.suggest ? ` (có phải “${a.suggest}”?)` : ''}`,
    en: (a) => `“${a.field}” is not a field of this document; check the spelling or remove it${a.suggest ? ` (did you mean “${a.suggest}”?)` : ''}`,
  },
  'schema-type': {
    severity: 'error',
    vi: (a) => `“${a.title}” phải là ${typeVi(String(a.expected))}, không phải ${typeVi(String(a.actual))}`,
    en: (a) => `“${a.field}” must be ${typeEn(String(a.expected))}, not ${typeEn(String(a.actual))}`,
  },
  'schema-enum': {
    severity: 'error',
    vi: (a) => `giá trị ${q(a.value)} của “${a.title}” không hợp lệ${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}; hãy dùng một trong: ${a.allowed}`,
    en: (a) => `${q(a.value)} is not a valid “${a.field}”${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}; use one of: ${a.allowed}`,
  },
  'schema-const': {
    severity: 'error',
    vi: (a) => `“${a.title}” phải là ${q(a.allowed)}`,
    en: (a) => `“${a.field}” must be ${q(a.allowed)}`,
  },
  'schema-pattern': {
    severity: 'error',
    vi: (a) => `giá trị ${q(a.value)} của “${a.title}” sai định dạng; ${patternVi(String(a.pattern))}`,
    en: (a) => `${q(a.value)} is not a well-formed “${a.field}”; ${patternEn(String(a.pattern))}`,
  },
  'schema-minLength': {
    severity: 'error',
    vi: (a) => `“${a.title}” đang để trống; hãy điền nội dung`,
    en: (a) => `“${a.field}” is empty; fill it in`,
  },
  'schema-minItems': {
    severity: 'error',
    vi: (a) => `“${a.title}” cần ít nhất ${a.limit} mục, hiện có ${a.count}; hãy bổ sung`,
    en: (a) => `“${a.field}” needs at least ${a.limit} items, it has ${a.count}; add more`,
  },
  'schema-minProperties': {
    severity: 'error',
    vi: (a) => `“${a.title}” chưa ghi trường nào; hãy ghi ít nhất ${a.limit} trường hoặc bỏ hẳn mục này`,
    en: (a) => `“${a.field}” holds no field; write at least ${a.limit} or remove it`,
  },
  'schema-maxItems': {
    severity: 'error',
    vi: (a) => `“${a.title}” có tối đa ${a.limit} mục, hiện có ${a.count}; hãy bớt đi`,
    en: (a) => `“${a.field}” has at most ${a.limit} items, it has ${a.count}; remove some`,
  },
  'schema-minimum': {
    severity: 'error',
    vi: (a) => `“${a.title}” là ${a.value}, nhỏ hơn mức tối thiểu ${a.limit}; hãy sửa lại`,
    en: (a) => `“${a.field}” is ${a.value}, below the minimum ${a.limit}; correct it`,
  },
  'schema-maximum': {
    severity: 'error',
    vi: (a) => `“${a.title}” là ${a.value}, lớn hơn mức tối đa ${a.limit}; hãy sửa lại`,
    en: (a) => `“${a.field}” is ${a.value}, above the maximum ${a.limit}; correct it`,
  },
  'schema-uniqueItems': {
    severity: 'error',
    vi: (a) => `“${a.title}” có mục lặp lại (mục ${a.first} và ${a.second}); mỗi mục chỉ ghi một lần`,
    en: (a) => `“${a.field}” repeats an item (items ${a.first} and ${a.second}); list each once`,
  },
  'schema-other': {
    severity: 'error',
    vi: (a) => `“${a.title}” không hợp lệ (${a.detail})`,
    en: (a) => `“${a.field}” is not valid (${a.detail})`,
  },
};

const text: Record<string, MessageSpec> = {
  'text-nfc': {
    severity: 'warning',
    vi: (a) => `chữ ${q(a.sample)} được gõ ở dạng Unicode tổ hợp (NFD), dễ làm sai việc so khớp và sắp xếp; hãy gõ lại hoặc chạy \`giaouoc validate --fix\` để chuyển sang dạng dựng sẵn (NFC)`,
    en: (a) => `${q(a.sample)} is in decomposed Unicode (NFD), which breaks matching and sorting; retype it or run \`giaouoc validate --fix\` to convert it to NFC`,
  },
  'text-tcvn3': {
    severity: 'error',
    vi: (a) => `chữ ${q(a.sample)} có vẻ được dán từ văn bản cũ bảng mã TCVN3 (ABC)${a.converted ? `, đúng ra là ${q(a.converted)}` : ''}; hãy chuyển mã sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã, TCVN3 → Unicode) rồi dán lại`,
    en: (a) => `${q(a.sample)} looks pasted from an old TCVN3 (ABC) document${a.converted ? `; it should read ${q(a.converted)}` : ''}; convert it to Unicode (e.g. Unikey's converter, TCVN3 → Unicode) and paste again`,
  },
  'text-vni': {
    severity: 'error',
    vi: (a) => `chữ ${q(a.sample)} có vẻ được dán từ văn bản cũ bảng mã VNI${a.converted ? `, đúng ra là ${q(a.converted)}` : ''}; hãy chuyển mã sang Unicode (ví dụ bằng Unikey: VNI Windows → Unicode) rồi dán lại`,
    en: (a) => `${q(a.sample)} looks pasted from an old VNI document${a.converted ? `; it should read ${q(a.converted)}` : ''}; convert it to Unicode (e.g. Unikey's converter, VNI Windows → Unicode) and paste again`,
  },
  'text-placeholder': {
    severity: 'warning',
    vi: (a) => `còn chỗ trống chưa điền: ${a.sample}; hãy thay bằng nội dung thật`,
    en: (a) => `a placeholder is still unfilled: ${a.sample}; replace it with the real content`,
  },
  'text-nul': {
    severity: 'error',
    vi: () => 'giá trị chứa ký tự NUL (\\0), không in và không ký được; hãy xóa ký tự đó',
    en: () => 'the value holds a NUL character (\\0), which can be neither printed nor signed; remove it',
  },
  'text-control': {
    severity: 'warning',
    vi: (a) => `giá trị chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản ẩn (${a.sample}), có thể làm màn hình hiển thị khác nội dung thật; hãy xóa ký tự đó`,
    en: (a) => `the value holds a hidden control or bidi character (${a.sample}) that can make a screen show something other than the content; remove it`,
  },
};

const rules: Record<string, MessageSpec> = {
  'duplicate-id': {
    severity: 'error',
    vi: (a) => `mã ${q(a.id)} đã dùng ở dòng ${a.firstLine}; mỗi mã trong một văn bản phải khác nhau — hãy đổi mã này`,
    en: (a) => `the id ${q(a.id)} is already used on line ${a.firstLine}; ids within a document must differ — change this one`,
  },
  'date-invalid': {
    severity: 'error',
    vi: (a) => `ngày ${q(a.value)} không có thật trên lịch; hãy ghi ngày đúng theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-04`,
    en: (a) => `${q(a.value)} is not a real calendar date; write a real date as YEAR-MONTH-DAY, e.g. 2024-03-04`,
  },
  'commitments-beside-body': {
    severity: 'error',
    vi: () => 'giao ước có body nên các nội dung và chỉ tiêu viết ngay trong body (commitment, target); hãy chuyển chúng vào body và bỏ mục commitments ở ngoài',
    en: () => 'the compact has a body, so its commitments and targets are written in it (commitment, target items); move them into the body and remove the top-level commitments',
  },
  'groups-beside-body': {
    severity: 'error',
    vi: () => 'bảng điểm có body nên các nhóm và tiêu chí viết ngay trong body (criteria, group, criterion); hãy chuyển chúng vào body và bỏ mục groups ở ngoài',
    en: () => 'the scoring table has a body, so its groups and criteria are written in it (criteria, group, criterion items); move them into the body and remove the top-level groups',
  },
  'figure-slot-missing': {
    severity: 'error',
    vi: (a) => `câu số liệu có chỗ {${a.id}} nhưng values không có số “${a.id}”; hãy thêm ${a.id}: <số> vào values hoặc sửa tên chỗ trong câu`,
    en: (a) => `the figure's sentence has a slot {${a.id}} but its values have no “${a.id}”; add ${a.id}: <number> to values or fix the slot's name`,
  },
  'target-outside-compact': {
    severity: 'warning',
    vi: (a) => `chỉ tiêu “${a.id}” trong ${a.kindVi} chỉ được in ra mà không được theo dõi ở đâu, vì chỉ tiêu đo được thuộc giao ước; hãy ghi nó trong giao ước rồi cho nhiệm vụ của kế hoạch nhắc tới bằng targets (hoặc số liệu của báo cáo bằng target), hay viết thành câu thường nếu chỉ để in`,
    en: (a) => `the target “${a.id}” in this ${a.kindEn} is printed but followed up nowhere, since measurable targets belong to a compact; write it in the compact and link a plan task to it with targets (or a report figure with target), or write it as plain text if it is only to be printed`,
  },
  'scoring-rule-outside-table': {
    severity: 'warning',
    vi: (a) => `“${a.id}” là điểm thưởng, điểm trừ hay thứ tự xét khi bằng điểm nhưng nằm trong ${a.kindVi} nên chỉ được in ra mà không được chấm ở đâu; hãy ghi nó trong bảng điểm thi đua, hay viết thành câu thường nếu chỉ để in`,
    en: (a) => `“${a.id}” is a bonus, a penalty or a tie-break order but sits in this ${a.kindEn}, so it is printed and scored nowhere; write it in the scoring table, or as plain text if it is only to be printed`,
  },
  'rules-beside-body': {
    severity: 'warning',
    vi: (a) => `bảng điểm có body nhưng ${a.field} còn ghi ở ngoài nên vẫn được tính mà không được in ra; hãy chuyển điểm thưởng, điểm trừ và thứ tự xét khi bằng điểm vào body (bonus, penalty, tieBreaks) ở chỗ muốn in`,
    en: (a) => `the scoring table has a body but still writes ${a.field} beside it, which counts but is never printed; move the bonuses, penalties and tie-breaks into the body (bonus, penalty, tieBreaks items) where they should print`,
  },
  'figure-value-unused': {
    severity: 'warning',
    vi: (a) => `số “${a.id}” trong values không được in vì câu số liệu không có chỗ {${a.id}}; hãy thêm {${a.id}} vào câu hoặc xóa số này`,
    en: (a) => `the value “${a.id}” is never printed: the figure's sentence has no slot {${a.id}}; add {${a.id}} to the sentence or remove the value`,
  },
  'date-year': {
    severity: 'error',
    vi: (a) => `ngày ${q(a.value)} không thuộc năm ${a.year} của văn bản; hãy sửa ngày hoặc năm cho khớp`,
    en: (a) => `the date ${q(a.value)} is not in the document's year ${a.year}; correct the date or the year`,
  },
  'duplicate-party': {
    severity: 'error',
    vi: (a) => `bên giao ước ${q(a.id)} đã có ở dòng ${a.firstLine}; mỗi đơn vị chỉ ký một lần — hãy xóa dòng lặp`,
    en: (a) => `the party ${q(a.id)} is already listed on line ${a.firstLine}; each unit signs once — remove the repeat`,
  },
  'unknown-unit': {
    severity: 'error',
    vi: (a) => `không có đơn vị mã ${q(a.id)} trong giaouoc.yaml${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}; hãy sửa mã hoặc khai báo đơn vị trong mục “units”`,
    en: (a) => `there is no unit ${q(a.id)} in giaouoc.yaml${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}; correct the id or register the unit under “units”`,
  },
  'unknown-issuer': {
    severity: 'error',
    vi: (a) => `không có đơn vị hay khối thi đua mã ${q(a.id)} trong giaouoc.yaml${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}; hãy sửa mã hoặc khai báo trong mục “units” hoặc “blocs”`,
    en: (a) => `there is no unit or bloc ${q(a.id)} in giaouoc.yaml${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}; correct the id or register it under “units” or “blocs”`,
  },
  'bloc-year-missing': {
    severity: 'error',
    vi: (a) => `khối ${q(a.bloc)} chưa khai báo thành viên năm ${a.year} trong giaouoc.yaml; hãy thêm năm ${a.year} vào mục “years” của khối`,
    en: (a) => `the bloc ${q(a.bloc)} has no members registered for ${a.year} in giaouoc.yaml; add ${a.year} to the bloc's “years”`,
  },
  'party-not-in-bloc': {
    severity: 'error',
    vi: (a) => `${q(a.id)} không phải thành viên của ${a.blocName} năm ${a.year}; hãy xóa bên này hoặc bổ sung vào danh sách thành viên trong giaouoc.yaml`,
    en: (a) => `${q(a.id)} is not a member of ${a.blocName} in ${a.year}; remove this party or add it to the members in giaouoc.yaml`,
  },
  'missing-member': {
    severity: 'warning',
    vi: (a) => `thành viên ${q(a.id)} của ${a.blocName} năm ${a.year} chưa có trong danh sách các bên; hãy thêm nếu đơn vị này cùng ký`,
    en: (a) => `${q(a.id)}, a member of ${a.blocName} in ${a.year}, is not among the parties; add it if it signs too`,
  },
  'unknown-signer': {
    severity: 'error',
    vi: (a) => `${q(a.name)} không có trong danh sách người ký của ${a.unitName} (giaouoc.yaml); hãy chọn một trong: ${a.allowed}`,
    en: (a) => `${q(a.name)} is not a signatory of ${a.unitName} in giaouoc.yaml; choose one of: ${a.allowed}`,
  },
  'plan-missing': {
    severity: 'error',
    vi: (a) => a.path ? `không tìm thấy kế hoạch ${q(a.path)}; hãy ghi đường dẫn tính từ thư mục gốc của kho văn bản` : `không tìm thấy kế hoạch năm ${a.year} của ${q(a.issuer)} mà báo cáo dẫn chiếu; hãy tạo kế hoạch hoặc ghi rõ trường “plan”`,
    en: (a) => a.path ? `the plan ${q(a.path)} does not exist; give its path from the repository root` : `there is no ${a.year} plan of ${q(a.issuer)} for this report to refer to; create it or name it in “plan”`,
  },
  'plan-year': {
    severity: 'error',
    vi: (a) => `báo cáo năm ${a.year} nhưng kế hoạch ${q(a.path)} là của năm ${a.planYear}; hãy dẫn chiếu kế hoạch cùng năm`,
    en: (a) => `the report is for ${a.year} but the plan ${q(a.path)} is for ${a.planYear}; refer to the plan of the same year`,
  },
  'unknown-task': {
    severity: 'error',
    vi: (a) => `kế hoạch ${q(a.plan)} không có nhiệm vụ mã ${q(a.id)}${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}; hãy dùng mã nhiệm vụ có trong kế hoạch`,
    en: (a) => `the plan ${q(a.plan)} has no task ${q(a.id)}${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}; use a task id from the plan`,
  },
  'compact-missing': {
    severity: 'error',
    vi: (a) => `không tìm thấy giao ước năm ${a.year} của ${q(a.id)}; hãy sửa trường “compact” hoặc tạo giao ước đó`,
    en: (a) => `there is no ${a.year} compact issued by ${q(a.id)}; correct “compact” or create that compact`,
  },
  'unknown-target': {
    severity: 'error',
    vi: (a) => `giao ước ${q(a.compact)} không có chỉ tiêu mã ${q(a.id)}${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}; hãy dùng mã chỉ tiêu có trong giao ước`,
    en: (a) => `the compact ${q(a.compact)} has no target ${q(a.id)}${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}; use a target id from the compact`,
  },
  'no-compact-for-target': {
    severity: 'error',
    vi: () => 'dẫn chiếu chỉ tiêu nhưng kế hoạch chưa ghi giao ước nào (trường “compact”); hãy thêm trường “compact” vào kế hoạch',
    en: () => 'a target is referenced but the plan names no compact (“compact”); add “compact” to the plan',
  },
  'duplicate-document': {
    severity: 'error',
    vi: (a) => `đã có văn bản cùng loại, cùng năm và cùng đơn vị ban hành: ${q(a.other)}; hãy gộp hai tệp hoặc sửa năm/đơn vị`,
    en: (a) => `another document has the same kind, year and issuer: ${q(a.other)}; merge the two files or correct the year or issuer`,
  },
  'duplicate-unit': {
    severity: 'error',
    vi: (a) => `mã đơn vị ${q(a.id)} đã khai báo ở dòng ${a.firstLine}; mỗi đơn vị chỉ khai báo một lần`,
    en: (a) => `the unit id ${q(a.id)} is already declared on line ${a.firstLine}; declare each unit once`,
  },
  'bloc-leader-not-member': {
    severity: 'error',
    vi: (a) => `${q(a.id)} không phải thành viên của khối năm ${a.year}; khối trưởng và khối phó phải là thành viên`,
    en: (a) => `${q(a.id)} is not a member of the bloc in ${a.year}; the leader and deputy must be members`,
  },
};


function typeVi(type: string): string {
  const names: Record<string, string> = {
    string: 'một dòng chữ', number: 'một số', integer: 'một số nguyên', boolean: 'có/không (true/false)',
    array: 'một danh sách (các dòng bắt đầu bằng “- ”)', object: 'một nhóm trường', null: 'để trống',
  };
  return names[type] ?? type;
}

function typeEn(type: string): string {
  const names: Record<string, string> = {
    string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false',
    array: 'a list (lines starting with “- ”)', object: 'a group of fields', null: 'empty',
  };
  return names[type] ?? type;
}

function patternVi(pattern: string): string {
  if (pattern.includes('\\d{4}-')) return 'hãy ghi ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-04';
  if (pattern.includes('[a-z0-9]')) return 'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, ví dụ “cd-bo-noi-vu”';
  if (pattern.includes('\\p{Lu}')) return 'ký hiệu viết liền, không dấu cách: các mã bắt đầu bằng chữ hoa, nối bằng dấu “-”, ví dụ “KH-CĐBNV”';
  return `cần khớp mẫu ${pattern}`;
}

function patternEn(pattern: string): string {
  if (pattern.includes('\\d{4}-')) return 'write the date as YEAR-MONTH-DAY, e.g. 2024-03-04';
  if (pattern.includes('[a-z0-9]')) return 'an id holds only lower-case letters without accents, digits and hyphens, e.g. “cd-bo-noi-vu”';
  if (pattern.includes('\\p{Lu}')) return 'a symbol is written without spaces: codes starting with a capital, joined by “-”, e.g. “KH-CĐBNV”';
  return `it must match ${pattern}`;
}

// Year end: scoring tables and score sheets, checked against each other and the bloc's members.
const yearEnd: Record<string, MessageSpec> = {
  'score-over-max': {
    severity: 'error',
    vi: (a) => `${a.what === 'checked' ? 'điểm Khối trưởng chấm' : 'điểm tự chấm'} ${a.points} vượt quá điểm tối đa ${a.max} của tiêu chí ${q(a.id)} trong bảng điểm ${q(a.table)}; hãy chấm lại không quá ${a.max} điểm`,
    en: (a) => `${a.what === 'checked' ? 'the checked score' : 'the self-assessed score'} ${a.points} exceeds the maximum ${a.max} of criterion ${q(a.id)} in the scoring table ${q(a.table)}; score it at most ${a.max}`,
  },
  'bonus-over-max': {
    severity: 'error',
    vi: (a) => `điểm thưởng ${a.points} vượt quá mức tối đa ${a.max} của khoản ${q(a.id)} trong bảng điểm ${q(a.table)}; hãy đề nghị không quá ${a.max} điểm`,
    en: (a) => `the bonus ${a.points} exceeds the maximum ${a.max} of rule ${q(a.id)} in the scoring table ${q(a.table)}; claim at most ${a.max}`,
  },
  'score-evidence-missing': {
    severity: 'warning',
    vi: (a) => `tiêu chí ${q(a.id)} cần minh chứng (${a.needed}) nhưng phiếu chưa ghi minh chứng nào; hãy bổ sung mục “evidence”`,
    en: (a) => `criterion ${q(a.id)} needs evidence (${a.needed}) but the sheet gives none; add “evidence”`,
  },
  'score-unknown-criterion': {
    severity: 'error',
    vi: (a) => `bảng điểm ${q(a.table)} không có tiêu chí mã ${q(a.id)}${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}; hãy dùng mã tiêu chí có trong bảng điểm`,
    en: (a) => `the scoring table ${q(a.table)} has no criterion ${q(a.id)}${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}; use a criterion id from the table`,
  },
  'score-unknown-rule': {
    severity: 'error',
    vi: (a) => `bảng điểm ${q(a.table)} không có khoản ${a.type === 'bonus' ? 'điểm thưởng' : 'điểm trừ'} mã ${q(a.id)}${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}; hãy dùng mã có trong bảng điểm`,
    en: (a) => `the scoring table ${q(a.table)} has no ${a.type === 'bonus' ? 'bonus' : 'penalty'} rule ${q(a.id)}${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}; use a rule id from the table`,
  },
  'score-duplicate': {
    severity: 'error',
    vi: (a) => `mục ${q(a.id)} đã chấm ở dòng ${a.firstLine}; mỗi tiêu chí, mỗi khoản chỉ ghi một lần — hãy gộp hai mục`,
    en: (a) => `${q(a.id)} is already scored on line ${a.firstLine}; score each criterion or rule once — merge the two`,
  },
  'score-criterion-missing': {
    severity: 'warning',
    vi: (a) => `phiếu chưa chấm tiêu chí ${q(a.id)} của bảng điểm; tiêu chí không chấm được tính 0 điểm`,
    en: (a) => `the sheet does not score criterion ${q(a.id)}; a criterion left out counts as 0`,
  },
  'scoring-table-missing': {
    severity: 'error',
    vi: (a) => `không tìm thấy bảng điểm năm ${a.year} của ${q(a.bloc)}; hãy tạo bảng điểm (kind: scoring-table) hoặc sửa trường “bloc”, “year”`,
    en: (a) => `there is no ${a.year} scoring table of ${q(a.bloc)}; create one (kind: scoring-table) or correct “bloc” or “year”`,
  },
  'score-sheet-unknown-bloc': {
    severity: 'error',
    vi: (a) => `không có khối thi đua hay đơn vị mã ${q(a.id)} trong giaouoc.yaml${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}; hãy sửa mã hoặc khai báo khối (mục “blocs”) hay đơn vị (mục “units”) ban hành bảng điểm`,
    en: (a) => `there is no bloc or unit ${q(a.id)} in giaouoc.yaml${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}; correct the id or register the bloc (“blocs”) or unit (“units”) that issues the scoring table`,
  },
  'score-sheet-not-member': {
    severity: 'warning',
    vi: (a) => `${q(a.id)} không phải thành viên của ${a.blocName} năm ${a.year} nên không chấm điểm trong khối; hãy sửa đơn vị, năm hoặc danh sách thành viên trong giaouoc.yaml`,
    en: (a) => `${q(a.id)} is not a member of ${a.blocName} in ${a.year}, so it is not scored in the bloc; correct the unit, the year or the members in giaouoc.yaml`,
  },
  'score-sheet-missing': {
    severity: 'warning',
    vi: (a) => `thành viên ${q(a.id)} của ${a.blocName} chưa có phiếu chấm điểm năm ${a.year}; đơn vị này sẽ không được xếp hạng`,
    en: (a) => `${q(a.id)}, a member of ${a.blocName}, has no ${a.year} score sheet; it will not be ranked`,
  },
  'score-evidence-file-missing': {
    severity: 'error',
    vi: (a) => `không tìm thấy văn bản minh chứng ${q(a.path)}; hãy ghi đường dẫn tính từ thư mục gốc của kho văn bản`,
    en: (a) => `the evidence document ${q(a.path)} does not exist; give its path from the repository root`,
  },
  'scoring-scale-mismatch': {
    severity: 'warning',
    vi: (a) => `tổng điểm tối đa các tiêu chí là ${a.sum}, khác thang điểm ${a.scale}; hãy sửa điểm tối đa hoặc thang điểm cho khớp`,
    en: (a) => `the criteria maxima add up to ${a.sum}, not the scale ${a.scale}; make the maxima and the scale agree`,
  },
  'scoring-unknown-tie-break': {
    severity: 'error',
    vi: (a) => `mục xét bằng điểm ${q(a.id)} không phải mã nhóm hay tiêu chí của bảng điểm, cũng không phải “bonus” hoặc “fewer-penalties”${a.suggest ? ` (có phải ${q(a.suggest)}?)` : ''}`,
    en: (a) => `the tie-break ${q(a.id)} is neither a group or criterion id of the table nor “bonus” or “fewer-penalties”${a.suggest ? ` (did you mean ${q(a.suggest)}?)` : ''}`,
  },
};

export const MESSAGES: Record<string, MessageSpec> = { ...source, ...yaml, ...shape, ...text, ...rules, ...yearEnd, ...numberMessages, ...REGISTRY_MESSAGES };
