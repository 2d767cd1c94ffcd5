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
