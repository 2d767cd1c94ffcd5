// A commit needs a name and an email: asked of git before anything is made, so that a command that commits
// stops with one sentence instead of halfway, in git's English, with files already written.

import { UserError } from '../errors.js';
import type { GitClient } from './git.js';

export async function requireGitIdentity(git: GitClient): Promise<void> {
  const author = await git.probe(['var', 'GIT_AUTHOR_IDENT']);
  const committer = author.code === 0 ? await git.probe(['var', 'GIT_COMMITTER_IDENT']) : author;
  if (author.code === 0 && committer.code === 0) return;
  throw new UserError({
    vi: 'git chưa biết tên và email của bạn để ghi vào commit; hãy chạy `git config --global user.name "Họ và tên"` và `git config --global user.email "ten@donvi.vn"` rồi chạy lại lệnh',
    en: 'git does not know your name and email for the commit; run `git config --global user.name "Your Name"` and `git config --global user.email "you@example.org"`, then run the command again',
  });
}
