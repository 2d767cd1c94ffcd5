// The signature block as a document prints it, and the one rule about it that signing enforces:
// - a document may write its own block (`signature`), exactly what the original shows — authority line(s), title,
//   name, any of them — or `signature: false` when the original has none or the capture does not show it;
// - without one, the block is the registry's signatory for the signing unit (src/domain/signers.ts);
// - nobody signs a document whose block names no person: `sign` and the sign-ready print ask `unnamedSigner`.

import type { Text } from '../context.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { documentDate } from './period.js';
import { OrgRegistry, registryOf } from './registry.js';
import { signatoryFor, type SigningShape } from './signers.js';

/** What the document itself writes of its signature block. */
export type WrittenSignature = { absent: true } | { absent: false; authority: string[]; title?: string; name?: string };

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The block the document writes, or undefined when it leaves the block to the registry; tolerant of bad shapes. */
export function writtenSignature(doc: { signature?: unknown }): WrittenSignature | undefined {
  const value = doc.signature;
  if (value === false) return { absent: true };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const block = value as Record<string, unknown>;
  const lines = Array.isArray(block.authority) ? block.authority : [block.authority];
  const authority = lines.map(nonEmpty).filter((line): line is string => line !== undefined);
  const title = nonEmpty(block.title);
  const name = nonEmpty(block.name);
  return { absent: false, authority, ...(title ? { title } : {}), ...(name ? { name } : {}) };
}

/** Where a finding points: "2024/ke-hoach.yaml:12:3" for a path of the document. */
export type PlaceOf = (path: readonly (string | number)[]) => string;

/**
 * Why the document cannot be signed for `unit` because its signature block names nobody; undefined when it
 * names a person. One sentence, with the place and what to do.
 */
export function unnamedSigner(doc: SigningShape & { signature?: unknown }, config: RepositoryConfig | OrgRegistry, unit: string, placeOf: PlaceOf): Text | undefined {
  const written = writtenSignature(doc);
  if (written?.absent) {
    const at = placeOf(['signature']);
    return {
      vi: `${at}: văn bản ghi không có phần ký (signature: false) nên không ký được; hãy ghi phần ký có họ tên người ký (signature.name) rồi mới ký`,
      en: `${at}: the document states it has no signature block (signature: false), so it cannot be signed; write a signature block with the signer's name (signature.name) before signing`,
    };
  }
  if (written) {
    if (written.name) return undefined;
    const at = placeOf(['signature']);
    return {
      vi: `${at}: phần ký chưa ghi họ tên người ký; hãy ghi họ tên vào signature.name rồi mới ký`,
      en: `${at}: the signature block names no signer; write the name in signature.name before signing`,
    };
  }
  const registry = config instanceof OrgRegistry ? config : registryOf(config);
  if (nonEmpty(signatoryFor(doc, registry, unit)?.name)) return undefined;
  const at = placeOf(typeof doc.signer === 'string' ? ['signer'] : ['issuer']);
  const unitName = registry.fullName(unit, documentDate(doc));
  return {
    vi: `${at}: ${unitName} chưa có người ký trong giaouoc.yaml nên văn bản không ghi được họ tên người ký; hãy thêm người ký vào signatories của "${unit}" hoặc ghi signature.name rồi mới ký`,
    en: `${at}: ${unitName} has no signatory in giaouoc.yaml, so the document names no signer; add one to the signatories of "${unit}" or write signature.name before signing`,
  };
}
