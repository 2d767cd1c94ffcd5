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
      if (blob) registry.set(entry.name.slice(0, -'.pub'.length), parseKeyFile(blob.content.toString('utf8')));
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
export async function registerKey(layout: RepoLayout, config: RepositoryConfig, unit: string, publicKeyLine: string): Promise<KeyRegistration> {
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
  await layout.git.run(['commit', '--quiet', '-m', `${verb.vi}: ${known.name}\n\nGiaouoc-Key-Unit: ${unit}\nGiaouoc-Key: ${key.fingerprint}`, '--only', '--', path]);
  const commit = (await layout.git.run(['rev-parse', 'HEAD'])).trim();
  return { unit, key, replaced: previous?.fingerprint, commit };
}

function keyLine(key: SshPublicKey): string {
  return `${key.type} ${key.blob.toString('base64')}${key.comment ? ` ${key.comment}` : ''}`;
}
