import { describe, expect, it } from 'vitest';
import { isNfc, nfcFix } from '../../../src/validate/text/nfc.js';

describe('isNfc / nfcFix', () => {
  it.each(['Công đoàn Bộ Nội vụ', 'Khối thi đua I', 'plain ASCII 123', '', 'Nguyễn Thị Hường', '«Nhập chủ đề thi đua»'])(
    'composed text %j is NFC and unchanged by the fix',
    (text) => {
      expect(isNfc(text)).toBe(true);
      expect(nfcFix(text)).toBe(text);
    },
  );

  it.each(['Công đoàn Bộ Nội vụ', 'Nguyễn Thị Hường', 'Ủy ban Kiểm tra', 'ộ'])('decomposed %j is caught and fixed', (text) => {
    const decomposed = text.normalize('NFD');
    expect(decomposed).not.toBe(text);
    expect(isNfc(decomposed)).toBe(false);
    expect(nfcFix(decomposed)).toBe(text);
    expect(isNfc(nfcFix(decomposed))).toBe(true);
  });

  it('composes a base letter followed by its marks in either order of canonical classes', () => {
    // o + dot below + circumflex and o + circumflex + dot below are the same letter ộ
    expect(nfcFix('o\u0323\u0302')).toBe('ộ');
    expect(nfcFix('o\u0302\u0323')).toBe('ộ');
    expect(isNfc('o\u0302\u0323')).toBe(false);
  });
});
