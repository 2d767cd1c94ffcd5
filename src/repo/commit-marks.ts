// One bit per commit of the history, by position (history.ts): the key history keeps a set of ancestors and one of
// descendants for each key change it counts, and at one byte per commit those grew with history × key changes
// (90 MB for a thousand key changes over 90,000 commits); a bit each is an eighth of that.

export class CommitMarks {
  private readonly bits: Uint8Array;

  constructor(readonly size: number) {
    this.bits = new Uint8Array((size + 7) >> 3);
  }

  has(position: number): boolean {
    return position >= 0 && position < this.size && (this.bits[position >> 3]! & (1 << (position & 7))) !== 0;
  }

  set(position: number): void {
    this.bits[position >> 3]! |= 1 << (position & 7);
  }
}
