// `giaouoc init` needs a git work tree: it makes one unless the folder is already inside one.

import { simpleGit } from 'simple-git';
import { GitCommandError } from './cat-file.js';

export async function ensureGitRepository(dir: string): Promise<{ created: boolean }> {
  // The inherited environment is left as is: simple-git refuses an explicit one that holds EDITOR, PAGER and the like.
  const git = simpleGit({ baseDir: dir });
  let inside: boolean;
  try {
    inside = await git.checkIsRepo();
  } catch (error) {
    throw asGitError(['rev-parse', '--is-inside-work-tree'], error);
  }
  if (inside) return { created: false };
  try {
    await git.init();
  } catch (error) {
    throw asGitError(['init'], error);
  }
  return { created: true };
}

/** simple-git rejects when git exits non-zero or cannot start; either way the user sees the command that failed. */
function asGitError(args: string[], error: unknown): GitCommandError {
  const detail = error as { exitCode?: number; message?: string; code?: string };
  const stderr = detail.code === 'ENOENT' ? 'git is not installed or not on PATH' : (detail.message ?? String(error));
  return new GitCommandError(args, { code: detail.exitCode ?? null, stderr, cause: error });
}
