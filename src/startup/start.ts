// The command-line start (bin/giaouoc.js): runs the bundled CLI, a CommonJS script, through the code cache
// (compiled-code.ts), then records what this run compiled if the cache had nothing usable for it.

import { fileURLToPath } from 'node:url';
import type { RunContext } from '../context.js';
import { VERSION } from '../version.js';
import { loadCommonJs, saveCodeCache, useCodeCache } from './compiled-code.js';

type Run = (argv: string[], ctx: RunContext) => Promise<number>;


export async function start(argv: string[], ctx: RunContext): Promise<number> {
  // The version alone needs none of the CLI (main.ts answers it the same way when run in-process).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    ctx.stdout.write(`${VERSION}\n`);
    return 0;
  }
  useCodeCache(ctx.env, ctx.cwd);
  // Runs of one command compile much the same part of the CLI: each command keeps its own cache of it.
  const command = argv.find((arg) => !arg.startsWith('-')) ?? '';
  const variant = /^[a-z][a-z-]{0,19}$/.test(command) ? command : 'other';
  const { run } = loadCommonJs(fileURLToPath(new URL('./main.cjs', import.meta.url)), variant) as { run: Run };
  const code = await run(argv, ctx);
  saveCodeCache();
  return code;
}
