// One copy of each repeated string (and list of strings) that the signature commands keep per commit or per
// signature: over an archive of tens of thousands of signatures the copies, not the distinct values, were most
// of the memory.

export interface Interner {
  (text: string): string;
  /** A shared, frozen list with these strings, in this order. */
  list(items: readonly string[]): readonly string[];
}

/**
 * The text as a string of its own. A string cut from a larger one (a commit's text, a document's source) would keep
 * all of it alive; encoding and decoding makes a new flat string. UTF-16 keeps every code unit, a lone surrogate
 * of a YAML escape included, where UTF-8 would turn two different ones into the same U+FFFD.
 */
export function ownCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

export function interner(): Interner {
  const known = new Map<string, string>();
  const lists = new Map<string, readonly string[]>();
  const same = ((text: string) => {
    let own = known.get(text);
    if (own === undefined) {
      own = ownCopy(text);
      known.set(own, own);
    }
    return own;
  }) as Interner;
  same.list = (items) => {
    // Nearly every list is one item (a trailer's value): its key is the item itself, marked so that it cannot be
    // taken for a longer list's JSON key.
    const key = items.length === 1 ? `\u0001${items[0]}` : JSON.stringify(items);
    let own = lists.get(key);
    if (own === undefined) {
      own = Object.freeze(items.map(same));
      lists.set(key, own);
    }
    return own;
  };
  return same;
}

/**
 * One copy of each string, for strings that are their own already (structured clone's and v8.deserialize's are):
 * the facts of tens of thousands of documents repeat the same ids and JSON pointers, and each message from a
 * worker or shard read from the cache brought its own copies (at 10,000 documents, 27 of the 32 MB of strings a
 * validation kept were copies).
 */
export function stringTable(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    const own = known.get(text);
    if (own !== undefined) return own;
    known.set(text, text);
    return text;
  };
}

/** Replaces, in place, every string of a plain value (arrays, objects, maps' values) with `share`'s copy. */
export function shareStrings(value: unknown, share: (text: string) => string): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item === 'string') value[index] = share(item);
      else shareStrings(item, share);
    }
  } else if (value instanceof Map) {
    for (const [key, item] of value) {
      if (typeof item === 'string') value.set(key, share(item));
      else shareStrings(item, share);
    }
  } else if (!ArrayBuffer.isView(value)) {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') record[key] = share(item);
      else shareStrings(item, share);
    }
  }
}
