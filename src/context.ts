// What a command may touch of the outside world. Tests pass their own streams and environment.

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface RunContext {
  cwd: string;
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  /** Answers prompts; absent when there is no terminal to ask. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export type Lang = 'vi' | 'en';

/** A sentence in both languages; the output layer picks one. */
export interface Text {
  vi: string;
  en: string;
}

export function pick(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.vi;
}
