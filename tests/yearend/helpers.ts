import { expect } from 'vitest';
import { scoreCommand } from '../../src/commands/score.js';
import type { RunContext } from '../../src/context.js';

export interface Captured {
  ctx: RunContext;
  out: () => string;
  err: () => string;
}

export function capture(cwd: string): Captured {
  let out = '';
  let err = '';
  return {
    ctx: { cwd, env: { NO_COLOR: '1' }, stdout: { write: (chunk: string) => (out += chunk) }, stderr: { write: (chunk: string) => (err += chunk) } },
    out: () => out,
    err: () => err,
  };
}

export const defaults = { format: 'text' as const, lang: 'vi' as const, render: false, out: 'out', cache: false };

/** The 2024 ranking of the examples' Khối thi đua I as `score --format json` gives it, without what names the revision. */
export async function scoreJson(root: string): Promise<Record<string, unknown>> {
  const run = capture(root);
  expect(await scoreCommand({ ...defaults, format: 'json', year: '2024', bloc: 'khoi-thi-dua-1' }, run.ctx), run.err() + run.out()).toBe(0);
  const { revision: _revision, table: _table, ...result } = JSON.parse(run.out());
  return result;
}
