// Answers read from git and remembered by key, which a caller may also take synchronously once they have arrived:
// judging thousands of signatures asks again and again for the same registries and contents, and awaiting an
// answer that is already there costs a promise, a turn of the microtask queue and the optimised code of an
// async function per signature.

/** What `now` answers for a key whose value has not arrived (or was let go). */
export const NOT_AT_HAND: unique symbol = Symbol('not at hand');
export type NotAtHand = typeof NOT_AT_HAND;

export class SettledMemo<V> {
  private readonly pending = new Map<string, Promise<V>>();
  private readonly settled = new Map<string, V>();

  /** `limit`: keys remembered at once; past it everything is let go and read again when asked for. */
  constructor(private readonly limit: number = Infinity) {}

  /** The value for `key`, loaded once. */
  get(key: string, load: () => Promise<V>): Promise<V> {
    let value = this.pending.get(key);
    if (!value) {
      if (this.pending.size >= this.limit) this.clear();
      value = load();
      this.pending.set(key, value);
      const loading = value;
      // Only the answer this key is still waiting for is kept: a clear in between must not bring back a stale one.
      loading.then(
        (answer) => {
          if (this.pending.get(key) === loading) this.settled.set(key, answer);
        },
        () => undefined,
      );
    }
    return value;
  }

  /** The value for `key` if it has arrived. */
  now(key: string): V | NotAtHand {
    const value = this.settled.get(key);
    return value !== undefined || this.settled.has(key) ? (value as V) : NOT_AT_HAND;
  }

  clear(): void {
    this.pending.clear();
    this.settled.clear();
  }
}
