// The certification path from a signer's certificate to a trust anchor the user imported, built only from the
// certificates the PDF carries and the anchors themselves (no network: no AIA fetching).

import type { X509Certificate } from 'node:crypto';

export type ChainProblem = 'untrusted-root' | 'incomplete-chain' | 'not-a-ca';

export interface ChainResult {
  /** Signer first; ends with the anchor when trusted. */
  path: X509Certificate[];
  anchor?: X509Certificate;
  problem?: ChainProblem;
}

const MAX_DEPTH = 10;

export function buildChain(leaf: X509Certificate, pool: readonly X509Certificate[], anchors: readonly X509Certificate[]): ChainResult {
  const anchorPrints = new Set(anchors.map((anchor) => anchor.fingerprint256));
  const path: X509Certificate[] = [leaf];
  let current = leaf;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (anchorPrints.has(current.fingerprint256)) return { path, anchor: current };
    const issuer = [...anchors, ...pool].find(
      (candidate) => candidate.fingerprint256 !== current.fingerprint256 && current.checkIssued(candidate) && verifies(current, candidate),
    );
    if (!issuer) {
      const selfSigned = current.checkIssued(current) && verifies(current, current);
      return { path, problem: selfSigned ? 'untrusted-root' : 'incomplete-chain' };
    }
    if (!issuer.ca) return { path: [...path, issuer], problem: 'not-a-ca' };
    path.push(issuer);
    current = issuer;
  }
  return { path, problem: 'incomplete-chain' };
}

function verifies(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

export interface Validity {
  from: Date;
  to: Date;
}

export function validityOf(cert: X509Certificate): Validity {
  return { from: new Date(cert.validFrom), to: new Date(cert.validTo) };
}

/** The first certificate of the path not valid at `time`, if any. */
export function invalidAt(path: readonly X509Certificate[], time: Date): X509Certificate | undefined {
  return path.find((cert) => {
    const { from, to } = validityOf(cert);
    return time < from || time > to;
  });
}

/** One attribute of a distinguished name as node prints it ("CN=…\nO=…"). */
export function nameField(dn: string, key: string): string | undefined {
  for (const line of dn.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && line.slice(0, at) === key) return line.slice(at + 1);
  }
  return undefined;
}
