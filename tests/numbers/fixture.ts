// A document repository for the number tests: a copy of examples/ in a temp folder, under git with a fixed
// identity, with the `number:` lines of the chosen files removed so `cap-so` can give them.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from '../helpers/run-cli.js';

export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Văn thư CĐB',
  GIT_AUTHOR_EMAIL: 'vanthu@example.org',
  GIT_COMMITTER_NAME: 'Văn thư CĐB',
  GIT_COMMITTER_EMAIL: 'vanthu@example.org',
  GIT_AUTHOR_DATE: '2024-12-30T09:00:00+07:00',
  GIT_COMMITTER_DATE: '2024-12-30T09:00:00+07:00',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir, ...GIT_IDENTITY } });
}

export function exampleRepo(unnumbered: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'giaouoc-numbers-'));
  cpSync(join(PROJECT, 'examples'), dir, { recursive: true });
  for (const file of unnumbered) stripNumber(dir, file);
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', 'Kho văn bản']);
  return dir;
}

export function stripNumber(dir: string, file: string): void {
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^number:.*\n/m, ''));
}

export function setNumber(dir: string, file: string, number: string): void {
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^number:.*$/m, `number: ${number}`));
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** The environment for the binary: HOME inside the repository keeps the user's git settings out. */
export function envFor(dir: string): NodeJS.ProcessEnv {
  return { HOME: dir, ...GIT_IDENTITY };
}
