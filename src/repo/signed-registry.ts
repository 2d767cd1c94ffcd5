// giaouoc.yaml as it stood when a signature was made (in the signature commit's parent): who was a party of
// the version signed, and the title and authority line the signer held. A signature is judged and printed by
// the registry its signer saw, never by today's, so a later edit of giaouoc.yaml cannot change what was signed.

import { parseSource } from '../documents/parse.js';
import { CONFIG_FILE } from '../documents/repository.js';
import { decodeSource } from '../documents/source.js';
import { registryOf } from '../domain/registry.js';
import { documentDate } from '../domain/period.js';
import { partiesOf, signedByParties, type SigningShape } from '../domain/signers.js';
import type { RepositoryConfig } from '../kinds/model.js';
import type { SignedBy } from '../render/view-model/types.js';
import type { CatFileBatch } from './cat-file.js';
import { gitPath, type RepoLayout } from './layout.js';
import { SettledMemo, type NotAtHand } from './settled-memo.js';

export class RegistryHistory {
  private readonly byTree = new SettledMemo<RepositoryConfig | undefined>();
  private readonly byBlob = new Map<string, RepositoryConfig | undefined>();

  constructor(
    private readonly layout: RepoLayout,
    private readonly batch: CatFileBatch,
  ) {}

  /** The registry committed in `tree`; undefined when absent or when it does not pass its schema (hostile or broken). */
  at(tree: string | undefined): Promise<RepositoryConfig | undefined> {
    if (!tree) return Promise.resolve(undefined);
    return this.byTree.get(tree, () =>
      // Consecutive commits share the blob of an unchanged giaouoc.yaml: it is parsed once.
      this.batch.read(`${tree}:${gitPath(this.layout, CONFIG_FILE)}`).then(async (object) => {
        if (!object || object.type !== 'blob') return undefined;
        if (!this.byBlob.has(object.oid)) this.byBlob.set(object.oid, await parseRegistry(object.content));
        return this.byBlob.get(object.oid);
      }),
    );
  }

  /** at's answer when it has been read already. */
  now(tree: string | undefined): RepositoryConfig | undefined | NotAtHand {
    return tree ? this.byTree.now(tree) : undefined;
  }
}

async function parseRegistry(bytes: Uint8Array): Promise<RepositoryConfig | undefined> {
  const decoded = decodeSource(bytes);
  if (!decoded.text) return undefined;
  const parsed = parseSource(decoded.text);
  if (parsed.problems.length > 0) return undefined;
  const { validators } = await import('../validate/generated/validators.js');
  return validators.config(parsed.value) ? (parsed.value as RepositoryConfig) : undefined;
}

/**
 * Is `party` a party of the signed version `doc`? A compact names its parties itself; for any other document
 * the registry of the signature's time decides (its bloc leader that year), today's only when that one is
 * unreadable. Ids are compared through former ids, so renaming a unit's id keeps its signatures.
 */
export function partyOfSigned(doc: SigningShape, party: string, then: RepositoryConfig | undefined, today: RepositoryConfig | undefined): { ok: true } | { ok: false; parties: string[] } {
  // Nearly every signature names its party as the compact lists it: found without building the list of parties.
  if (Array.isArray(doc.parties) && doc.parties.includes(party) && signedByParties(doc)) return SIGNED_AS_LISTED;
  const config = then ?? today;
  const parties = partiesOf(doc, config);
  const same = (a: string, b: string) => a === b || [then, today].some((registry) => registry !== undefined && registryOf(registry).sameUnit(a, b));
  return parties.some((id) => same(id, party)) ? SIGNED_AS_LISTED : { ok: false, parties };
}

const SIGNED_AS_LISTED = { ok: true } as const;

/**
 * Who signed for `party`, as the signature commit recorded the name (Giaouoc-Signer) and the registry of its
 * time knew that person on the document's date: title and authority line. Undefined without a recorded name.
 */
export function signedBy(doc: SigningShape, party: string, name: string | undefined, then: RepositoryConfig | undefined, today: RepositoryConfig | undefined): SignedBy | undefined {
  if (!name) return undefined;
  const date = documentDate(doc);
  for (const config of [then, today]) {
    const person = config ? registryOf(config).signatoryAt(party, date, name) : undefined;
    if (person && person.name.normalize('NFC') === name.normalize('NFC')) return { name: person.name, title: person.title, authority: person.authority };
  }
  return { name };
}
