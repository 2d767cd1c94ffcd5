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
/** V8's own growth factor of the young generation. */
const V8_GROWTH_FACTOR = 2;

let youngApplied = false;

/**
 * Set by the command-line start (start.ts), before the CLI is loaded, for every command. When much of what a run
 * allocates survives (a summary per commit, a verdict per signature, a validated file's facts), V8 doubles its young
 * generation up to 32 MB per isolate, and a grown young generation stays in the run's peak memory. Kept at its first
 * size it is collected more often, each time with as little to copy. At 10,000 documents: a first verify peaked
 * 293 → 231 MiB, a cold validation 288 → 220-228 MiB; no cost in time was measurable at 1,000 documents (verify) or
 * 10,000 (validate) or in rendering the examples. A growth factor given on node's command line is left as it is.
 */
export function keepYoungGenerationSmall(): void {
  if (youngApplied) return;
  youngApplied = true;
  if (process.execArgv.some((arg) => arg.startsWith(YOUNG_FLAG))) return;
  setFlagsFromString(`${YOUNG_FLAG}=1`);
}

/**
 * V8's own growth of the young generation again (its default factor), for a run whose survivors are answers read
 * from the cache rather than what it builds: a warm validation of 50,000 documents kept at 1 MB collected it 1,616
 * times, 1.6 s of its 5.5 s; let grow, the run took 3.7 s for 26 MB more. A growth factor given on node's command
 * line is left as it is; a validation worker started later keeps its own small again (it sets the factor anew).
 */
export function letYoungGenerationGrow(): void {
  if (process.execArgv.some((arg) => arg.startsWith(YOUNG_FLAG))) return;
  setFlagsFromString(`${YOUNG_FLAG}=${V8_GROWTH_FACTOR}`);
  youngApplied = false;
}
