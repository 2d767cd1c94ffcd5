// A CMS SignedData (the /Contents of a PDF signature, or an RFC 3161 timestamp token) taken apart and checked:
// which certificate signed, whether the digest matches the signed bytes, whether the signature over the signed
// attributes holds, and what the signer embedded (certificates, CRLs, OCSP responses, a timestamp token).

import { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { arrayBuffer, digestOf, UnsupportedAlgorithm, verifySignature } from './algorithms.js';

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const ADBE_REVOCATION = '1.2.840.113583.1.1.8';
const TIMESTAMP_TOKEN = '1.2.840.113549.1.9.16.2.14';

export type CmsProblem = 'unreadable' | 'no-signer-certificate' | 'digest-mismatch' | 'signature-invalid' | 'unsupported-algorithm';

export interface CmsCheck {
  problem?: CmsProblem;
  signer?: X509Certificate;
  /** pkijs form of the signer, for OCSP issuer hashes and names. */
  certificates: X509Certificate[];
  crls: Buffer[];
  ocsps: Buffer[];
  signingTime?: Date;
  timestampToken?: Buffer;
  signatureValue?: Buffer;
  /** The encapsulated content (a timestamp token's TSTInfo). */
  content?: Buffer;
}

/** `signedParts`: the detached content (a PDF's ByteRange); omitted for encapsulated content. */
export function checkCms(der: Uint8Array, signedParts?: Uint8Array[]): CmsCheck {
  const result: CmsCheck = { certificates: [], crls: [], ocsps: [] };
  let signed: pkijs.SignedData;
  try {
    const info = pkijs.ContentInfo.fromBER(arrayBuffer(der));
    if (info.contentType !== SIGNED_DATA) return { ...result, problem: 'unreadable' };
    signed = new pkijs.SignedData({ schema: info.content });
  } catch {
    return { ...result, problem: 'unreadable' };
  }
  const pkiCerts = (signed.certificates ?? []).filter((cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate);
  result.certificates = pkiCerts.map((cert) => new X509Certificate(Buffer.from(cert.toSchema().toBER())));
  for (const crl of signed.crls ?? []) if (crl instanceof pkijs.CertificateRevocationList) result.crls.push(Buffer.from(crl.toSchema().toBER()));
  const signerInfo = signed.signerInfos[0];
  if (!signerInfo) return { ...result, problem: 'unreadable' };
  const index = pkiCerts.findIndex((cert) => identifies(signerInfo.sid, cert));
  if (index < 0) return { ...result, problem: 'no-signer-certificate' };
  result.signer = result.certificates[index];
  result.signatureValue = Buffer.from(signerInfo.signature.valueBlock.valueHexView);

  const eContent = signed.encapContentInfo.eContent;
  if (eContent) result.content = Buffer.from(eContent.getValue());
  const parts = signedParts ?? (result.content ? [result.content] : []);
  const digestOid = signerInfo.digestAlgorithm.algorithmId;
  const digest = digestOf(digestOid, parts);
  if (!digest) return { ...result, problem: 'unsupported-algorithm' };

  for (const attribute of signerInfo.unsignedAttrs?.attributes ?? []) {
    if (attribute.type === TIMESTAMP_TOKEN && attribute.values[0]) result.timestampToken = Buffer.from(attribute.values[0].toBER());
  }
  let data: Uint8Array;
  if (signerInfo.signedAttrs) {
    let messageDigest: Buffer | undefined;
    for (const attribute of signerInfo.signedAttrs.attributes) {
      const value = attribute.values[0];
      if (attribute.type === MESSAGE_DIGEST && value instanceof asn1js.OctetString) messageDigest = Buffer.from(value.valueBlock.valueHexView);
      if (attribute.type === SIGNING_TIME && (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime)) result.signingTime = value.toDate();
      if (attribute.type === ADBE_REVOCATION && value) readRevocationArchive(value, result);
    }
    if (!messageDigest || !messageDigest.equals(digest)) return { ...result, problem: 'digest-mismatch' };
    data = new Uint8Array(signerInfo.signedAttrs.encodedValue);
  } else {
    data = Buffer.concat(parts);
  }
  try {
    const ok = verifySignature(signerInfo.signatureAlgorithm, data, result.signer!.publicKey, signerInfo.signature.valueBlock.valueHexView, digestOid);
    if (!ok) return { ...result, problem: 'signature-invalid' };
  } catch (error) {
    if (error instanceof UnsupportedAlgorithm) return { ...result, problem: 'unsupported-algorithm' };
    throw error;
  }
  return result;
}

function identifies(sid: unknown, cert: pkijs.Certificate): boolean {
  if (sid instanceof pkijs.IssuerAndSerialNumber) return cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber);
  // [0] SubjectKeyIdentifier
  if (sid instanceof asn1js.Constructed || sid instanceof asn1js.Primitive) {
    const wanted = Buffer.from((sid as asn1js.Primitive).valueBlock.valueHexView ?? (sid.valueBlock as { value?: asn1js.OctetString[] }).value?.[0]?.valueBlock.valueHexView ?? []);
    const extension = cert.extensions?.find((item) => item.extnID === '2.5.29.14');
    const own = extension?.parsedValue instanceof asn1js.OctetString ? Buffer.from(extension.parsedValue.valueBlock.valueHexView) : undefined;
    return own !== undefined && own.equals(wanted);
  }
  return false;
}

/** Adobe's RevocationInfoArchival: [0] CRLs, [1] OCSP responses. */
function readRevocationArchive(value: asn1js.AsnType, result: CmsCheck): void {
  if (!(value instanceof asn1js.Sequence)) return;
  for (const tagged of value.valueBlock.value) {
    const tag = tagged.idBlock.tagNumber;
    const inner = (tagged as asn1js.Constructed).valueBlock.value?.[0] as asn1js.Sequence | undefined;
    for (const item of inner?.valueBlock.value ?? []) {
      const der = Buffer.from(item.toBER());
      if (tag === 0) result.crls.push(der);
      if (tag === 1) result.ocsps.push(der);
    }
  }
}
