// Small shared pieces of the benchmarks: timing whole commands, medians, a markdown table.

import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PROJECT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(PROJECT, 'bin', 'giaouoc.js');
export const WORK = join(PROJECT, 'bench', '.work');

const setAside = [];
let asideCount = 0;
process.on('exit', () => {
  for (const dir of setAside) rmSync(dir, { recursive: true, force: true });
});

/**
 * Empties a cache folder before a cold run by moving it aside, removed when the benchmark ends: deleting thousands
 * of files just before the run made the kernel's work of freeing them (several seconds of system time on this
 * machine's disk) land in the run being timed.
 */
export function emptyCache(dir) {
  if (!existsSync(dir)) return;
  const aside = `${dir}.aside-${process.pid}-${asideCount++}`;
  renameSync(dir, aside);
  setAside.push(aside);
}

/** Runs a command `runs` times and returns the median wall time in milliseconds (and the last result). */
/**
 * Waits until files written now are past the racy window of the caches (src/cache/racy.ts): a "cache warm" row
 * measures what a user's second run costs, not the re-reading of files modified within the last two seconds,
 * which no cache may trust. A freshly built repository is measured only after this.
 */
export async function untilAged() {
  const { RACY_MS } = await import('../dist/cache/racy.js');
  await new Promise((resolve) => setTimeout(resolve, RACY_MS + 250));
}

export function timeCommand(command, args, { runs = 5, cwd = PROJECT, env = process.env, before } = {}) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    before?.();
    const started = process.hrtime.bigint();
    last = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: median(times), result: last };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** rows: { name, value, compare?, ratio?, goal?, ok? } */
export function markdownTable(rows) {
  const lines = ['| measurement | giaouoc | compared with | ratio | goal | met |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    lines.push(`| ${row.name} | ${row.value} | ${row.compare ?? ''} | ${row.ratio ?? ''} | ${row.goal ?? ''} | ${row.ok === undefined ? '' : row.ok ? 'yes' : 'NO'} |`);
  }
  return lines.join('\n');
}
