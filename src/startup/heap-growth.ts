// A run over a large archive allocates many times what it keeps (verify: commit texts, signed bytes, checks that
// die once judged; validate: texts and parse trees of files already checked), and after each full collection V8 lets
// the heap grow to up to four times what was live before the next one: at 10,000 documents verify held 300 MB of
// heap for about 100 MB of live data. Holding the growth down costs a few more collections and keeps the run's
// peak memory near what it holds. Only runs over a large archive ask for it (repo/history.ts, validate/run.ts):
// a small one keeps V8's own growth, which collects less often. The setting is V8's own and applies to this
// process (its workers included); a growth given on node's command line is left as it is.

import { setFlagsFromString } from 'node:v8';

const FLAG = '--heap-growing-percent';

let applied = false;

/** `percent`: how far past its live data the heap may grow before the next full collection. */
export function keepHeapNearLive(percent: number): void {
  if (applied) return;
  applied = true;
  if (process.execArgv.some((arg) => arg.startsWith(FLAG))) return;
  setFlagsFromString(`${FLAG}=${percent}`);
}

const YOUNG_FLAG = '--semi-space-growth-factor';
let youngApplied = false;

/**
 * The signature commands keep a large share of what they allocate (a summary per commit, a verdict per signature),
 * and V8 answers a high survival rate by doubling its young generation up to 32 MB, which then stays in the peak
 * memory of the run: 10,000 documents peaked 60 MB higher. Kept at its first size, the young generation is
 * collected more often, each time with as little to copy, for no measurable cost at 1,000 documents.
 * Asked before the run allocates much; a growth factor given on node's command line is left as it is.
 */
export function keepYoungGenerationSmall(): void {
  if (youngApplied) return;
  youngApplied = true;
  if (process.execArgv.some((arg) => arg.startsWith(YOUNG_FLAG))) return;
  setFlagsFromString(`${YOUNG_FLAG}=1`);
}
