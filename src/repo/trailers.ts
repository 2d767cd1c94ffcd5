// The trailers that make a commit a signature, written by `sign` and read by `verify`.

export const TRAILER = {
  document: 'Giaouoc-Document',
  party: 'Giaouoc-Party',
  signer: 'Giaouoc-Signer',
  digest: 'Giaouoc-Digest',
} as const;

export interface SignatureClaim {
  /** Path of the document from the document root, as the signer saw it. */
  document: string;
  party: string;
  signer?: string;
  digest?: string;
}

/** The claim a commit makes, or undefined when it does not claim to be a signature at all. */
export function signatureClaim(trailers: Record<string, string[]>): SignatureClaim | undefined {
  const document = trailers[TRAILER.document]?.[0];
  const party = trailers[TRAILER.party]?.[0];
  if (!document || !party) return undefined;
  return { document, party, signer: trailers[TRAILER.signer]?.[0], digest: trailers[TRAILER.digest]?.[0] };
}

export function signatureMessage(title: string, unitName: string, claim: Required<SignatureClaim>): string {
  return [
    `Ký: ${title} — ${unitName}`,
    '',
    `${TRAILER.document}: ${claim.document}`,
    `${TRAILER.party}: ${claim.party}`,
    `${TRAILER.signer}: ${claim.signer}`,
    `${TRAILER.digest}: ${claim.digest}`,
    '',
  ].join('\n');
}
