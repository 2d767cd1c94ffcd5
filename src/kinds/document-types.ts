// The types of document (tên loại) a union issues, with the code used in document numbers (`12/KH-CĐBNV`).
// Sources:
// - Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục III “Bảng chữ viết tắt tên loại văn bản”: the names and
//   codes of administrative documents (công văn has no code: its number carries the issuer and unit only).
// - Quyết định 933/QĐ-TLĐ ngày 14/5/2024 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Quy định về thể loại,
//   thẩm quyền ban hành, thể thức và kỹ thuật trình bày văn bản của tổ chức Công đoàn (22 types, among them
//   Điều lệ, Chiến lược, Nghị quyết, Quyết định, Chỉ thị, Kết luận, Thông tri, Quy chế, Quy định, Hướng dẫn,
//   Chương trình, Kế hoạch, Đề án, Báo cáo, Tờ trình, Thông báo, Biên bản, Công văn). Summary consulted:
//   https://hethongphapluat.vn/quyet-dinh-933-qd-tld-nam-2024-quy-dinh-ve-the-loai-tham-quyen-ban-hanh-the-thuc-va-ky-thuat-trinh-bay-van-ban-cua-to-chuc-cong-doan-viet-nam-do-tong-lien-doan-lao-dong-viet-nam-ban-hanh.html
//   and https://tintuc.thuvienphapluat.vn/…/22-the-loai-van-ban-cua-to-chuc-cong-doan-viet-nam-moi-nhat
// - The codes of Bản ghi nhớ (BGN), Bản thỏa thuận (BTT), Giấy ủy quyền (GUQ) and Giấy nghỉ phép (GNP) are NĐ 30's
//   Phụ lục III (copies read: https://luatvietnam.vn/tin-van-ban-moi/nhung-tu-duoc-viet-tat-186-24184-article.html,
//   https://kynangandlifeskills.com/chu-viet-tat-ten-loai-mau-trinh-bay-van-ban-hanh-chinh-va-ban-sao-van-ban/);
//   GN, TTh, UQ and NP were the codes of Thông tư 01/2011/TT-BNV, which NĐ 30 replaced.
// The union-only types (Điều lệ, Chiến lược, Kết luận, Thông tri) are not in NĐ 30, and no source read states their
// codes: the copies of QĐ 933/QĐ-TLĐ (above) and of QĐ 1013 and 1014/QĐ-TLĐ, which it replaced, that could be read
// (https://vanbanphapluat.co/quyet-dinh-1013-qd-tld-quy-dinh-the-loai-van-ban-the-thuc-va-tham-quyen) end before
// any table of codes, and Hướng dẫn 1217/HD-TLĐ has none. ĐL, CL, KL and TT are therefore assumptions. One real
// number seen says otherwise for Thông tri: “Thông tri số 97/ TTr-TLĐ ngày 03/9/2004” (cited in Công văn
// 779/TĐ-CĐBĐ, tests/fixtures/real), under the rules of 2004, where TTr is NĐ 30's code for Tờ trình.

