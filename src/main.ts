// run(): the one place that decides exit codes and the one top-level catch.
// A user error prints one clear line; anything else is a defect, printed with its stack and how to report it.

import type { RunContext } from './context.js';
import { EXIT, isUserError } from './errors.js';

export async function run(argv: string[], given: RunContext): Promise<number> {
  endQuietlyOnSignals();
  const ctx = await terminalSafeContext(given);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    const { VERSION } = await import('./version.js');
    ctx.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const { runCli, detectLang } = await import('./cli.js');
  const lang = detectLang(argv, ctx.env);
  try {
    const code = await runCli(argv, ctx);
    await reportCacheNotices(ctx, lang);
    return code;
  } catch (error) {
    if (isUserError(error)) {
      ctx.stderr.write(`giaouoc: ${lang === 'en' ? error.text.en : error.text.vi}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    ctx.stderr.write(
      lang === 'en'
        ? `giaouoc: internal error — please report it with the lines below and the command you ran.\n${detail}\n`
        : `giaouoc: lỗi nội bộ của chương trình — xin gửi báo lỗi kèm các dòng dưới đây và lệnh đã chạy.\n${detail}\n`,
    );
    return EXIT.internal;
  }
}

// A cache that could not be saved or was refused costs time, never a result: say so, keep the exit code.
async function reportCacheNotices(ctx: RunContext, lang: 'vi' | 'en'): Promise<void> {
  const { takeCacheNotices } = await import('./cache/store.js');
  for (const text of takeCacheNotices()) ctx.stderr.write(`giaouoc: ${lang === 'en' ? text.en : text.vi}\n`);
}

let signalsHandled = false;

// Ctrl-C or a CI job's SIGTERM is a normal end, not a defect: no stack, the shell's usual codes (128 + signal).
// Exiting closes the browser's DevTools pipe, which ends Chromium; a file being written is left as a temp file,
// removed by a later write of the same file.
function endQuietlyOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}

// Everything printed passes the control/bidi filter; giaouoc's own colours are the only escape codes kept.
async function terminalSafeContext(ctx: RunContext): Promise<RunContext> {
  const { safeStream } = await import('./output/terminal-safe.js');
  return { ...ctx, stdout: safeStream(ctx.stdout), stderr: safeStream(ctx.stderr) };
}
