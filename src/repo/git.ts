// The porcelain side of git through simple-git: config, status, commits. Two edges are handled here once:
// simple-git refuses an environment carrying variables that could run programs (EDITOR, GIT_PAGER, GIT_SSH…),
// and `raw()` resolves when git exits non-zero with an empty stderr — every exit code is checked instead.

import type { SimpleGit, SimpleGitFactory } from 'simple-git';
import { UserError } from '../errors.js';
import { gitEnvironment } from './git-process.js';

// simple-git's argv-parser blocks these (case-insensitively) unless "unsafe" options are set; none is needed here.
const PROGRAM_VARIABLES = new Set([
  'editor', 'pager', 'prefix', 'ssh_askpass',
  'git_askpass', 'git_config', 'git_config_global', 'git_config_system', 'git_config_count', 'git_editor',
  'git_exec_path', 'git_external_diff', 'git_pager', 'git_proxy_command', 'git_template_dir', 'git_sequence_editor',
  'git_ssh', 'git_ssh_command',
]);

/** The environment git runs in: no repository redirection, no program hooks, never a prompt. */
export function cleanGitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean = gitEnvironment(env);
  for (const name of Object.keys(clean)) if (PROGRAM_VARIABLES.has(name.toLowerCase())) delete clean[name];
  clean.GIT_TERMINAL_PROMPT = '0';
  return clean;
}

export interface GitClient {
  /** stdout of `git <args>`; any non-zero exit is a UserError naming the command. */
  run(args: string[]): Promise<string>;
  /** Exit code and output, for commands whose non-zero exit is an answer (`git config --get`). */
  probe(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
}

// simple-git turns whatever the error hook returns into its own GitError; the exit code travels in the message.
const EXIT_MARK = 'giaouoc-git-exit:';
const EXIT_MESSAGE = /^giaouoc-git-exit:(\d+)\n([\s\S]*)$/;

// Loaded on first use: most runs (verify, status, validate) never start git through it, and loading it costs
// more than a run of verify spends before its first signature check.
let simpleGitFactory: Promise<SimpleGitFactory> | undefined;

export function gitClient(dir: string, env?: NodeJS.ProcessEnv): GitClient {
  const cleaned = cleanGitEnv(env);
  let client: Promise<SimpleGit> | undefined;
  const gitOf = () =>
    (client ??= (simpleGitFactory ??= import('simple-git').then((module) => module.simpleGit)).then((simpleGit) =>
      simpleGit({
        baseDir: dir,
        trimmed: false,
        errors: (error, result) =>
          result.exitCode === 0
            ? undefined
            : Buffer.from(`${EXIT_MARK}${result.exitCode || 1}\n${Buffer.concat(result.stdErr).toString('utf8') || String(error ?? '')}`),
      }).env(cleaned),
    ));
  const probe = async (args: string[]) => {
    const git = await gitOf();
    try {
      return { code: 0, stdout: await git.raw(args), stderr: '' };
    } catch (error) {
      const exit = EXIT_MESSAGE.exec((error as Error).message ?? '');
      if (exit) return { code: Number(exit[1]), stdout: '', stderr: exit[2] };
      throw new UserError(
        { vi: `không chạy được \`git ${args[0] ?? ''}\`: ${(error as Error).message}`, en: `cannot run \`git ${args[0] ?? ''}\`: ${(error as Error).message}` },
        { cause: error },
      );
    }
  };
  return {
    probe,
    async run(args) {
      const result = await probe(args);
      if (result.code !== 0) throw gitFailure(args, result);
      return result.stdout;
    },
  };
}

function gitFailure(args: string[], result: { code: number; stderr: string }): UserError {
  // A commit message given with -m would make the sentence span lines; it is named, not shown.
  const command = ['git', ...args.map((arg) => (arg.includes('\n') ? '<…>' : arg))].join(' ');
  const detail = result.stderr.trim().split('\n')[0] ?? '';
  if (/\.lock'?: File exists|cannot lock ref|Unable to create .*\.lock/i.test(result.stderr)) {
    return new UserError({
      vi: `kho git đang bị một lệnh git khác khóa (\`${command}\` không chạy được: ${detail}); hãy đợi lệnh đó xong rồi thử lại`,
      en: `the git repository is locked by another git command (\`${command}\` could not run: ${detail}); wait for it to finish and try again`,
    });
  }
  return new UserError({
    vi: `lệnh \`${command}\` thất bại${detail ? `: ${detail}` : ''}`,
    en: `\`${command}\` failed${detail ? `: ${detail}` : ''}`,
  });
}
