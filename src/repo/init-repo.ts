// `giaouoc init` needs a git work tree: it makes one unless the folder is already inside one.

import { gitClient } from './git.js';

export async function ensureGitRepository(dir: string, env?: NodeJS.ProcessEnv): Promise<{ created: boolean }> {
  const git = gitClient(dir, env);
  const inside = await git.probe(['rev-parse', '--is-inside-work-tree']);
  if (inside.code === 0 && inside.stdout.trim() === 'true') return { created: false };
  await git.run(['init']);
  return { created: true };
}
