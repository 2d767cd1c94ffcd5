// Where a document repository's git stands, from one `git rev-parse`: its top level, whether it is a shallow
// clone and which commit HEAD is. A run that remembered verdicts answer needs nothing more from git, and no
// porcelain library is loaded for it.

import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';
import { gitEnvironment } from './git-process.js';

export interface RepositoryProbe {
  toplevel: string;
  shallow: boolean;
  /** undefined in a repository with no commit yet. */
  head?: string;
}

export async function probeRepository(root: string, env?: NodeJS.ProcessEnv): Promise<RepositoryProbe> {
  const args = ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '--quiet', 'HEAD^{commit}'];
  const { code, stdout, stderr } = await run(root, args, env);
  if (code === NOT_STARTED) {
    throw new UserError({ vi: `không chạy được git (${stderr}); hãy cài git rồi chạy lại`, en: `cannot run git (${stderr}); install git and try again` });
  }
  const lines = stdout.split('\n');
  // Exit 1 with the first two answers printed: no HEAD yet. Anything else that fails: no repository at all.
  if ((code !== 0 && code !== 1) || lines.length < 3 || (lines[1] !== 'true' && lines[1] !== 'false')) throw repositoryError(root, stderr);
  return { toplevel: lines[0]!, shallow: lines[1] === 'true', head: code === 0 && /^[0-9a-f]{40,64}$/.test(lines[2]!) ? lines[2] : undefined };
}

/** Why git will not read the repository at `root`, as the user can act on it. */
export function repositoryError(root: string, stderr: string): UserError {
  if (/dubious ownership/.test(stderr)) {
    // git refuses a repository owned by another user (CVE-2022-24765); "run git init" would be wrong advice.
    return new UserError({
      vi: `git không đọc kho ${root} vì thư mục thuộc người dùng khác ("dubious ownership"); nếu tin kho này, hãy chạy \`git config --global --add safe.directory ${root}\``,
      en: `git refuses the repository ${root} because another user owns it ("dubious ownership"); if you trust it, run \`git config --global --add safe.directory ${root}\``,
    });
  }
  return new UserError({
    vi: `kho văn bản ${root} chưa nằm trong một kho git; hãy chạy \`git init\` ở đó rồi commit các văn bản`,
    en: `the document repository ${root} is not inside a git repository; run \`git init\` there and commit the documents`,
  });
}

const NOT_STARTED = -2;

function run(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, env: gitEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ code: NOT_STARTED, stdout: '', stderr: (error as NodeJS.ErrnoException).code ?? error.message }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
