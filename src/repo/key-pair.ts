// `key new`: an ed25519 key pair made by ssh-keygen for a union officer, kept OUTSIDE the repository in a
// folder only its owner can read (0700, private key 0600), so a commit can never carry the private half.

import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { UserError } from '../errors.js';
import { shellArg } from '../output/shell-quote.js';

export interface KeyPair {
  privateKeyPath: string;
  publicKeyLine: string;
}

export function defaultKeyFolder(unit: string, env: NodeJS.ProcessEnv): string {
  return join(env.HOME || homedir(), '.ssh', 'giaouoc', unit);
}

export async function createKeyPair(unit: string, folder: string, repositoryTop: string, env: NodeJS.ProcessEnv): Promise<KeyPair> {
  const target = resolve(folder);
  const inside = relative(repositoryTop, target);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new UserError({
      vi: `không được đặt khóa bí mật trong kho (${target}); hãy chọn thư mục ngoài kho với --out, ví dụ ~/.ssh/giaouoc/${unit}`,
      en: `a private key must not live inside the repository (${target}); choose a folder outside it with --out, e.g. ~/.ssh/giaouoc/${unit}`,
    });
  }
  const privateKeyPath = join(target, 'id_ed25519');
  if (await stat(privateKeyPath).catch(() => undefined)) {
    throw new UserError({
      vi: `đã có khóa ở ${privateKeyPath}; hãy đăng ký khóa đó bằng \`giaouoc key add ${unit} ${shellArg(`${privateKeyPath}.pub`)}\` hoặc chọn thư mục khác với --out`,
      en: `a key already exists at ${privateKeyPath}; register it with \`giaouoc key add ${unit} ${shellArg(`${privateKeyPath}.pub`)}\` or choose another folder with --out`,
    });
  }
  await mkdir(target, { recursive: true, mode: 0o700 });
  await chmod(target, 0o700);
  await runSshKeygen(['-q', '-t', 'ed25519', '-N', '', '-C', `${unit}@giaouoc`, '-f', privateKeyPath], env);
  await chmod(privateKeyPath, 0o600);
  return { privateKeyPath, publicKeyLine: (await readFile(`${privateKeyPath}.pub`, 'utf8')).trim() };
}

function runSshKeygen(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    execFile('ssh-keygen', args, { env }, (error, _stdout, stderr) => {
      if (!error) return done();
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      fail(
        new UserError(
          missing
            ? { vi: 'không tìm thấy chương trình ssh-keygen; hãy cài OpenSSH (gói openssh-client) rồi chạy lại', en: 'ssh-keygen was not found; install OpenSSH (openssh-client) and try again' }
            : { vi: `ssh-keygen thất bại: ${String(stderr).trim()}`, en: `ssh-keygen failed: ${String(stderr).trim()}` },
          { cause: error },
        ),
      );
    });
  });
}
