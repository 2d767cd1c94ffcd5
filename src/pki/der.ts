// A minimal DER/BER reader for the few structures read on every signature (CMS SignedData, RFC 3161 TSTInfo,
// certificate names and serials). pkijs decodes the same structures through full schema matching, which costs
// tens of milliseconds per signature; walking the tags directly costs microseconds, and verify-pdf must check
// hundreds of signatures in a few seconds. Indefinite lengths (BER, as some signing tools write) are accepted.

export class DerError extends Error {}

export interface Der {
  /** The identifier octet: class, constructed bit and (low) tag number. */
  tag: number;
  constructed: boolean;
  /** The whole encoding, header included. */
  bytes: Uint8Array;
  /** The contents octets (for an indefinite length: up to, not including, the end-of-contents). */
  value: Uint8Array;
}

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  oid: 0x06,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

/** The TLV at `offset`. */
export function readDer(bytes: Uint8Array, offset = 0): Der {
  if (offset + 2 > bytes.length) throw new DerError('truncated');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not used here');
  const constructed = (tag & 0x20) !== 0;
  let position = offset + 1;
  const first = bytes[position++]!;
  if (first === 0x80) {
    if (!constructed) throw new DerError('indefinite length on a primitive');
    let end = position;
    while (!(bytes[end] === 0 && bytes[end + 1] === 0)) {
      if (end >= bytes.length) throw new DerError('unterminated indefinite length');
      end += readDer(bytes, end).bytes.length;
    }
    return { tag, constructed, bytes: bytes.subarray(offset, end + 2), value: bytes.subarray(position, end) };
  }
  let length = first;
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) throw new DerError('length too large');
    length = 0;
    for (let index = 0; index < count; index++) length = length * 256 + bytes[position++]!;
  }
  if (position + length > bytes.length) throw new DerError('truncated');
  return { tag, constructed, bytes: bytes.subarray(offset, position + length), value: bytes.subarray(position, position + length) };
}

export function children(node: Der): Der[] {
  const items: Der[] = [];
  for (let offset = 0; offset < node.value.length; ) {
    const item = readDer(node.value, offset);
    items.push(item);
    offset += item.bytes.length;
  }
  return items;
}

export function expect(node: Der | undefined, tag: number): Der {
  if (!node || node.tag !== tag) throw new DerError(`expected tag 0x${tag.toString(16)}`);
  return node;
}

export function oidOf(node: Der | undefined): string {
  const value = expect(node, TAG.oid).value;
  const parts: number[] = [];
  let current = 0;
  for (const byte of value) {
    current = current * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      parts.push(current);
      current = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

export function timeOf(node: Der | undefined): Date {
  if (!node || (node.tag !== TAG.utcTime && node.tag !== TAG.generalizedTime)) throw new DerError('expected a time');
  const text = Buffer.from(node.value).toString('latin1');
  const match = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?(Z|[+-]\d{4})?$/.exec(text);
  if (!match) throw new DerError(`bad time ${text}`);
  const [, y, mo, d, h, mi, s = '00', fraction = '0', zone = 'Z'] = match;
  const year = y!.length === 2 ? (Number(y) < 50 ? 2000 : 1900) + Number(y) : Number(y);
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return new Date(`${String(year).padStart(4, '0')}-${mo}-${d}T${h}:${mi}:${s}.${fraction.padEnd(3, '0').slice(0, 3)}${offset}`);
}

/** An OCTET STRING's contents, joining the segments of a constructed (BER) one. */
export function octetsOf(node: Der): Uint8Array {
  if (!node.constructed) return node.value;
  return Buffer.concat(children(node).map(octetsOf));
}

/** Context-specific tag `[n]`, constructed or not. */
export function isContext(node: Der | undefined, n: number): boolean {
  return node !== undefined && (node.tag & 0xc0) === 0x80 && (node.tag & 0x1f) === n;
}

export interface CertificateIds {
  issuer: Uint8Array;
  subject: Uint8Array;
  serial: Uint8Array;
  /** The subjectPublicKey BIT STRING's contents without the unused-bits octet (what OCSP hashes). */
  publicKey: Uint8Array;
  subjectKeyId?: Uint8Array;
}

/** Names, serial and key of a certificate, as encoded (for matching signer identifiers, CRLs and OCSP). */
export function certificateIds(raw: Uint8Array): CertificateIds {
  const tbs = children(children(readDer(raw))[0]!);
  const at = isContext(tbs[0], 0) ? 1 : 0;
  const extensions = tbs.find((item) => isContext(item, 3));
  let subjectKeyId: Uint8Array | undefined;
  for (const extension of extensions ? children(children(extensions)[0]!) : []) {
    const parts = children(extension);
    if (oidOf(parts[0]) === '2.5.29.14') subjectKeyId = readDer(parts.at(-1)!.value).value;
  }
  const publicKey = expect(children(expect(tbs[at + 5], TAG.sequence))[1], TAG.bitString).value.subarray(1);
  return { serial: expect(tbs[at], TAG.integer).value, issuer: tbs[at + 2]!.bytes, subject: tbs[at + 4]!.bytes, publicKey, subjectKeyId };
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
