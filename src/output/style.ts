// Colour only for people at a terminal; NO_COLOR and FORCE_COLOR are honoured. Data never carries colour codes.
// chalk is loaded only when there is colour to paint: it costs tens of milliseconds at start-up, which a
// command printing to a pipe or a CI log has no use for.

import type { OutStream } from '../context.js';

type Paint = (text: string) => string;

/** The few styles giaouoc's output uses. */
export interface Painter {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
}

const plain: Paint = (text) => text;
export const NO_COLOUR: Painter = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain };

export function wantsColour(stream: OutStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return Boolean(stream.isTTY);
}

export async function painterFor(stream: OutStream, env: NodeJS.ProcessEnv): Promise<Painter> {
  if (!wantsColour(stream, env)) return NO_COLOUR;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
