// Runs the built binary as a user would, with a clean environment and a private cache folder.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(PROJECT, 'bin', 'giaouoc.js');
const cacheDir = mkdtempSync(join(tmpdir(), 'giaouoc-cache-'));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PROJECT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GIAOUOC_CACHE_DIR: cacheDir, NO_COLOR: '1', ...options.env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

/** In-memory RunContext for calling a command in-process. */
export function memoryContext(cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    ctx: {
      cwd,
      env: { NO_COLOR: '1', ...env },
      stdout: { write: (chunk: string) => out.push(chunk) },
      stderr: { write: (chunk: string) => err.push(chunk) },
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
