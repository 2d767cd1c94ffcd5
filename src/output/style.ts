// Colour only for people at a terminal; NO_COLOR and FORCE_COLOR are honoured. Data never carries colour codes.
// The codes are written with a per-run token that the output filter turns into ESC (terminal-safe.ts), so a
// value printed between them can never forge or hide a colour, move the cursor or rewrite a line.

import type { OutStream } from '../context.js';
import { COLOUR_TOKEN } from './terminal-safe.js';

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

export function painterFor(stream: OutStream, env: NodeJS.ProcessEnv): Painter {
  if (!wantsColour(stream, env)) return NO_COLOUR;
  return TOKEN_PAINTER;
}

/**
 * SGR codes written with the run's secret token in place of ESC (see terminal-safe.ts): only these survive the
 * output filter. An inner style's closing code re-opens the outer one, as chalk does for nested colours.
 */
function paint(open: number, close: number): Paint {
  const opening = `${COLOUR_TOKEN}${open}m`;
  const closing = `${COLOUR_TOKEN}${close}m`;
  return (text) => `${opening}${text.replaceAll(closing, closing + opening)}${closing}`;
}

const TOKEN_PAINTER: Painter = { bold: paint(1, 22), dim: paint(2, 22), red: paint(31, 39), yellow: paint(33, 39), green: paint(32, 39) };
