// The git processes giaouoc runs, other than its long-lived readers: the environment they get, how one runs to
// completion, and the one error a git failure becomes.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UserError } from '../errors.js';

export interface GitProcessOptions {
  /** The whole environment for git; when absent, this process's environment minus repository-redirecting variables. */
  env?: NodeJS.ProcessEnv;
}

export class GitCommandError extends UserError {
  readonly command: string;
  /** git's own exit code (giaouoc's is always 2 for a git failure: the repository or its environment is at fault). */
  readonly gitExitCode: number;
  readonly stderr: string;

  constructor(args: string[], detail: { code?: number | null; signal?: string | null; stderr?: string; cause?: unknown }) {
    const command = ['git', ...args].join(' ');
    const stderr = (detail.stderr ?? '').trim();
    const how = detail.signal ? `signal ${detail.signal}` : `exit ${detail.code ?? '?'}`;
    const tail = stderr ? `: ${firstLine(stderr)}` : '';
    // What to do: git that cannot be started is missing; git that stopped found the repository or its setup at fault.
    const missing = (detail.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    const advice = missing
      ? { vi: 'hãy cài git rồi chạy lại', en: 'install git and try again' }
      : { vi: 'hãy kiểm tra kho bằng `git fsck`, sửa điều git báo rồi chạy lại', en: 'check the repository with `git fsck`, repair what git reports and try again' };
    super(
      { vi: `lệnh "${command}" thất bại (${how})${tail}; ${advice.vi}`, en: `"${command}" failed (${how})${tail}; ${advice.en}` },
      { cause: detail.cause },
    );
    this.name = 'GitCommandError';
    this.command = command;
    this.gitExitCode = detail.code ?? -1;
    this.stderr = stderr;
  }
}

// `git rev-parse --local-env-vars`: set by hooks and by a parent git, they would point git at another repository.
const REPOSITORY_LOCAL_VARIABLES = [
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_OBJECT_DIRECTORY',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_INDEX_FILE',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
];

export function gitEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...env };
  for (const name of Object.keys(clean)) {
    if (REPOSITORY_LOCAL_VARIABLES.includes(name) || name.startsWith('GIT_CONFIG_KEY_') || name.startsWith('GIT_CONFIG_VALUE_')) {
      delete clean[name];
    }
  }
  // The objects as they are: replace refs (`git replace`) and a grafts file could show other parents or
  // another commit's content under a signed commit's id. A path that cannot exist reads as "no grafts".
  clean.GIT_NO_REPLACE_OBJECTS = '1';
  clean.GIT_GRAFT_FILE = '/dev/null/no-grafts';
  return clean;
}

/** One sentence of git's message: the first line that says something (hints are for people at a shell). */
function firstLine(stderr: string): string {
  return stderr.split('\n').map((line) => line.trim()).find((line) => line && !line.startsWith('hint:')) ?? stderr;
}

export function spawnGit(repoDir: string, args: string[], options: GitProcessOptions): ChildProcessWithoutNullStreams {
  return spawn('git', args, { cwd: repoDir, env: options.env ?? gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * Starts one git command whose standard input the caller writes and ends; `output` is its whole stdout once it has
 * exited, and any failure a GitCommandError.
 */
export function startGit(repoDir: string, args: string[], options: GitProcessOptions = {}): { child: ChildProcessWithoutNullStreams; output: Promise<Buffer> } {
  const child = spawnGit(repoDir, args, options);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // A git that stopped early says why on close; a write into its closed pipe has nothing to add.
  child.stdin.on('error', () => undefined);
  const output = new Promise<Buffer>((resolve, reject) => {
    child.on('error', (cause) => reject(new GitCommandError(args, { stderr: cause.message, cause })));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(stdout));
      else reject(new GitCommandError(args, { code, signal, stderr: Buffer.concat(stderr).toString('utf8') }));
    });
  });
  return { child, output };
}

/** Runs one git command to completion and returns its stdout; any failure becomes a GitCommandError. */
export function runGit(repoDir: string, args: string[], options: GitProcessOptions = {}): Promise<Buffer> {
  const { child, output } = startGit(repoDir, args, options);
  child.stdin.end();
  return output;
}

/**
 * Commit ids of `revRange` (one revision or range, or several separated by spaces, e.g. "main ^v1"),
 * optionally limited to commits touching `paths`, newest first, from ONE `git rev-list`.
 */
export async function listCommits(
  repoDir: string,
  revRange = 'HEAD',
  paths?: string[],
  options: GitProcessOptions = {},
): Promise<string[]> {
  // --end-of-options keeps a range like "--all" from being read as an option.
  const args = ['rev-list', '--end-of-options', ...revRange.split(/\s+/).filter(Boolean)];
  if (paths?.length) args.push('--', ...paths);
  const output = await runGit(repoDir, args, options);
  return output.toString('utf8').split('\n').filter(Boolean);
}
