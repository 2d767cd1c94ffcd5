// Reading many git objects through one long-lived `git cat-file --batch` instead of one process per object.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UserError } from '../errors.js';

export interface GitObject {
  oid: string;
  type: string;
  size: number;
  content: Buffer;
}

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
    super(
      { vi: `lệnh "${command}" thất bại (${how})${tail}`, en: `"${command}" failed (${how})${tail}` },
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

function spawnGit(repoDir: string, args: string[], options: GitProcessOptions): ChildProcessWithoutNullStreams {
  return spawn('git', args, { cwd: repoDir, env: options.env ?? gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs one git command to completion and returns its stdout; any failure becomes a GitCommandError. */
export function runGit(repoDir: string, args: string[], options: GitProcessOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(repoDir, args, options);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (cause) => reject(new GitCommandError(args, { stderr: cause.message, cause })));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(stdout));
      else reject(new GitCommandError(args, { code, signal, stderr: Buffer.concat(stderr).toString('utf8') }));
    });
    child.stdin.end();
  });
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

interface PendingRead {
  name: string;
  resolve: (object: GitObject | undefined) => void;
  reject: (error: Error) => void;
}

const BATCH_ARGS = ['cat-file', '--batch'];

/**
 * One `git cat-file --batch` process answering any number of reads. Requests are written as soon as they are
 * asked and answers arrive in the same order, so many reads in flight cost one pipe round trip, not one each.
 */
export class CatFileBatch {
  private readonly child: ChildProcessWithoutNullStreams;
  // Answers come back in request order; `head` avoids Array.shift(), which is O(n) per answer.
  private queue: PendingRead[] = [];
  private head = 0;
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private header: { oid: string; type: string; size: number } | undefined;
  private stderr = '';
  private failure: Error | undefined;
  private closing = false;
  private readonly exited: Promise<void>;

  constructor(repoDir: string, options: GitProcessOptions = {}) {
    this.child = spawnGit(repoDir, BATCH_ARGS, options);
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    // A write after git died raises EPIPE here; the exit handler below reports the real reason.
    this.child.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => {
      this.child.on('error', (cause) => {
        this.fail(new GitCommandError(BATCH_ARGS, { stderr: cause.message, cause }));
        resolve();
      });
      this.child.on('close', (code, signal) => {
        if (code !== 0 || this.head < this.queue.length) {
          this.fail(new GitCommandError(BATCH_ARGS, { code, signal, stderr: this.stderr || 'git exited early' }));
        }
        resolve();
      });
    });
  }

  /** The object named `oid` (any name git understands), or undefined when the repository does not have it. */
  read(oid: string): Promise<GitObject | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error('CatFileBatch.read() after close()'));
    if (/[\n\r]/.test(oid) || oid.trim() === '') {
      return Promise.reject(new Error(`Not an object name: ${JSON.stringify(oid)}`));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ name: oid, resolve, reject });
      this.child.stdin.write(`${oid}\n`);
    });
  }

  /** All found objects by the name they were asked with; missing ones are absent from the map. */
  async readMany(oids: string[]): Promise<Map<string, GitObject>> {
    const objects = await Promise.all(oids.map((oid) => this.read(oid)));
    const found = new Map<string, GitObject>();
    oids.forEach((oid, index) => {
      const object = objects[index];
      if (object) found.set(oid, object);
    });
    return found;
  }

  /** Ends the process and reports a git failure that no read has reported yet. */
  async close(): Promise<void> {
    this.closing = true;
    this.child.stdin.end();
    await this.exited;
    if (this.failure) throw this.failure;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.queue.slice(this.head)) pending.reject(this.failure);
    this.queue = [];
    this.head = 0;
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.answerOne()) {
      // keep answering while whole answers are buffered
    }
  }

  /** Consumes one complete answer from the buffered output, if there is one. */
  private answerOne(): boolean {
    if (!this.header) {
      const line = this.takeLine();
      if (line === undefined) return false;
      const missing = / (missing|ambiguous)$/.exec(line);
      if (missing) {
        const pending = this.nextPending();
        if (missing[1] === 'missing') pending?.resolve(undefined);
        else pending?.reject(new Error(`Ambiguous object name: ${pending.name}`));
        return true;
      }
      const [oid, type, size] = line.split(' ');
      this.header = { oid, type, size: Number(size) };
    }
    // The content is followed by one newline that belongs to the protocol, not to the object.
    if (this.buffered < this.header.size + 1) return false;
    // Copied so that a kept object does not pin the whole chunk it arrived in.
    const content = Buffer.from(this.take(this.header.size + 1).subarray(0, this.header.size));
    const { oid, type, size } = this.header;
    this.header = undefined;
    this.nextPending()?.resolve({ oid, type, size, content });
    return true;
  }

  private nextPending(): PendingRead | undefined {
    if (this.head >= this.queue.length) return undefined;
    const pending = this.queue[this.head++];
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    }
    return pending;
  }

  private takeLine(): string | undefined {
    const joined = this.flatten();
    const newline = joined.indexOf(0x0a);
    if (newline === -1) return undefined;
    return this.take(newline + 1).subarray(0, newline).toString('utf8');
  }

  private take(length: number): Buffer {
    const joined = this.flatten();
    const taken = joined.subarray(0, length);
    const rest = joined.subarray(length);
    this.chunks.length = 0;
    if (rest.length) this.chunks.push(rest);
    this.buffered = rest.length;
    return taken;
  }

  /** Joins buffered chunks only when an answer is complete, so a large object is copied once, not per chunk. */
  private flatten(): Buffer {
    if (this.chunks.length > 1) {
      const joined = Buffer.concat(this.chunks, this.buffered);
      this.chunks.length = 0;
      this.chunks.push(joined);
    }
    return this.chunks[0] ?? Buffer.alloc(0);
  }
}
