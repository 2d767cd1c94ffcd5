// The key registry: one file per unit, `.giaouoc/keys/<unit-id>.pub`, holding the unit's public key in
// the line format of id_ed25519.pub. One file per unit means two units registering at the same time never
// conflict, and `git log` of one file is that unit's key history. The dot-folder keeps it out of documents.

import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { parsePublicKey, type SshPublicKey } from './ssh-keys.js';
import { CatFileBatch } from './cat-file.js';
import { gitPath, hasHead, type RepoLayout } from './layout.js';
import { treeEntries } from './tree-entries.js';
import { resolveSigningKey } from './signing-key.js';

export const KEYS_FOLDER = '.giaouoc/keys';

export function keyFilePath(unit: string): string {
  return `${KEYS_FOLDER}/${unit}.pub`;
}

/** Every key line of a registry file; blank lines and `#` comments are skipped, a bad line is an error. */
export function parseKeyFile(text: string): SshPublicKey[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => parsePublicKey(line));
}

/** parseKeyFile, with the file named in the one sentence a bad line gives (an ssh-rsa key, a typo). */
function parseNamedKeyFile(text: string, file: string): SshPublicKey[] {
  try {
    return parseKeyFile(text);
  } catch (error) {
    const reason = error instanceof UserError ? error.text : { vi: (error as Error).message, en: (error as Error).message };
    throw new UserError({ vi: `${file}: ${reason.vi}`, en: `${file}: ${reason.en}` }, { cause: error });
  }
}

export interface RegisteredKey {
  unit: string;
  key: SshPublicKey;
}

/** The committed registry at HEAD: unit id → keys (one `cat-file --batch` for the folder and its files). */
export async function committedRegistry(layout: RepoLayout): Promise<Map<string, SshPublicKey[]>> {
  const registry = new Map<string, SshPublicKey[]>();
  if (!(await hasHead(layout))) return registry;
  const batch = new CatFileBatch(layout.toplevel, { env: layout.env });
  try {
    const tree = await batch.read(`HEAD:${gitPath(layout, KEYS_FOLDER)}`);
    if (!tree || tree.type !== 'tree') return registry;
    const entries = treeEntries(tree.content, tree.oid.length / 2).filter((entry) => entry.name.endsWith('.pub'));
    const blobs = await batch.readMany(entries.map((entry) => entry.oid));
    for (const entry of entries) {
      const blob = blobs.get(entry.oid);
      if (blob) registry.set(entry.name.slice(0, -'.pub'.length), parseNamedKeyFile(blob.content.toString('utf8'), `${KEYS_FOLDER}/${entry.name}`));
    }
    return registry;
  } finally {
    await batch.close();
  }
}

export interface KeyRegistration {
  unit: string;
  key: SshPublicKey;
  /** The fingerprint of the key this one replaced, if any. */
  replaced?: string;
  commit: string;
}

/** Writes the unit's key file and commits that file alone, so the registry keeps a history of its own. */
export interface KeyChangeOptions {
  /**
   * The private key that authenticates the change (see key-history.ts): the unit's current key for a
   * replacement or revocation, or a registrar's key. Without it the commit is unsigned and counts only as
   * a unit's first key while no registrar is pinned.
   */
  signWith?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export async function registerKey(layout: RepoLayout, config: RepositoryConfig, unit: string, publicKeyLine: string, options: KeyChangeOptions = {}): Promise<KeyRegistration> {
  const known = config.units.find((candidate) => candidate.id === unit);
  if (!known) {
    throw new UserError({
      vi: `đơn vị "${unit}" không có trong giaouoc.yaml; hãy dùng mã một đơn vị đã khai báo ở mục units`,
      en: `unit "${unit}" is not in giaouoc.yaml; use the id of a unit listed under units`,
    });
  }
  const key = parsePublicKey(publicKeyLine);
  const registry = await committedRegistry(layout);
  for (const [other, keys] of registry) {
    if (other !== unit && keys.some((item) => item.fingerprint === key.fingerprint)) {
      throw new UserError({
        vi: `khóa ${key.fingerprint} đã được đăng ký cho đơn vị "${other}"; mỗi đơn vị phải ký bằng khóa riêng — hãy tạo khóa mới bằng \`giaouoc key new ${unit}\``,
        en: `key ${key.fingerprint} is already registered for unit "${other}"; each unit must sign with its own key — make one with \`giaouoc key new ${unit}\``,
      });
    }
  }
  const previous = registry.get(unit)?.[0];
  if (previous?.fingerprint === key.fingerprint) {
    throw new UserError({
      vi: `khóa ${key.fingerprint} đã là khóa đăng ký của "${unit}"; không có gì thay đổi`,
      en: `key ${key.fingerprint} is already the registered key of "${unit}"; nothing changes`,
    }, { exitCode: 1 });
  }
  const relativePath = keyFilePath(unit);
  const file = join(layout.root, relativePath);
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${keyLine(key)}\n`);
  const path = gitPath(layout, relativePath);
  const verb = previous ? { vi: 'Thay khóa ký', en: 'replace signing key' } : { vi: 'Đăng ký khóa ký', en: 'register signing key' };
  await layout.git.run(['add', '--', path]);
  const commit = await commitKeyChange(layout, path, `${verb.vi}: ${known.name}\n\nGiaouoc-Key-Unit: ${unit}\nGiaouoc-Key: ${key.fingerprint}`, options);
  return { unit, key, replaced: previous?.fingerprint, commit };
}

/** Removes the unit's key file in a commit of its own: the key signs nothing from then on. */
export async function revokeKey(layout: RepoLayout, config: RepositoryConfig, unit: string, options: KeyChangeOptions = {}): Promise<{ unit: string; revoked: string; commit: string }> {
  const known = config.units.find((candidate) => candidate.id === unit);
  const current = (await committedRegistry(layout)).get(unit)?.[0];
  if (!known || !current) {
    throw new UserError({
      vi: `đơn vị "${unit}" chưa có khóa đăng ký nào để thu hồi; hãy xem danh sách bằng \`giaouoc key list\``,
      en: `unit "${unit}" has no registered key to revoke; see \`giaouoc key list\``,
    });
  }
  const path = gitPath(layout, keyFilePath(unit));
  await layout.git.run(['rm', '--quiet', '--', path]);
  const commit = await commitKeyChange(layout, path, `Thu hồi khóa ký: ${known.name}\n\nGiaouoc-Key-Unit: ${unit}\nGiaouoc-Key-Revoked: ${current.fingerprint}`, options);
  return { unit, revoked: current.fingerprint, commit };
}

async function commitKeyChange(layout: RepoLayout, path: string, message: string, options: KeyChangeOptions): Promise<string> {
  const signing = options.signWith ? await resolveSigningKey(layout, options.signWith, options.cwd ?? layout.root, options.env ?? {}) : undefined;
  const sign = signing ? ['-c', 'gpg.format=ssh', '-c', `user.signingKey=${signing.gitValue}`] : [];
  await layout.git.run([...sign, 'commit', '--quiet', ...(signing ? ['-S'] : []), '-m', message, '--only', '--', path]);
  return (await layout.git.run(['rev-parse', 'HEAD'])).trim();
}

function keyLine(key: SshPublicKey): string {
  return `${key.type} ${key.blob.toString('base64')}${key.comment ? ` ${key.comment}` : ''}`;
}
