// TCVN3 (TCVN 5712:1993, the "ABC" fonts .VnTime, .VnArial …): each Vietnamese letter with its marks is one byte.
// Text typed in such a font and read as Windows-1252 shows the byte's Latin-1 character instead, which is the
// key of this table. Capitals with a tone have no code in TCVN3 (documents used a separate capitals font,
// .VnTimeH, over the lower-case codes), so only the seven capitals without a tone appear.

export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map([
  // a ă â
  ['µ', 'à'], ['¶', 'ả'], ['·', 'ã'], ['¸', 'á'], ['¹', 'ạ'],
  ['¨', 'ă'], ['»', 'ằ'], ['¼', 'ẳ'], ['½', 'ẵ'], ['¾', 'ắ'], ['Æ', 'ặ'],
  ['©', 'â'], ['Ç', 'ầ'], ['È', 'ẩ'], ['É', 'ẫ'], ['Ê', 'ấ'], ['Ë', 'ậ'],
  // đ
  ['®', 'đ'],
  // e ê
  ['Ì', 'è'], ['Î', 'ẻ'], ['Ï', 'ẽ'], ['Ð', 'é'], ['Ñ', 'ẹ'],
  ['ª', 'ê'], ['Ò', 'ề'], ['Ó', 'ể'], ['Ô', 'ễ'], ['Õ', 'ế'], ['Ö', 'ệ'],
  // i
  ['×', 'ì'], ['Ø', 'ỉ'], ['Ü', 'ĩ'], ['Ý', 'í'], ['Þ', 'ị'],
  // o ô ơ
  ['ß', 'ò'], ['á', 'ỏ'], ['â', 'õ'], ['ã', 'ó'], ['ä', 'ọ'],
  ['«', 'ô'], ['å', 'ồ'], ['æ', 'ổ'], ['ç', 'ỗ'], ['è', 'ố'], ['é', 'ộ'],
  ['¬', 'ơ'], ['ê', 'ờ'], ['ë', 'ở'], ['ì', 'ỡ'], ['í', 'ớ'], ['î', 'ợ'],
  // u ư
  ['ï', 'ù'], ['ñ', 'ủ'], ['ò', 'ũ'], ['ó', 'ú'], ['ô', 'ụ'],
  ['\u00AD', 'ư'], ['õ', 'ừ'], ['ö', 'ử'], ['÷', 'ữ'], ['ø', 'ứ'], ['ù', 'ự'],
  // y
  ['ú', 'ỳ'], ['û', 'ỷ'], ['ü', 'ỹ'], ['ý', 'ý'], ['þ', 'ỵ'],
  // capitals without a tone
  ['¡', 'Ă'], ['¢', 'Â'], ['£', 'Ê'], ['¤', 'Ô'], ['¥', 'Ơ'], ['¦', 'Ư'], ['§', 'Đ'],
]);
