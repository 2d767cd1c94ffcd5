// Who must sign a document, for the signing layer: the answers come from src/domain/signers.ts, the one place
// that knows who signs; this module only adds the lookups sign and verify need by unit id.

import { registryOf } from '../domain/registry.js';
import { partiesOf, signatoryFor, signingUnitOf, type SigningShape } from '../domain/signers.js';
import type { RepositoryConfig, Unit } from '../kinds/model.js';

export { partiesOf, signingUnitOf };

export function unitOf(config: RepositoryConfig | undefined, id: string): Unit | undefined {
  return config ? registryOf(config).unit(id) : undefined;
}

/** The person who signs for `unit`: the document's named signer for the issuing unit, else the chair in office. */
export function signerNameFor(doc: SigningShape, config: RepositoryConfig | undefined, unit: string): string | undefined {
  return signatoryFor(doc, config, unit)?.name;
}
