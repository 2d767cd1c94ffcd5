// Errors in templates name the template file and line, whether Handlebars fails to parse the file or a
// helper fails while rendering it.
import { UserError } from '../errors.js';

export interface TemplatePosition {
  line?: number;
  column?: number;
}

export class TemplateError extends UserError {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;

  constructor(file: string, position: TemplatePosition, detail: string, cause?: unknown) {
    const where = position.line === undefined ? file : `${file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}`;
    super(
      { vi: `${where}: lỗi mẫu văn bản: ${detail}`, en: `${where}: template error: ${detail}` },
      { cause },
    );
    this.name = 'TemplateError';
    this.file = file;
    this.line = position.line;
    this.column = position.column;
  }
}

/** A helper failed; carries the position Handlebars gave the helper call until the template file is known. */
export class HelperFailure extends Error {
  constructor(
    readonly helper: string,
    readonly position: TemplatePosition,
    cause: unknown,
  ) {
    super(`${helper}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'HelperFailure';
  }
}

/** Where Handlebars says an error happened: its Exception fields, or "on line N" in a parse error. */
export function positionOf(error: unknown): TemplatePosition {
  if (error instanceof HelperFailure) return error.position;
  const fields = error as { lineNumber?: unknown; column?: unknown; message?: unknown };
  if (typeof fields.lineNumber === 'number') {
    return { line: fields.lineNumber, column: typeof fields.column === 'number' ? fields.column + 1 : undefined };
  }
  const match = /on line (\d+)/.exec(String(fields.message ?? ''));
  return match ? { line: Number(match[1]) } : {};
}

/** The first line of an error message, without Handlebars' position suffix. */
export function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).replace(/ - \d+:\d+$/, '');
}

/** Rewraps any error as a TemplateError for `file`, keeping one that already names its file. */
export function asTemplateError(error: unknown, file: string): TemplateError {
  if (error instanceof TemplateError) return error;
  return new TemplateError(file, positionOf(error), detailOf(error), error);
}
