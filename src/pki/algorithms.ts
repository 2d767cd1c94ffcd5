// Signature and digest algorithms by OID, checked with node:crypto (native, fast, no network). pkijs decodes
// the structures; the arithmetic is node's.

import { createHash, verify, type KeyObject, constants } from 'node:crypto';
import * as pkijs from 'pkijs';
import * as asn1js from 'asn1js';
import { children, isContext, oidOf, readDer } from './der.js';

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** RSA PKCS#1 v1.5 and ECDSA signature OIDs with their digest. */
const SIGNATURES: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const RSA_PSS = '1.2.840.113549.1.1.10';

export function digestName(oid: string): string | undefined {
  return DIGESTS[oid];
}

export function digestOf(oid: string, parts: Uint8Array[]): Buffer | undefined {
  const name = DIGESTS[oid];
  if (!name) return undefined;
  const hash = createHash(name);
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export class UnsupportedAlgorithm extends Error {}

export interface Algorithm {
  oid: string;
  /** The DER of the parameters, when there are any (RSASSA-PSS). */
  params?: Uint8Array;
}

export function fromPkijs(algorithm: pkijs.AlgorithmIdentifier): Algorithm {
  const params = algorithm.algorithmParams as asn1js.AsnType | undefined;
  return { oid: algorithm.algorithmId, params: params && !(params instanceof asn1js.Null) ? new Uint8Array(params.toBER()) : undefined };
}

/**
 * Checks `signature` over `data` with `key`. `digestOid` is the digest for algorithms that do not name one
 * (rsaEncryption and ecPublicKey in CMS signer infos).
 */
export function verifySignature(algorithm: Algorithm, data: Uint8Array, key: KeyObject, signature: Uint8Array, digestOid?: string): boolean {
  const oid = algorithm.oid;
  let hash = SIGNATURES[oid];
  if (!hash && (oid === RSA_ENCRYPTION || oid === EC_PUBLIC_KEY) && digestOid) hash = DIGESTS[digestOid];
  if (hash) {
    try {
      return verify(hash, data, key, signature);
    } catch {
      return false;
    }
  }
  if (oid === RSA_PSS) {
    const { hash: pssHash, saltLength } = pssParams(algorithm.params);
    try {
      return verify(pssHash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature);
    } catch {
      return false;
    }
  }
  throw new UnsupportedAlgorithm(oid);
}

/** RSASSA-PSS-params: [0] hash algorithm (default SHA-1), [2] salt length (default 20). */
function pssParams(params: Uint8Array | undefined): { hash: string; saltLength: number } {
  let hash = 'sha1';
  let saltLength = 20;
  for (const item of params ? children(readDer(params)) : []) {
    if (isContext(item, 0)) {
      const name = DIGESTS[oidOf(children(children(item)[0]!)[0])];
      if (!name) throw new UnsupportedAlgorithm('RSASSA-PSS hash');
      hash = name;
    }
    if (isContext(item, 2)) saltLength = Number.parseInt(Buffer.from(children(item)[0]!.value).toString('hex'), 16);
  }
  return { hash, saltLength };
}

/** A copy in a plain ArrayBuffer, as pkijs's parsers take. */
export function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}
