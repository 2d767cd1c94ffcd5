// Colour only for people at a terminal; NO_COLOR and FORCE_COLOR are honoured. Data never carries colour codes.

import { Chalk, type ChalkInstance } from 'chalk';
import type { OutStream } from '../context.js';

export function chalkFor(stream: OutStream, env: NodeJS.ProcessEnv): ChalkInstance {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined) return new Chalk({ level: env.FORCE_COLOR === '0' ? 0 : 1 });
  return new Chalk({ level: stream.isTTY ? 1 : 0 });
}
