// git's "racily clean" rule, for every cache that trusts stat data instead of reading a file: a file modified this
// shortly before it was looked at could change again within the same time stamp (some file systems keep whole
// seconds), so its stat data cannot vouch for its content and it is read again on the next run.

/** Time stamps of some file systems are this coarse. */
export const RACY_MS = 2_000;

/** Whether stat data last changed at `changedMs` (the later of mtime and ctime) may stand for the file's content. */
export function statVouches(changedMs: number, now: number = Date.now()): boolean {
  return now - changedMs > RACY_MS;
}
