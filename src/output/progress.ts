// Progress of a batch: one line rewritten in place at a terminal, plain lines for logs and pipes.

import type { Lang, OutStream } from '../context.js';

export interface Progress {
  done(path: string): void;
  finish(): void;
}

export function createProgress(stream: OutStream, total: number, lang: Lang): Progress {
  let count = 0;
  const wrote = lang === 'en' ? 'wrote' : 'đã ghi';
  if (!stream.isTTY) {
    return {
      done: (path) => {
        count++;
        stream.write(`${wrote} ${path}\n`);
      },
      finish: () => undefined,
    };
  }
  const width = Math.max(20, (stream.columns ?? 80) - 1);
  return {
    done: (path) => {
      count++;
      const line = `[${count}/${total}] ${wrote} ${path}`;
      stream.write(`\r${line.length > width ? line.slice(0, width - 1) + '…' : line.padEnd(width)}`);
    },
    finish: () => {
      if (count > 0) stream.write('\n');
    },
  };
}
