// An RFC 3161 timestamp token over a signature value: a CMS of its own whose TSTInfo names the hash of the
// signature and the time the timestamping authority vouches for.

import type { X509Certificate } from 'node:crypto';
import { digestOf } from './algorithms.js';
import { buildChain, invalidAt } from './chain.js';
import { checkCms } from './cms.js';
import { children, expect, oidOf, readDer, sameBytes, TAG, timeOf } from './der.js';

export type TimestampProblem = 'unreadable' | 'imprint-mismatch' | 'signature-invalid' | 'untrusted';

export interface TimestampCheck {
  time?: Date;
  authority?: string;
  problem?: TimestampProblem;
}

export function checkTimestamp(token: Uint8Array, signatureValue: Uint8Array, anchors: readonly X509Certificate[]): TimestampCheck {
  const cms = checkCms(token);
  if (cms.problem === 'unreadable' || !cms.content) return { problem: 'unreadable' };
  let info: { hashOid: string; hashed: Uint8Array; genTime: Date };
  try {
    // TSTInfo ::= SEQUENCE { version, policy, messageImprint, serialNumber, genTime, … }
    const parts = children(expect(readDer(cms.content), TAG.sequence));
    const imprint = children(expect(parts[2], TAG.sequence));
    info = { hashOid: oidOf(children(imprint[0]!)[0]), hashed: expect(imprint[1], TAG.octetString).value, genTime: timeOf(parts[4]) };
  } catch {
    return { problem: 'unreadable' };
  }
  const authority = cms.signer?.subject;
  const imprint = digestOf(info.hashOid, [signatureValue]);
  if (!imprint || !sameBytes(imprint, info.hashed)) return { authority, problem: 'imprint-mismatch' };
  if (cms.problem || !cms.signer) return { authority, problem: 'signature-invalid' };
  const chain = buildChain(cms.signer, cms.certificates, anchors);
  if (chain.problem || invalidAt(chain.path, info.genTime)) return { time: info.genTime, authority, problem: 'untrusted' };
  return { time: info.genTime, authority };
}
