// The number and symbol of a document (NĐ 30/2020, Điều 15 and Phụ lục I): `07/KH-CĐBNV` — the number (two
// digits at least, a leading zero below 10), `/`, the type code, `-`, the issuer code; a letter has no type code
// (`07/CĐBNV`, or `07/TLĐ-ToC` naming the drafting unit). No spaces anywhere. Parsing says what is wrong with a
// number, so that a finding can say how to fix it; which codes are right is for rules.ts to say.

export interface DocumentNumber {
  /** 7 in `07/KH-CĐBNV`. */
  ordinal: number;
  /** Everything after the slash: `KH-CĐBNV`. */
  symbol: string;
}

export type NumberProblem = 'number-spaces' | 'number-leading-zero' | 'number-form';

export type ParsedNumber = { ok: true; number: DocumentNumber } | { ok: false; problem: NumberProblem; suggestion?: string };

// A code is letters (Vietnamese capitals included), digits and `&`, starting with a capital: `KH`, `QyĐ`, `CĐBNV`.
const SHAPE = /^(\d+)\/(\p{Lu}[\p{L}\d&]*(?:-\p{Lu}[\p{L}\d&]*)*)$/u;

export function parseNumber(raw: string): ParsedNumber {
  const text = raw.normalize('NFC');
  if (/\s/u.test(text)) {
    const joined = text.replace(/\s+/gu, '');
    const again = parseNumber(joined);
    return { ok: false, problem: 'number-spaces', suggestion: again.ok ? formatNumber(again.number) : joined };
  }
  const match = SHAPE.exec(text);
  if (!match || Number(match[1]) < 1) return { ok: false, problem: 'number-form' };
  const number: DocumentNumber = { ordinal: Number(match[1]), symbol: match[2] };
  if (match[1] !== pad(number.ordinal)) return { ok: false, problem: 'number-leading-zero', suggestion: formatNumber(number) };
  return { ok: true, number };
}

export function formatNumber(number: DocumentNumber): string {
  return `${pad(number.ordinal)}/${number.symbol}`;
}

/** The symbol of a document of this type code (none for a letter) and issuer code: `KH-CĐBNV`, `CĐBNV`. */
export function symbolOf(typeCode: string | undefined, issuerCode: string): string {
  return typeCode ? `${typeCode}-${issuerCode}` : issuerCode;
}

/** Two digits at least: `07`, `15`, `123`. */
export function pad(ordinal: number): string {
  return String(ordinal).padStart(2, '0');
}
