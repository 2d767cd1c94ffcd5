// Questions in a terminal, one line per answer. The terminal itself echoes and edits the line (readline without
// terminal mode), so the same code answers from a real TTY and from a test stream.

import { createInterface, type Interface } from 'node:readline/promises';
import type { Lang, OutStream, RunContext, Text } from '../context.js';
import { pick } from '../context.js';
import { UserError } from '../errors.js';

export interface Choice<T> {
  value: T;
  label: string;
  /** Typed answers accepted besides the number, e.g. the id. */
  keys: readonly string[];
}

/** Prompts only when both ends are a terminal: piped input must never be mistaken for answers. */
export function canPrompt(ctx: RunContext): boolean {
  return Boolean(ctx.stdin?.isTTY && ctx.stdout.isTTY);
}

export class Prompter {
  private readonly lines: AsyncIterator<string>;
  private readonly rl: Interface;

  constructor(
    input: NodeJS.ReadableStream,
    private readonly output: OutStream,
    private readonly lang: Lang,
  ) {
    this.rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  /** A numbered list; the answer is a number or one of a choice's keys. `initial` is the 0-based default. */
  async choose<T>(question: Text, choices: readonly Choice<T>[], initial?: number): Promise<T> {
    const width = String(choices.length).length;
    const listing = choices.map((choice, i) => `  ${String(i + 1).padStart(width)}. ${choice.label}\n`).join('');
    this.output.write(`${pick(question, this.lang)}\n${listing}`);
    for (;;) {
      const answer = await this.ask(this.range(1, choices.length, initial === undefined ? undefined : initial + 1));
      if (answer === '' && initial !== undefined) return choices[initial].value;
      const number = Number(answer);
      if (Number.isInteger(number) && number >= 1 && number <= choices.length) return choices[number - 1].value;
      const byKey = choices.find((choice) => choice.keys.includes(answer));
      if (byKey) return byKey.value;
      this.output.write(pick({ vi: `Hãy gõ một số từ 1 đến ${choices.length}.\n`, en: `Type a number from 1 to ${choices.length}.\n` }, this.lang));
    }
  }

  /** A whole number between `min` and `max`; an empty answer takes the default. */
  async integer(question: Text, options: { min: number; max: number; initial?: number }): Promise<number> {
    for (;;) {
      const suffix = options.initial === undefined ? ': ' : ` [${options.initial}]: `;
      const answer = await this.ask(`${pick(question, this.lang)}${suffix}`);
      if (answer === '' && options.initial !== undefined) return options.initial;
      const number = Number(answer);
      if (answer !== '' && Number.isInteger(number) && number >= options.min && number <= options.max) return number;
      this.output.write(pick({ vi: `Hãy gõ một số từ ${options.min} đến ${options.max}.\n`, en: `Type a number from ${options.min} to ${options.max}.\n` }, this.lang));
    }
  }

  close(): void {
    this.rl.close();
  }

  private range(min: number, max: number, initial?: number): string {
    const chosen = initial === undefined ? '' : ` [${initial}]`;
    return pick({ vi: `Chọn (${min}–${max})${chosen}: `, en: `Choose (${min}–${max})${chosen}: ` }, this.lang);
  }

  private async ask(prompt: string): Promise<string> {
    this.output.write(prompt);
    const next = await this.lines.next();
    if (next.done) {
      throw new UserError({ vi: 'đã dừng vì không nhận được câu trả lời', en: 'stopped: no answer was given' });
    }
    return next.value.trim();
  }
}
