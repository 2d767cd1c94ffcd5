import type { Text } from './context.js';

/** Exit codes: the one contract, documented in the README. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  internal: 3,
} as const;

/**
 * An error the user can fix: printed as one sentence, never with a stack.
 * `exitCode` is 1 when the input is at fault and 2 for usage or environment errors.
 */
export class UserError extends Error {
  readonly text: Text;
  readonly exitCode: number;

  constructor(text: Text, options: { exitCode?: number; cause?: unknown } = {}) {
    super(text.en, { cause: options.cause });
    this.name = 'UserError';
    this.text = text;
    this.exitCode = options.exitCode ?? EXIT.usage;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
