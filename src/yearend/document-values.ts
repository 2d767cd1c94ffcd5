// Year-end commands read whole documents (plans, reports, compacts, score sheets), not only their facts, and a
// bloc's thousands of YAML files cost seconds to parse again on every run. The plain value of each document is
// kept in a sealed store (src/cache/store.ts) under its path and content hash: a file whose content is the one
// the validation run checked (same hash) is read from there without a YAML parse; any other is parsed.

import { ShardedStore } from '../cache/store.js';
import { CACHE_BUILD } from '../version.js';

interface Stored {
  hash: string;
  value: unknown;
}

/** Changes when a parse could give another value for the same bytes. */
const FORMAT = 1;

let store: ShardedStore<Stored> | undefined;

/** From here until `closeDocumentValues`, documents of `root` are read through the store. */
export function openDocumentValues(root: string, env: NodeJS.ProcessEnv): void {
  store = ShardedStore.open<Stored>({ name: 'documents', root, env, format: `${FORMAT}|${CACHE_BUILD}` });
}

export async function closeDocumentValues(): Promise<void> {
  const open = store;
  store = undefined;
  await open?.save();
}

/** The value stored for exactly this content, if any. */
export function storedValue(file: string, hash: string): unknown {
  const entry = store?.get(file);
  return entry && typeof entry === 'object' && entry.hash === hash && 'value' in entry ? entry.value : undefined;
}

export function storeValue(file: string, hash: string, value: unknown): void {
  // A copy: the caller may go on to change the object it was given before the store is saved.
  if (value !== undefined) store?.set(file, { hash, value: structuredClone(value) });
}
