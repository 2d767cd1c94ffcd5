// The key a signature is made with: `--key <file>`, else git's `user.signingkey`. Only its public half is
// read here (enough to compare with the registry); the private half is used by git through ssh-keygen.

import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { parsePublicKey, readPrivateKeyPublicHalf, type SshPublicKey } from './ssh-keys.js';
import type { RepoLayout } from './layout.js';

export interface SigningKey {
  /** The value git gets as user.signingKey: a key file path, or "key::<public key line>". */
  gitValue: string;
  publicKey: SshPublicKey;
}

const LITERAL = 'key::';

export async function resolveSigningKey(layout: RepoLayout, keyOption: string | undefined, cwd: string, env: NodeJS.ProcessEnv): Promise<SigningKey> {
  if (keyOption !== undefined) return readKeyFile(resolve(cwd, expandHome(keyOption, env)));
  const configured = (await layout.git.probe(['config', '--get', 'user.signingkey'])).stdout.trim();
  if (!configured) {
    throw new UserError({
      vi: 'chưa biết ký bằng khóa nào: hãy thêm `--key <tệp khóa bí mật>` hoặc đặt `git config user.signingkey <tệp khóa>`',
      en: 'no key to sign with: add `--key <private key file>` or set `git config user.signingkey <key file>`',
    });
  }
  if (configured.startsWith(LITERAL)) {
    return { gitValue: configured, publicKey: parsePublicKey(configured.slice(LITERAL.length)) };
  }
  const path = expandHome(configured, env);
  return readKeyFile(isAbsolute(path) ? path : resolve(layout.toplevel, path));
}

async function readKeyFile(path: string): Promise<SigningKey> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(
      { vi: `không đọc được tệp khóa ${path}; hãy kiểm tra đường dẫn và quyền đọc`, en: `cannot read the key file ${path}; check the path and its permissions` },
      { cause: error },
    );
  }
  const publicKey = text.includes('PRIVATE KEY-----') ? readPrivateKeyPublicHalf(text) : parsePublicKey(text.trim().split('\n')[0] ?? '');
  return { gitValue: path, publicKey };
}

function expandHome(path: string, env: NodeJS.ProcessEnv): string {
  if (path !== '~' && !path.startsWith('~/')) return path;
  return join(env.HOME ?? homedir(), path.slice(1));
}