export interface DocumentType {
  /** The key written in YAML (`type: huong-dan`). */
  id: string;
  /** As printed in the title, capitals: "HƯỚNG DẪN". Công văn prints no type name. */
  name: string;
  /** Code in the number; absent for công văn. */
  code?: string;
  /**
   * Numbered only when its issuer chooses to: a compact is signed by its parties, and blocs number it or not; a quy
   * chế, quy định or điều lệ is mostly adopted by a decision or a conference (“ban hành kèm theo Quyết định số …”),
   * whose number it cites, as the bloc's quy chế of the examples is, and prints no number line of its own (the Quy
   * định “Ban hành kèm theo Quyết định số 1046/QĐ-HC” of Trường Đại học Công đoàn, 24/11/2016, read at
   * http://dhcd.edu.vn/TaiNguyen/Download/QUYET-DINH-LUU-TRU-VAN-BAN-2016.html). Every other type is numbered (NĐ 30/2020,
   * Phụ lục I: a công văn too, `Số: 12/ISSUER-UNIT`, with no type code).
   */
  numberOptional?: true;
  /** Sent to someone named under “Kính gửi:” below the subject (NĐ 30/2020, Phụ lục I: công văn; a tờ trình goes up). */
  addressed?: true;
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { id: 'dieu-le', name: 'ĐIỀU LỆ', code: 'ĐL', numberOptional: true },
  { id: 'chien-luoc', name: 'CHIẾN LƯỢC', code: 'CL' },
  { id: 'nghi-quyet', name: 'NGHỊ QUYẾT', code: 'NQ' },
  { id: 'quyet-dinh', name: 'QUYẾT ĐỊNH', code: 'QĐ' },
  { id: 'chi-thi', name: 'CHỈ THỊ', code: 'CT' },
  { id: 'ket-luan', name: 'KẾT LUẬN', code: 'KL' },
  { id: 'thong-tri', name: 'THÔNG TRI', code: 'TT' },
  { id: 'quy-che', name: 'QUY CHẾ', code: 'QC', numberOptional: true },
  { id: 'quy-dinh', name: 'QUY ĐỊNH', code: 'QyĐ', numberOptional: true },
  { id: 'thong-cao', name: 'THÔNG CÁO', code: 'TC' },
  { id: 'thong-bao', name: 'THÔNG BÁO', code: 'TB' },
  { id: 'huong-dan', name: 'HƯỚNG DẪN', code: 'HD' },
  { id: 'chuong-trinh', name: 'CHƯƠNG TRÌNH', code: 'CTr' },
  { id: 'ke-hoach', name: 'KẾ HOẠCH', code: 'KH' },
  { id: 'phuong-an', name: 'PHƯƠNG ÁN', code: 'PA' },
  { id: 'de-an', name: 'ĐỀ ÁN', code: 'ĐA' },
  { id: 'du-an', name: 'DỰ ÁN', code: 'DA' },
  { id: 'bao-cao', name: 'BÁO CÁO', code: 'BC' },
  { id: 'bien-ban', name: 'BIÊN BẢN', code: 'BB' },
  { id: 'to-trinh', name: 'TỜ TRÌNH', code: 'TTr', addressed: true },
  { id: 'hop-dong', name: 'HỢP ĐỒNG', code: 'HĐ' },
  { id: 'cong-van', name: '', addressed: true },
  { id: 'cong-dien', name: 'CÔNG ĐIỆN', code: 'CĐ' },
  { id: 'ban-ghi-nho', name: 'BẢN GHI NHỚ', code: 'BGN' },
  { id: 'ban-thoa-thuan', name: 'BẢN THỎA THUẬN', code: 'BTT' },
  { id: 'giay-uy-quyen', name: 'GIẤY ỦY QUYỀN', code: 'GUQ' },
  { id: 'giay-moi', name: 'GIẤY MỜI', code: 'GM' },
  { id: 'giay-gioi-thieu', name: 'GIẤY GIỚI THIỆU', code: 'GGT' },
  { id: 'giay-nghi-phep', name: 'GIẤY NGHỈ PHÉP', code: 'GNP' },
  { id: 'phieu-gui', name: 'PHIẾU GỬI', code: 'PG' },
  { id: 'phieu-chuyen', name: 'PHIẾU CHUYỂN', code: 'PC' },
  { id: 'phieu-bao', name: 'PHIẾU BÁO', code: 'PB' },
  { id: 'giao-uoc-thi-dua', name: 'GIAO ƯỚC THI ĐUA', numberOptional: true },
];

const BY_ID = new Map(DOCUMENT_TYPES.map((type) => [type.id, type]));

export function documentType(id: string): DocumentType | undefined {
  return BY_ID.get(id);
}

export const DOCUMENT_TYPE_IDS = DOCUMENT_TYPES.map((type) => type.id);
