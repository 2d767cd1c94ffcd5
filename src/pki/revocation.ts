// Revocation status from the validation data a PDF carries (its DSS, the signer's adbe archive, the CMS's own
// CRLs): OCSP responses signed by the issuer or its delegated responder, CRLs signed by the issuer. Nothing is
// fetched; when no data speaks for a certificate its status is unknown, which the caller reports as such.

import { createHash, X509Certificate } from 'node:crypto';
import { certificateIds, sameBytes } from './der.js';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { arrayBuffer, fromPkijs, verifySignature } from './algorithms.js';

export type RevocationStatus = { status: 'good'; source: 'ocsp' | 'crl' } | { status: 'revoked'; at: Date; source: 'ocsp' | 'crl' } | { status: 'unknown' };

const OCSP_SIGNING = '1.3.6.1.5.5.7.3.9';
const OCSP_BASIC = '1.3.6.1.5.5.7.48.1.1';

export interface RevocationData {
  crls: readonly Buffer[];
  ocsps: readonly Buffer[];
}

/** Status of `cert`, issued by `issuer`, from the data; revoked wins over good when sources disagree. */
export function revocationStatus(cert: X509Certificate, issuer: X509Certificate, data: RevocationData): RevocationStatus {
  const found: RevocationStatus[] = [];
  for (const der of data.ocsps) {
    const status = fromOcsp(der, cert, issuer);
    if (status) found.push(status);
  }
  for (const der of data.crls) {
    const status = fromCrl(der, cert, issuer);
    if (status) found.push(status);
  }
  return found.find((item) => item.status === 'revoked') ?? found[0] ?? { status: 'unknown' };
}

// A DSS repeats the same CRLs and responses in PDF after PDF: each is parsed and its signature checked once.
const parsed = new Map<string, unknown>();
const signedBy = new Map<string, boolean>();

function memo<T>(der: Buffer, kind: string, parse: () => T): T | undefined {
  const key = `${kind}:${createHash('sha1').update(der).digest('hex')}`;
  if (!parsed.has(key)) {
    try {
      parsed.set(key, parse());
    } catch {
      parsed.set(key, undefined);
    }
  }
  return parsed.get(key) as T | undefined;
}

function checkedOnce(der: Buffer, issuer: X509Certificate, check: () => boolean): boolean {
  const key = `${createHash('sha1').update(der).digest('hex')}:${issuer.fingerprint256}`;
  let ok = signedBy.get(key);
  if (ok === undefined) {
    ok = check();
    signedBy.set(key, ok);
  }
  return ok;
}

function fromOcsp(der: Buffer, cert: X509Certificate, issuer: X509Certificate): RevocationStatus | undefined {
  const basic = memo(der, 'ocsp', () => basicResponse(der));
  if (!basic) return undefined;
  const serial = serialHex(cert);
  const issuerKeyHash = createHash('sha1').update(publicKeyBits(issuer)).digest();
  const single = basic.tbsResponseData.responses.find(
    (item) => hexOf(item.certID.serialNumber.valueBlock.valueHexView) === serial && Buffer.from(item.certID.issuerKeyHash.valueBlock.valueHexView).equals(issuerKeyHash),
  );
  if (!single) return undefined;
  if (!checkedOnce(der, issuer, () => signedByIssuerOrResponder(basic, issuer))) return undefined;
  const tag = (single.certStatus as asn1js.BaseBlock).idBlock.tagNumber;
  if (tag === 0) return { status: 'good', source: 'ocsp' };
  if (tag === 1) {
    const time = ((single.certStatus as asn1js.Constructed).valueBlock.value[0] as asn1js.GeneralizedTime | undefined)?.toDate();
    return { status: 'revoked', at: time ?? new Date(0), source: 'ocsp' };
  }
  return undefined;
}

function basicResponse(der: Buffer): pkijs.BasicOCSPResponse {
  // Either a full OCSPResponse (as in a DSS) or the BasicOCSPResponse alone (as in the adbe archive of some tools).
  try {
    const response = pkijs.OCSPResponse.fromBER(arrayBuffer(der));
    if (response.responseBytes?.responseType === OCSP_BASIC) return pkijs.BasicOCSPResponse.fromBER(arrayBuffer(response.responseBytes.response.valueBlock.valueHexView));
  } catch {
    // fall through to the bare form
  }
  return pkijs.BasicOCSPResponse.fromBER(arrayBuffer(der));
}

function signedByIssuerOrResponder(basic: pkijs.BasicOCSPResponse, issuer: X509Certificate): boolean {
  const tbs = basic.tbsResponseData.tbsView;
  const signature = basic.signature.valueBlock.valueHexView;
  if (safeVerify(basic.signatureAlgorithm, tbs, issuer, signature)) return true;
  for (const pkiCert of basic.certs ?? []) {
    const responder = new X509Certificate(Buffer.from(pkiCert.toSchema().toBER()));
    const delegated = responder.checkIssued(issuer) && responder.verify(issuer.publicKey) && (responder.keyUsage ?? []).includes(OCSP_SIGNING);
    if (delegated && safeVerify(basic.signatureAlgorithm, tbs, responder, signature)) return true;
  }
  return false;
}

function fromCrl(der: Buffer, cert: X509Certificate, issuer: X509Certificate): RevocationStatus | undefined {
  const crl = memo(der, 'crl', () => pkijs.CertificateRevocationList.fromBER(arrayBuffer(der)));
  if (!crl) return undefined;
  if (!sameBytes(new Uint8Array(crl.issuer.valueBeforeDecode), certificateIds(issuer.raw).subject)) return undefined;
  if (!checkedOnce(der, issuer, () => safeVerify(crl.signatureAlgorithm, crl.tbsView, issuer, crl.signatureValue.valueBlock.valueHexView))) return undefined;
  const serial = serialHex(cert);
  const entry = crl.revokedCertificates?.find((item) => hexOf(item.userCertificate.valueBlock.valueHexView) === serial);
  return entry ? { status: 'revoked', at: entry.revocationDate.value, source: 'crl' } : { status: 'good', source: 'crl' };
}

function safeVerify(algorithm: pkijs.AlgorithmIdentifier, data: Uint8Array, signer: X509Certificate, signature: Uint8Array): boolean {
  try {
    return verifySignature(fromPkijs(algorithm), data, signer.publicKey, signature);
  } catch {
    return false;
  }
}

function publicKeyBits(cert: X509Certificate): Uint8Array {
  return certificateIds(cert.raw).publicKey;
}

function serialHex(cert: X509Certificate): string {
  return cert.serialNumber.toLowerCase().replace(/^0+(?=.)/, '');
}

function hexOf(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').replace(/^0+(?=.)/, '');
}
