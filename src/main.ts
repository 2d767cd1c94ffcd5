// run(): the one place that decides exit codes and the one top-level catch.
// A user error prints one clear line; anything else is a defect, printed with its stack and how to report it.

import type { OutStream, RunContext, Text } from './context.js';
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
  // The process's own streams, not the filtered ones: a closed pipe is reported by the stream itself.
  const pipes = watchClosedPipes(given);
  // A command waiting for something nothing will ever deliver would let the process end as if it had succeeded,
  // printing nothing: it ends as the defect it is.
  const stalled = () => {
    ctx.stderr.write(
      lang === 'en'
        ? 'giaouoc: internal error — the command stopped before it finished, with nothing left to wait for; please report it with the command you ran.\n'
        : 'giaouoc: lỗi nội bộ của chương trình — lệnh dừng lại khi chưa làm xong mà không còn gì để chờ; xin gửi báo lỗi kèm lệnh đã chạy.\n',
    );
    process.exitCode = EXIT.internal;
  };
  process.once('beforeExit', stalled);
  try {
    const code = await runCli(argv, ctx);
    await reportCacheNotices(ctx, lang);
    return pipes.closed() ? EXIT.ok : code;
  } catch (error) {
    if (pipes.closed()) return EXIT.ok;
    if (isUserError(error)) {
      ctx.stderr.write(`giaouoc: ${lang === 'en' ? error.text.en : error.text.vi}\n`);
      return error.exitCode;
    }
    const environment = fileSystemRefusal(error);
    if (environment) {
      ctx.stderr.write(`giaouoc: ${lang === 'en' ? environment.en : environment.vi}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    ctx.stderr.write(
      lang === 'en'
        ? `giaouoc: internal error — please report it with the lines below and the command you ran.\n${detail}\n`
        : `giaouoc: lỗi nội bộ của chương trình — xin gửi báo lỗi kèm các dòng dưới đây và lệnh đã chạy.\n${detail}\n`,
    );
    return EXIT.internal;
  } finally {
    process.off('beforeExit', stalled);
    pipes.stop();
  }
}

/**
 * A reader that stops early (`giaouoc status | head -1`) closes the pipe: that is a normal end, not an error.
 * The command finishes what it is doing, what it still prints is dropped, and the exit code is 0.
 */
function watchClosedPipes(ctx: RunContext): { closed: () => boolean; stop: () => void } {
  let closed = false;
  let finished = false;
  const streams = [ctx.stdout, ctx.stderr].filter((stream): stream is NodeJS.WritableStream & OutStream => typeof (stream as { on?: unknown }).on === 'function');
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    closed = true;
    // The last writes of a finished run fail only after run() has returned its code: the end is still normal.
    if (finished) process.exitCode = EXIT.ok;
  };
  for (const stream of streams) stream.on('error', onError);
  return {
    closed: () => closed,
    // The listeners stay: output still queued when run() returns may meet the closed pipe later.
    stop: () => {
      finished = true;
    },
  };
}

/**
 * The file system refusing a path the user gave (a folder where a file is needed, a file where a folder is, no
 * permission, a full or read-only disk) is an environment error with that path, not a defect of the program.
 */
function fileSystemRefusal(error: unknown): Text | undefined {
  const { code, path, dest } = (error ?? {}) as NodeJS.ErrnoException & { dest?: string };
  const where = dest ?? path;
  if (typeof where !== 'string') return undefined;
  switch (code) {
    case 'EISDIR':
      return { vi: `${where} là thư mục, không phải tệp; hãy chỉ một tệp`, en: `${where} is a folder, not a file; name a file` };
    case 'ENOTDIR':
      return { vi: `một phần của đường dẫn ${where} là tệp chứ không phải thư mục; hãy chọn đường dẫn khác`, en: `part of the path ${where} is a file, not a folder; choose another path` };
    case 'EACCES':
    case 'EPERM':
      return { vi: `không có quyền đọc hoặc ghi ${where}; hãy kiểm tra quyền của tệp, thư mục`, en: `no permission to read or write ${where}; check its permissions` };
    case 'ENOSPC':
      return { vi: `đĩa đã đầy khi ghi ${where}; hãy giải phóng chỗ trống rồi chạy lại`, en: `the disk is full writing ${where}; free some space and run again` };
    case 'EROFS':
      return { vi: `${where} nằm trên ổ chỉ đọc; hãy chọn nơi ghi khác`, en: `${where} is on a read-only file system; write somewhere else` };
    default:
      return undefined;
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
