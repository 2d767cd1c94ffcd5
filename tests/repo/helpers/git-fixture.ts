// Temp repositories with a fixed identity and clock, and throwaway ed25519 keys made by the real ssh-keygen.
// Shared by every test that signs or verifies commits.
import { execFile } from 'node:child_process';
import { createHash, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gitEnvironment } from '../../../src/repo/git-process.js';
import { SshWireReader, parsePublicKey, sshString } from '../../../src/repo/ssh-keys.js';
import { sshsigSignedData } from '../../../src/repo/sshsig.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Resolve with the exit code instead of throwing when the command fails. */
  allowFailure?: boolean;
}

export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        if (error && !options.allowFailure) {
          reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr}`, { cause: error }));
        } else {
          resolve({ code, stdout, stderr });
        }
      },
    );
    // A command that exits without reading its input closes the pipe; that is not the command's failure.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

export async function makeTempDir(prefix = 'giaouoc-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export interface SshTestKey {
  name: string;
  privateKeyPath: string;
  publicKeyPath: string;
  /** The .pub line: "ssh-ed25519 AAAA… name". */
  publicKeyLine: string;
  /** As `ssh-keygen -l` prints it: "SHA256:…". */
  fingerprint: string;
}

/** A new key from `ssh-keygen -t ed25519`; `passphrase` makes an encrypted private key file. */
export async function makeSshKey(dir: string, name: string, options: { passphrase?: string } = {}): Promise<SshTestKey> {
  const privateKeyPath = join(dir, name);
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', options.passphrase ?? '', '-C', name, '-f', privateKeyPath]);
  const publicKeyLine = (await readFile(`${privateKeyPath}.pub`, 'utf8')).trim();
  const listed = await run('ssh-keygen', ['-l', '-f', `${privateKeyPath}.pub`]);
  return { name, privateKeyPath, publicKeyPath: `${privateKeyPath}.pub`, publicKeyLine, fingerprint: listed.stdout.split(' ')[1] };
}

export const FIXTURE_IDENTITY = { name: 'Hà Quốc Trung', email: 'congdoan-bnv@example.vn' } as const;
/** 2024-03-01 08:00 in Hà Nội; each commit made through the fixture is one minute later than the one before. */
export const FIXTURE_START_TIME = 1709254800;
export const FIXTURE_TZ = '+0700';

export interface CommitOptions {
  message: string;
  /** Files to write (paths relative to the repository) and stage before committing. */
  files?: Record<string, string>;
  signWith?: SshTestKey;
  trailers?: string[];
  /** git commit --cleanup; "verbatim" keeps '#' lines and blank lines exactly as given. */
  cleanup?: 'verbatim' | 'whitespace' | 'strip';
}

export interface GitFixture {
  dir: string;
  /** HOME for git and ssh-keygen, so no personal configuration leaks in. */
  home: string;
  env: NodeJS.ProcessEnv;
  git(args: string[], options?: Omit<RunOptions, 'cwd' | 'env'>): Promise<RunResult>;
  commit(options: CommitOptions): Promise<string>;
  /** Writes allowed_signers (gpg.ssh.allowedSignersFile) so git itself can verify these keys. */
  allowSigners(keys: SshTestKey[]): Promise<void>;
  /** Stores a hand-made commit object as-is and returns its id. */
  writeCommitObject(content: Buffer | string): Promise<string>;
  nextDate(): string;
  cleanup(): Promise<void>;
}

export async function createGitFixture(): Promise<GitFixture> {
  const root = await makeTempDir();
  const dir = join(root, 'repo');
  const home = join(root, 'home');
  await mkdir(dir);
  await mkdir(home);
  const allowedSignersPath = join(home, 'allowed_signers');
  await writeFile(allowedSignersPath, '');
  const env: NodeJS.ProcessEnv = {
    ...gitEnvironment(),
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C',
  };
  let tick = 0;
  const nextDate = (): string => `@${FIXTURE_START_TIME + 60 * tick++} ${FIXTURE_TZ}`;
  const git: GitFixture['git'] = (args, options = {}) => run('git', args, { ...options, cwd: dir, env });

  await git(['init', '-q', '-b', 'main']);
  for (const [key, value] of [
    ['user.name', FIXTURE_IDENTITY.name],
    ['user.email', FIXTURE_IDENTITY.email],
    ['gpg.format', 'ssh'],
    ['gpg.ssh.allowedSignersFile', allowedSignersPath],
    ['commit.gpgSign', 'false'],
  ]) {
    await git(['config', key, value]);
  }

  return {
    dir,
    home,
    env,
    git,
    nextDate,
    async commit({ message, files = {}, signWith, trailers = [], cleanup = 'whitespace' }) {
      for (const [path, content] of Object.entries(files)) {
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), content);
        await git(['add', '--', path]);
      }
      const date = nextDate();
      const signing = signWith ? ['-c', `user.signingkey=${signWith.privateKeyPath}`] : [];
      const args = [...signing, 'commit', '-q', '--allow-empty', '-m', message, `--cleanup=${cleanup}`];
      args.push(signWith ? '-S' : '--no-gpg-sign');
      for (const trailer of trailers) args.push('--trailer', trailer);
      await run('git', args, { cwd: dir, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
      return (await git(['rev-parse', 'HEAD'])).stdout.trim();
    },
    async allowSigners(keys) {
      const lines = keys.map((key) => `${FIXTURE_IDENTITY.email} namespaces="git" ${key.publicKeyLine}\n`);
      await writeFile(allowedSignersPath, lines.join(''));
    },
    async writeCommitObject(content) {
      return (await git(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: content })).stdout.trim();
    },
    async cleanup() {
      await rm(root, { recursive: true, force: true });
    },
  };
}

// ------------------------------------------------------------------ signing without ssh-keygen, for volume

// PKCS#8 header of an Ed25519 private key (RFC 8410); the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The signing key inside an unencrypted ssh-keygen key file (PROTOCOL.key, cipher "none"). */
export async function loadUnencryptedSigningKey(key: SshTestKey): Promise<KeyObject> {
  const text = await readFile(key.privateKeyPath, 'utf8');
  const base64 = text.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  const what = { vi: 'khóa thử', en: 'test key' };
  const file = new SshWireReader(Buffer.from(base64, 'base64'), what);
  file.bytes('openssh-key-v1\0'.length);
  if (file.text() !== 'none') throw new Error(`${key.privateKeyPath} is encrypted`);
  file.string();
  file.string();
  file.uint32();
  file.string();
  const section = new SshWireReader(file.string(), what);
  section.uint32();
  section.uint32();
  section.text();
  section.string();
  const seed = section.string().subarray(0, 32);
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** An armored SSHSIG of `message`, as `ssh-keygen -Y sign -n <namespace>` would write it (sha512). */
export function sshSignInProcess(key: SshTestKey, privateKey: KeyObject, message: Buffer, namespace = 'git'): string {
  const blob = parsePublicKey(key.publicKeyLine).blob;
  const signature = sign(null, sshsigSignedData(namespace, 'sha512', message), privateKey);
  const version = Buffer.from([0, 0, 0, 1]);
  const envelope = Buffer.concat([
    Buffer.from('SSHSIG'),
    version,
    sshString(blob),
    sshString(namespace),
    sshString(''),
    sshString('sha512'),
    sshString(Buffer.concat([sshString('ssh-ed25519'), sshString(signature)])),
  ]).toString('base64');
  const lines = envelope.match(/.{1,70}/g) ?? [];
  return ['-----BEGIN SSH SIGNATURE-----', ...lines, '-----END SSH SIGNATURE-----', ''].join('\n');
}

function commitOid(content: Buffer): string {
  return createHash('sha1').update(`commit ${content.length}\0`).update(content).digest('hex');
}

/**
 * `count` signed commits on top of HEAD, written by one `git hash-object --stdin-paths` (signing through
 * ssh-keygen would start a process per commit). Returns their ids, oldest first; `branch` points at the last.
 */
export async function writeSignedCommitChain(
  fixture: GitFixture,
  key: SshTestKey,
  count: number,
  branch = 'refs/heads/bulk',
): Promise<string[]> {
  const privateKey = await loadUnencryptedSigningKey(key);
  let parent = (await fixture.git(['rev-parse', 'HEAD'])).stdout.trim();
  const tree = (await fixture.git(['rev-parse', 'HEAD^{tree}'])).stdout.trim();
  const folder = await mkdtemp(join(fixture.home, 'objects-'));
  const paths: string[] = [];
  const oids: string[] = [];
  const who = `${FIXTURE_IDENTITY.name} <${FIXTURE_IDENTITY.email}>`;
  for (let i = 0; i < count; i++) {
    const when = `${FIXTURE_START_TIME + 86_400 + i} ${FIXTURE_TZ}`;
    const header = `tree ${tree}\nparent ${parent}\nauthor ${who} ${when}\ncommitter ${who} ${when}\n`;
    const body = `\nKý giao ước thi đua, bản ${i + 1}\n\nGiaouoc-Document: 2024/giao-uoc.yaml\nGiaouoc-Unit: cd-bnv\n`;
    const armored = sshSignInProcess(key, privateKey, Buffer.from(header + body));
    const gpgsig = `gpgsig ${armored.trimEnd().split('\n').join('\n ')}\n`;
    const content = Buffer.from(header + gpgsig + body);
    parent = commitOid(content);
    oids.push(parent);
    paths.push(join(folder, `${i}.commit`));
    await writeFile(paths[i], content);
  }
  const written = await fixture.git(['hash-object', '-t', 'commit', '-w', '--stdin-paths'], { input: paths.join('\n') + '\n' });
  if (written.stdout.trim() !== oids.join('\n')) throw new Error('git stored the commit chain under other ids');
  await fixture.git(['update-ref', branch, parent]);
  await rm(folder, { recursive: true, force: true });
  return oids;
}
