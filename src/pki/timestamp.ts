// An RFC 3161 timestamp token over a signature value: a CMS of its own whose TSTInfo names the hash of the
// signature and the time the timestamping authority vouches for.

import type { X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';
import { arrayBuffer, digestOf } from './algorithms.js';
import { buildChain, invalidAt } from './chain.js';
import { checkCms } from './cms.js';

export type TimestampProblem = 'unreadable' | 'imprint-mismatch' | 'signature-invalid' | 'untrusted';

export interface TimestampCheck {
  time?: Date;
  authority?: string;
  problem?: TimestampProblem;
}

export function checkTimestamp(token: Uint8Array, signatureValue: Uint8Array, anchors: readonly X509Certificate[]): TimestampCheck {
  const cms = checkCms(token);
  if (cms.problem === 'unreadable' || !cms.content) return { problem: 'unreadable' };
  let info: pkijs.TSTInfo;
  try {
    info = pkijs.TSTInfo.fromBER(arrayBuffer(cms.content));
  } catch {
    return { problem: 'unreadable' };
  }
  const authority = cms.signer?.subject;
  const imprint = digestOf(info.messageImprint.hashAlgorithm.algorithmId, [signatureValue]);
  if (!imprint || !imprint.equals(Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView))) return { authority, problem: 'imprint-mismatch' };
  if (cms.problem || !cms.signer) return { authority, problem: 'signature-invalid' };
  const chain = buildChain(cms.signer, cms.certificates, anchors);
  if (chain.problem || invalidAt(chain.path, info.genTime)) return { time: info.genTime, authority, problem: 'untrusted' };
  return { time: info.genTime, authority };
}
