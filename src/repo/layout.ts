// Where a document repository sits inside its git repository: the document root (the folder of
// giaouoc.yaml) may be the git top level or a folder below it, so every path given to git is prefixed.

import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import { repositoryError } from './probe.js';
import { gitClient, type GitClient } from './git.js';
import { cleanGitEnv } from './git.js';

export interface RepoLayout {
  /** The document root: the folder holding giaouoc.yaml. */
  root: string;
  /** The git top level. */
  toplevel: string;
  /** Path of the document root from the git top level, '' or ending in '/'. */
  prefix: string;
  git: GitClient;
  /** The environment for plumbing processes (cat-file, rev-list). */
  env: NodeJS.ProcessEnv;
}

export async function openLayout(root: string, env?: NodeJS.ProcessEnv): Promise<RepoLayout> {
  const git = gitClient(root, env);
  const result = await git.probe(['rev-parse', '--show-toplevel']);
  if (result.code !== 0) throw repositoryError(root, result.stderr);
  return layoutAt(root, result.stdout.trim(), env, git);
}

/** The layout of a repository whose top level is already known (src/repo/probe.ts). */
export function layoutAt(root: string, toplevel: string, env?: NodeJS.ProcessEnv, git: GitClient = gitClient(root, env)): RepoLayout {
  const fromTop = relative(realpathSync(toplevel), realpathSync(root)).split(sep).join('/');
  return { root, toplevel, prefix: fromTop ? `${fromTop}/` : '', git, env: cleanGitEnv(env) };
}

/** The path git knows for a path relative to the document root. */
export function gitPath(layout: RepoLayout, relativePath: string): string {
  return `${layout.prefix}${relativePath}`;
}

/** The path from the document root for a path git printed, or undefined when it lies outside the root. */
export function fromGitPath(layout: RepoLayout, path: string): string | undefined {
  if (!path.startsWith(layout.prefix)) return undefined;
  return path.slice(layout.prefix.length);
}

/** Does the commit `HEAD` exist yet? A fresh repository has none. */
export async function hasHead(layout: RepoLayout): Promise<boolean> {
  return (await layout.git.probe(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).code === 0;
}

/**
 * A verdict needs the whole history: in a shallow clone a signature's parent, its key registration or the
 * signature itself may be missing, and every answer would be wrong. With a remote the history is fetched;
 * without one the run stops and says how to fix the checkout.
 */
export async function ensureFullHistory(layout: RepoLayout): Promise<void> {
  const shallow = await layout.git.probe(['rev-parse', '--is-shallow-repository']);
  if (shallow.code !== 0 || shallow.stdout.trim() !== 'true') return;
  const remotes = (await layout.git.probe(['remote'])).stdout.split('\n').filter(Boolean);
  if (remotes.length > 0) {
    const fetched = await layout.git.probe(['fetch', '--quiet', '--unshallow', remotes.includes('origin') ? 'origin' : remotes[0]!]);
    if (fetched.code === 0) return;
  }
  throw new UserError({
    vi: `kho git ${layout.toplevel} là bản sao nông (shallow clone) nên thiếu lịch sử để kết luận về chữ ký; hãy chạy \`git fetch --unshallow\`, hoặc trong CI đặt \`fetch-depth: 0\` cho actions/checkout`,
    en: `the git repository ${layout.toplevel} is a shallow clone, missing the history a signature verdict needs; run \`git fetch --unshallow\`, or in CI set \`fetch-depth: 0\` for actions/checkout`,
  });
}
