// Every signature of a PDF checked offline: the CMS over its ByteRange, what was appended after it, the chain
// to the user's trust anchors, validity at the signing time (a timestamp's when present), and revocation from
// the validation data the PDF carries. Matching signers with the registry and the PDF with its source is
// binding.ts's part.

import type { X509Certificate } from 'node:crypto';
import { PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { checkCms } from '../pki/cms.js';
import { buildChain, invalidAt, nameField, validityOf } from '../pki/chain.js';
import { revocationStatus } from '../pki/revocation.js';
import { checkTimestamp } from '../pki/timestamp.js';
import { parseCertificates } from '../pki/trust-store.js';
import { finding, type Finding } from './findings.js';
import type { PdfFile } from './pdf-file.js';
import { signatureFields, signedBytes, type PdfSignature } from './signatures.js';
import { disallowedChanges } from './updates.js';

export interface SignerInfo {
  name?: string;
  organisation?: string;
  /** Identifiers the certificate carries: UID (CCCD/CMND/MST as Vietnamese CAs write them), serialNumber. */
  identifiers: string[];
  subject: string;
  issuer: string;
  serial: string;
  validFrom: string;
  validTo: string;
}

export interface SignatureVerdict {
  field?: string;
  party?: string;
  signer?: SignerInfo;
  signingTime?: string;
  timeSource: 'timestamp' | 'claimed' | 'none';
  timestamp?: { time: string; authority?: string };
  integrity: boolean;
  anchor?: { subject: string; fingerprint: string };
  revocation: 'good' | 'revoked' | 'unknown';
  /** The revision the signature covers (index), for binding. */
  revision?: number;
  findings: Finding[];
}

export interface SignaturesCheck {
  signatures: SignatureVerdict[];
  /** Signature fields without a value: their party (or field name). */
  unsigned: string[];
}

export function checkSignatures(file: PdfFile, anchors: readonly X509Certificate[]): SignaturesCheck {
  const fields = signatureFields(file);
  const dss = readDss(file);
  // In signing order: the revision each signature covers.
  const order = (revision: number | undefined) => revision ?? Number.MAX_SAFE_INTEGER;
  const signed = fields.filter((field) => field.signature).sort((a, b) => order(a.signature!.revision) - order(b.signature!.revision));
  const signatures = signed.map((field) => checkOne(file, field.signature!, anchors, dss));
  const unsigned = fields.filter((field) => !field.signature).map((field) => field.party ?? field.name);
  return { signatures, unsigned };
}

interface Dss {
  certs: X509Certificate[];
  crls: Buffer[];
  ocsps: Buffer[];
}

function checkOne(file: PdfFile, signature: PdfSignature, anchors: readonly X509Certificate[], dss: Dss): SignatureVerdict {
  const verdict: SignatureVerdict = { field: signature.fieldName, party: signature.party, timeSource: 'none', integrity: false, revocation: 'unknown', revision: signature.revision, findings: [] };
  const add = (item: Finding) => verdict.findings.push(item);
  for (const problem of signature.problems) {
    add(problem === 'partial-coverage' ? finding(problem, { end: String(signature.byteRange[2]! + signature.byteRange[3]!), length: String(file.bytes.length) }) : finding(problem));
  }
  if (signature.problems.includes('byte-range-malformed')) return verdict;
  const cms = checkCms(signature.contents, signedBytes(file, signature));
  if (cms.signer) verdict.signer = signerInfo(cms.signer);
  if (cms.problem) {
    add(finding(cms.problem === 'unreadable' ? 'cms-unreadable' : cms.problem));
    if (!cms.signer) return verdict;
  } else {
    verdict.integrity = signature.problems.length === 0;
  }
  if (signature.revision !== undefined) {
    for (const change of disallowedChanges(file, signature.revision)) add(finding('modified-after', { what: change.what, object: String(change.objectNumber), how: change.how }));
  }

  // When: a valid timestamp proves it; otherwise the signer's own claim, with a warning.
  const claimed = cms.signingTime ?? signature.claimedTime;
  let time = claimed;
  if (cms.timestampToken && cms.signatureValue) {
    const stamp = checkTimestamp(cms.timestampToken, cms.signatureValue, anchors);
    if (stamp.problem === 'untrusted') add(finding('timestamp-untrusted'));
    else if (stamp.problem) add(finding('timestamp-invalid'));
    else if (stamp.time) {
      time = stamp.time;
      verdict.timestamp = { time: vietnamTime(stamp.time), authority: stamp.authority && (nameField(stamp.authority, 'CN') ?? stamp.authority) };
      verdict.timeSource = 'timestamp';
    }
  }
  if (verdict.timeSource !== 'timestamp' && claimed) {
    verdict.timeSource = 'claimed';
    add(finding('claimed-time', { time: vietnamTime(claimed) }));
  }
  verdict.signingTime = time ? vietnamTime(time) : undefined;

  const pool = [...cms.certificates, ...dss.certs];
  const chain = buildChain(cms.signer!, pool, anchors);
  if (chain.anchor) verdict.anchor = { subject: chain.anchor.subject.replace(/\n/g, ', '), fingerprint: chain.anchor.fingerprint256 };
  const last = chain.path.at(-1)!;
  if (chain.problem === 'untrusted-root') add(finding('untrusted-root', { root: commonName(last) }));
  if (chain.problem === 'incomplete-chain') add(finding('incomplete-chain', { at: commonName(last) }));
  if (chain.problem === 'not-a-ca') add(finding('not-a-ca', { at: commonName(last) }));
  const at = time ?? new Date();
  const outOfDate = invalidAt(chain.path, at);
  if (outOfDate) {
    const { from, to } = validityOf(outOfDate);
    add(finding('not-valid-at-signing', { subject: commonName(outOfDate), time: vietnamTime(at), from: vietnamTime(from), to: vietnamTime(to) }));
  }

  const data = { crls: [...cms.crls, ...dss.crls], ocsps: [...cms.ocsps, ...dss.ocsps] };
  const statuses = chain.path.slice(0, chain.anchor ? -1 : chain.path.length - 1).map((cert, index) => ({ cert, status: revocationStatus(cert, chain.path[index + 1]!, data) }));
  for (const { cert, status } of statuses) {
    // A revocation after a timestamped signing time does not undo the signature; without a timestamp the
    // claimed time cannot be trusted to precede it.
    if (status.status === 'revoked' && (verdict.timeSource !== 'timestamp' || status.at <= at)) {
      add(finding('revoked', { subject: commonName(cert), at: vietnamTime(status.at), source: status.source.toUpperCase() }));
    }
    if (status.status === 'unknown') add(finding('revocation-unknown', { subject: commonName(cert) }));
  }
  const signerStatus = statuses[0]?.status.status;
  verdict.revocation = statuses.some((item) => item.status.status === 'revoked') ? 'revoked' : signerStatus === 'good' ? 'good' : 'unknown';
  return verdict;
}

function readDss(file: PdfFile): Dss {
  const catalog = file.dict(file.revisions.at(-1)!.trailer.get(PDFName.of('Root')));
  const dss = file.dict(catalog?.get(PDFName.of('DSS')));
  const streams = (key: string) =>
    (file.array(dss?.get(PDFName.of(key)))?.asArray() ?? []).flatMap((item) => {
      const stream = file.resolve(item);
      if (!(stream instanceof PDFRawStream)) return [];
      try {
        return [Buffer.from(decodePDFRawStream(stream).decode())];
      } catch {
        return [];
      }
    });
  const certs = streams('Certs').flatMap((der) => {
    try {
      return parseCertificates(der);
    } catch {
      return [];
    }
  });
  return { certs, crls: streams('CRLs'), ocsps: streams('OCSPs') };
}

function signerInfo(cert: X509Certificate): SignerInfo {
  const { from, to } = validityOf(cert);
  const identifiers = ['UID', 'serialNumber'].map((key) => nameField(cert.subject, key)).filter((value): value is string => Boolean(value));
  return {
    name: nameField(cert.subject, 'CN'),
    organisation: nameField(cert.subject, 'O'),
    identifiers,
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    serial: cert.serialNumber,
    validFrom: vietnamTime(from),
    validTo: vietnamTime(to),
  };
}

function commonName(cert: X509Certificate): string {
  return nameField(cert.subject, 'CN') ?? cert.subject.replace(/\n/g, ', ');
}

/** ISO 8601 in Vietnam time (UTC+7), as the circular and NĐ 30 print signing times. */
export function vietnamTime(date: Date): string {
  const shifted = new Date(date.getTime() + 7 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}
