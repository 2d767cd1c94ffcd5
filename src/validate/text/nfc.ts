// Vietnamese typed on some systems (macOS input methods, some web forms) arrives decomposed (NFD): `ộ` as
// o + ̣ + ̂. It looks the same but fails equality, sorting and pattern checks, so documents keep NFC throughout.

export function isNfc(s: string): boolean {
  return s === s.normalize('NFC');
}

export function nfcFix(s: string): string {
  return s.normalize('NFC');
}
