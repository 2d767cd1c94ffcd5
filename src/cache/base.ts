// The folder of every giaouoc cache of this user: the stores of results (store.ts) and the compiled code of the
// program itself (startup/compiled-code.ts). Apart so that the command-line start can find it without the stores.

import { homedir } from 'node:os';
import { join } from 'node:path';

export function cacheBase(env: NodeJS.ProcessEnv): string {
  if (env.GIAOUOC_CACHE_DIR) return env.GIAOUOC_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'giaouoc');
}
