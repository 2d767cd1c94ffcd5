// A CMS SignedData (the /Contents of a PDF signature, or an RFC 3161 timestamp token) taken apart and checked:
// which certificate signed, whether the digest matches the signed bytes, whether the signature over the signed
// attributes holds, and what the signer embedded (certificates, CRLs, OCSP responses, a timestamp token).
// Read with the small DER walker (der.ts): see there why not pkijs.

import { createHash, X509Certificate } from 'node:crypto';
import { digestOf, UnsupportedAlgorithm, verifySignature, type Algorithm } from './algorithms.js';
import { children, DerError, expect, isContext, octetsOf, oidOf, readDer, sameBytes, TAG, timeOf, certificateIds, type Der } from './der.js';

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const ADBE_REVOCATION = '1.2.840.113583.1.1.8';
const TIMESTAMP_TOKEN = '1.2.840.113549.1.9.16.2.14';

export type CmsProblem = 'unreadable' | 'no-signer-certificate' | 'digest-mismatch' | 'signature-invalid' | 'unsupported-algorithm';

export interface CmsCheck {
  problem?: CmsProblem;
  signer?: X509Certificate;
  certificates: X509Certificate[];
  crls: Buffer[];
  ocsps: Buffer[];
  signingTime?: Date;
  timestampToken?: Buffer;
  signatureValue?: Buffer;
  /** The encapsulated content (a timestamp token's TSTInfo). */
  content?: Buffer;
}

interface SignerInfo {
  sid: Der;
  digestOid: string;
  signedAttrs?: Der;
  signatureAlgorithm: Algorithm;
  signature: Uint8Array;
  unsignedAttrs?: Der;
}

// The same CA, TSA and root certificates come with every signature: parse each once per process.
const certificateCache = new Map<string, X509Certificate>();

function certificate(raw: Uint8Array): X509Certificate {
  const key = createHash('sha1').update(raw).digest('hex');
  let cert = certificateCache.get(key);
  if (!cert) {
    cert = new X509Certificate(Buffer.from(raw));
    certificateCache.set(key, cert);
  }
  return cert;
}

/** `signedParts`: the detached content (a PDF's ByteRange); omitted for encapsulated content. */
export function checkCms(der: Uint8Array, signedParts?: Uint8Array[]): CmsCheck {
  const result: CmsCheck = { certificates: [], crls: [], ocsps: [] };
  let signerInfo: SignerInfo;
  try {
    const info = children(expect(readDer(der), TAG.sequence));
    if (oidOf(info[0]) !== SIGNED_DATA || !isContext(info[1], 0)) return { ...result, problem: 'unreadable' };
    const signed = children(expect(children(info[1]!)[0], TAG.sequence));
    const encap = children(expect(signed[2], TAG.sequence));
    if (isContext(encap[1], 0)) result.content = Buffer.from(octetsOf(children(encap[1]!)[0]!));
    for (const item of signed.slice(3)) {
      if (isContext(item, 0)) {
        for (const cert of children(item)) if (cert.tag === TAG.sequence) result.certificates.push(certificate(cert.bytes));
      } else if (isContext(item, 1)) {
        for (const crl of children(item)) if (crl.tag === TAG.sequence) result.crls.push(Buffer.from(crl.bytes));
      }
    }
    const signerInfos = children(expect(signed.at(-1), TAG.set));
    signerInfo = readSignerInfo(signerInfos[0]);
  } catch (error) {
    if (error instanceof DerError || error instanceof RangeError || error instanceof TypeError) return { ...result, problem: 'unreadable' };
    throw error;
  }
  result.signer = result.certificates.find((cert) => identifies(signerInfo.sid, cert));
  if (!result.signer) return { ...result, problem: 'no-signer-certificate' };
  result.signatureValue = Buffer.from(signerInfo.signature);

  const parts = signedParts ?? (result.content ? [result.content] : []);
  const digest = digestOf(signerInfo.digestOid, parts);
  if (!digest) return { ...result, problem: 'unsupported-algorithm' };
  try {
    for (const [type, values] of attributes(signerInfo.unsignedAttrs)) {
      if (type === TIMESTAMP_TOKEN && values[0]) result.timestampToken = Buffer.from(values[0].bytes);
    }
    let data: Uint8Array;
    if (signerInfo.signedAttrs) {
      let messageDigest: Uint8Array | undefined;
      for (const [type, values] of attributes(signerInfo.signedAttrs)) {
        if (type === MESSAGE_DIGEST) messageDigest = expect(values[0], TAG.octetString).value;
        if (type === SIGNING_TIME) result.signingTime = timeOf(values[0]);
        if (type === ADBE_REVOCATION && values[0]) readRevocationArchive(values[0], result);
      }
      if (!messageDigest || !sameBytes(messageDigest, digest)) return { ...result, problem: 'digest-mismatch' };
      // The signature covers the attributes encoded as a SET, not with their [0] tag.
      data = Buffer.concat([Buffer.from([TAG.set]), signerInfo.signedAttrs.bytes.subarray(1)]);
    } else {
      data = Buffer.concat(parts);
    }
    if (!verifySignature(signerInfo.signatureAlgorithm, data, result.signer.publicKey, signerInfo.signature, signerInfo.digestOid)) {
      return { ...result, problem: 'signature-invalid' };
    }
  } catch (error) {
    if (error instanceof UnsupportedAlgorithm) return { ...result, problem: 'unsupported-algorithm' };
    if (error instanceof DerError) return { ...result, problem: 'unreadable' };
    throw error;
  }
  return result;
}

function readSignerInfo(node: Der | undefined): SignerInfo {
  const parts = children(expect(node, TAG.sequence));
  let index = 1;
  const sid = parts[index++]!;
  const digestOid = oidOf(children(expect(parts[index++], TAG.sequence))[0]);
  const signedAttrs = isContext(parts[index], 0) ? parts[index++] : undefined;
  const algorithm = children(expect(parts[index++], TAG.sequence));
  const signature = expect(parts[index++], TAG.octetString).value;
  const unsignedAttrs = isContext(parts[index], 1) ? parts[index] : undefined;
  const params = algorithm[1] && algorithm[1].tag !== 0x05 ? algorithm[1].bytes : undefined;
  return { sid, digestOid, signedAttrs, signatureAlgorithm: { oid: oidOf(algorithm[0]), params }, signature, unsignedAttrs };
}

function attributes(node: Der | undefined): Array<[string, Der[]]> {
  if (!node) return [];
  return children(node).map((attribute) => {
    const parts = children(attribute);
    return [oidOf(parts[0]), parts[1] ? children(parts[1]) : []];
  });
}

function identifies(sid: Der, cert: X509Certificate): boolean {
  const ids = certificateIds(cert.raw);
  if (sid.tag === TAG.sequence) {
    const [issuer, serial] = children(sid);
    return issuer !== undefined && serial !== undefined && sameBytes(issuer.bytes, ids.issuer) && sameBytes(serial.value, ids.serial);
  }
  return isContext(sid, 0) && ids.subjectKeyId !== undefined && sameBytes(sid.value, ids.subjectKeyId);
}

/** Adobe's RevocationInfoArchival: [0] CRLs, [1] OCSP responses. */
function readRevocationArchive(value: Der, result: CmsCheck): void {
  if (value.tag !== TAG.sequence) return;
  for (const tagged of children(value)) {
    const inner = children(tagged)[0];
    for (const item of inner ? children(inner) : []) {
      if (isContext(tagged, 0)) result.crls.push(Buffer.from(item.bytes));
      if (isContext(tagged, 1)) result.ocsps.push(Buffer.from(item.bytes));
    }
  }
}
