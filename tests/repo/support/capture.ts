// A RunContext whose streams collect text, for calling commands in-process.
import type { RunContext } from '../../../src/context.js';

export interface Captured {
  ctx: RunContext;
  stdout(): string;
  stderr(): string;
}

export function capture(cwd: string, env: NodeJS.ProcessEnv): Captured {
  let out = '';
  let err = '';
  return {
    ctx: { cwd, env: { ...env, NO_COLOR: '1' }, stdout: { write: (chunk: string) => (out += chunk) }, stderr: { write: (chunk: string) => (err += chunk) } },
    stdout: () => out,
    stderr: () => err,
  };
}
