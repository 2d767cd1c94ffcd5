// Which files each commit of a linear history changed, asked of git only for the commits that changed anything:
// one long-lived `git diff-tree --stdin`, fed a commit id as soon as the history's reading sees that its tree
// differs from its parent's. A signature commit leaves the tree as it was, so in a signed archive most commits need
// no diff at all, where `git log --raw` parsed and compared every commit of the history again. (A history with
// merges is read with `git log`, whose simplified history of the document root decides there: history.ts.)

import { spawn } from 'node:child_process';
import { GitCommandError, gitEnvironment, type GitProcessOptions } from './cat-file.js';
import type { HistoryCommit } from './history.js';

/**
 * `--root`: a first commit is compared with the empty tree. Merges are not compared (no `-m`), as `git log` shows
 * none. `-M` pairs renames, which the document and key histories follow.
 */
const ARGS = ['diff-tree', '--stdin', '--root', '-r', '-M', '--raw', '--no-abbrev', '-z', '--format=%x01%H'];

export class TreeChanges {
  private child: ReturnType<typeof spawn> | undefined;
  private output: Promise<Buffer> | undefined;
  private readonly args: string[];

  constructor(
    private readonly repoDir: string,
    pathspec: string,
    private readonly options: GitProcessOptions = {},
  ) {
    this.args = [...ARGS, '--', pathspec];
  }

  /**
   * Asks for the changes of `commit` when they can be any: a first commit, or a commit whose tree is not its one
   * parent's. `parentTree` gives a parent's tree when it is known; an unknown parent is compared by git.
   */
  consider(commit: HistoryCommit, parentTree: (oid: string) => string | undefined): void {
    const { parents } = commit;
    if (parents.length > 1) return;
    if (parents.length === 1 && parentTree(parents[0]!) === commit.tree) return;
    this.start().stdin!.write(`${commit.oid}\n`);
  }

  /** git's `--raw -z` records of every commit asked for (empty when none was), once git has answered them all. */
  finish(): Promise<Buffer> {
    if (!this.output) return Promise.resolve(Buffer.alloc(0));
    this.child!.stdin!.end();
    return this.output;
  }

  /** Ends git on a path that will not read its answer. */
  abandon(): void {
    this.child?.kill();
  }

  private start() {
    if (this.child) return this.child;
    const child = spawn('git', this.args, { cwd: this.repoDir, env: this.options.env ?? gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    // A git that stopped early says why on close; a write into its closed pipe has nothing to add.
    child.stdin!.on('error', () => undefined);
    this.output = new Promise<Buffer>((resolve, reject) => {
      child.on('error', (cause) => reject(new GitCommandError(this.args, { stderr: cause.message, cause })));
      child.on('close', (code, signal) => {
        if (code === 0) resolve(Buffer.concat(stdout));
        else reject(new GitCommandError(this.args, { code, signal, stderr: Buffer.concat(stderr).toString('utf8') }));
      });
    });
    // Awaited by finish(); a failure while nobody waits yet must not surface as an unhandled rejection.
    this.output.catch(() => undefined);
    return child;
  }
}
