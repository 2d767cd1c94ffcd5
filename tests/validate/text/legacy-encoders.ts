// Unicode → legacy encoders for the tests: the inverse of the converters' tables, so real text can be turned
// into what an old document would look like when read as Windows-1252.
import { TCVN3_TO_UNICODE } from '../../../src/validate/text/tcvn3-table.js';
import { VNI_TO_UNICODE } from '../../../src/validate/text/vni-table.js';

function invert(table: ReadonlyMap<string, string>): Map<string, string> {
  const inverse = new Map<string, string>();
  for (const [legacy, unicode] of table) {
    if (legacy !== unicode) inverse.set(unicode, legacy);
  }
  return inverse;
}

const TO_TCVN3 = invert(TCVN3_TO_UNICODE);
const TO_VNI = invert(VNI_TO_UNICODE);

/** TCVN3 has no capitals with a tone; callers pass lower-case text. */
export function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')].map((ch) => TO_TCVN3.get(ch) ?? ch).join('');
}

export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map((ch) => TO_VNI.get(ch) ?? ch).join('');
}
