// A document repository for CA-signing tests: the examples' registry and the 2024 compact between the provincial
// Fatherland Front agency and its union (two parties), committed with a fixed identity; its own HOME and
// XDG_CONFIG_HOME, so that trust anchors are this test's alone.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from '../../helpers/run-cli.js';

export const COMPACT = '2024/giao-uoc-cd-ubmttq-tinh.yaml';

export interface SigningRepo {
  base: string;
  root: string;
  env: NodeJS.ProcessEnv;
  git(args: string[]): string;
}

export function createSigningRepo(): SigningRepo {
  const base = mkdtempSync(join(tmpdir(), 'giaouoc-ca-'));
  const root = join(base, 'kho');
  const home = join(base, 'home');
  mkdirSync(join(root, '2024'), { recursive: true });
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = Văn thư\n\temail = vanthu@example.org\n[init]\n\tdefaultBranch = main\n');
  cpSync(join(PROJECT, 'examples', 'giaouoc.yaml'), join(root, 'giaouoc.yaml'));
  cpSync(join(PROJECT, 'examples', COMPACT), join(root, COMPACT));
  const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_AUTHOR_DATE: '2024-02-20T09:00:00+07:00', GIT_COMMITTER_DATE: '2024-02-20T09:00:00+07:00' };
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Giao ước 2024']);
  return { base, root, env, git };
}
