// Which files each commit of a linear history changed, asked of git only for the commits that changed anything:
// one long-lived `git diff-tree --stdin`, fed a commit id as soon as the history's reading sees that its tree
// differs from its parent's. A signature commit leaves the tree as it was, so in a signed archive most commits need
// no diff at all, where `git log --raw` parsed and compared every commit of the history again. (A history with
// merges is read with `git log`, whose simplified history of the document root decides there: history.ts.)

import { startGit, type GitProcessOptions } from './git-process.js';
import type { HistoryCommit } from './history.js';

/**
 * The records both readers of changed files ask git for, in the one format parseRawLog (history.ts) reads: `-M` pairs
 * renames, which the document and key histories follow; each commit's record starts with \x01 and its id.
 */
export const CHANGE_RECORDS = ['-M', '--raw', '--no-abbrev', '-z', '--format=%x01%H'];

/** `--root`: a first commit is compared with the empty tree. Merges are not compared (no `-m`), as `git log` shows none. */
const ARGS = ['diff-tree', '--stdin', '--root', '-r', ...CHANGE_RECORDS];

export class TreeChanges {
  private git: ReturnType<typeof startGit> | undefined;
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
    this.start().child.stdin.write(`${commit.oid}\n`);
  }

  /** git's `--raw -z` records of every commit asked for (empty when none was), once git has answered them all. */
  finish(): Promise<Buffer> {
    if (!this.git) return Promise.resolve(Buffer.alloc(0));
    this.git.child.stdin.end();
    return this.git.output;
  }

  /** Ends git on a path that will not read its answer. */
  abandon(): void {
    this.git?.child.kill();
  }

  private start() {
    if (!this.git) {
      this.git = startGit(this.repoDir, this.args, this.options);
      // Awaited by finish(); a failure while nobody waits yet must not surface as an unhandled rejection.
      this.git.output.catch(() => undefined);
    }
    return this.git;
  }
}
