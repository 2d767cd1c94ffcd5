// The command-line start (bin/giaouoc.js, bundled as dist/cli/start.cjs): runs the bundled CLI, a CommonJS script, through the code cache
// (compiled-code.ts), then records what this run compiled if the cache had nothing usable for it.

import { fileURLToPath } from 'node:url';
import type { RunContext } from '../context.js';
import { VERSION } from '../version.js';
import { loadCommonJs, saveCodeCache, useCodeCache } from './compiled-code.js';
import { keepYoungGenerationSmall } from './heap-growth.js';

type Run = (argv: string[], ctx: RunContext) => Promise<number>;

export async function start(argv: string[], ctx: RunContext): Promise<number> {
  // The version alone needs none of the CLI (main.ts answers it the same way when run in-process).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    ctx.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // Before the CLI is loaded: a young generation, once grown, stays grown (heap-growth.ts).
  keepYoungGenerationSmall();
  useCodeCache(ctx.env, ctx.cwd);
  const { run } = loadCommonJs(fileURLToPath(new URL('./main.cjs', import.meta.url)), variantOf(argv)) as { run: Run };
  const code = await run(argv, ctx);
  saveCodeCache();
  return code;
}

/**
 * Runs of one command with the same options compile much the same part of the CLI (a cold run over everything
 * leaves the parsing to workers, `--no-cache` on one file parses on the main thread): each keeps its own cache.
 * The command, the option names (not their values) and whether more words follow; a few of each at most.
 */
function variantOf(argv: readonly string[]): string {
  const command = argv.find((arg) => !arg.startsWith('-')) ?? '';
  const options = [...new Set(argv.filter((arg) => /^--?[a-z][a-z-]{0,23}$/.test(arg.split('=')[0])).map((arg) => arg.split('=')[0]))].sort().slice(0, 8);
  const paths = argv.filter((arg) => !arg.startsWith('-')).length > 1;
  return [/^[a-z][a-z-]{0,19}$/.test(command) ? command : 'other', ...options, paths ? '+paths' : ''].join(' ');
}
