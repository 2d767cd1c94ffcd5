// Judging a large archive allocates many times what it keeps (commit texts, signed bytes, checks that die once
// judged), and after each full collection V8 lets the heap grow to up to four times what was live before the next
// one: at 10,000 documents that was 300 MB of heap for about 100 MB of live data. Holding the growth to a fifth
// costs a few more collections and keeps the run's peak memory near what it holds. The setting is V8's own and
// applies to this process (its workers included); a growth given on node's command line is left as it is.

import { setFlagsFromString } from 'node:v8';

const FLAG = '--heap-growing-percent';
const GROWTH_PERCENT = 20;

let applied = false;

export function keepHeapNearLive(): void {
  if (applied) return;
  applied = true;
  if (process.execArgv.some((arg) => arg.startsWith(FLAG))) return;
  setFlagsFromString(`${FLAG}=${GROWTH_PERCENT}`);
}
