// Trust anchors are the user's own: root certificates imported with `giaouoc trust add`, kept in the user's
// configuration folder ($XDG_CONFIG_HOME/giaouoc/trust, else ~/.config/giaouoc/trust), one PEM per anchor named
// by its SHA-256 fingerprint. Never in the document repository: a pull request could otherwise add a root of its
// own choosing, and every forged signature under it would verify. The repository ships none.

import { X509Certificate } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../documents/write-atomic.js';

export function trustDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(env.HOME || homedir(), '.config');
  return join(base, 'giaouoc', 'trust');
}

export interface Anchor {
  cert: X509Certificate;
  /** SHA-256 fingerprint, lowercase hex without colons. */
  id: string;
  file: string;
}

export function anchorId(cert: X509Certificate): string {
  return cert.fingerprint256.replace(/:/g, '').toLowerCase();
}

/** Every certificate in a PEM bundle, or the one DER certificate. */
export function parseCertificates(bytes: Buffer): X509Certificate[] {
  const text = bytes.toString('latin1');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (blocks) return blocks.map((block) => new X509Certificate(block));
  return [new X509Certificate(bytes)];
}

export async function loadAnchors(env: NodeJS.ProcessEnv): Promise<Anchor[]> {
  const dir = trustDir(env);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{64}\.pem$/.test(name)).sort();
  const anchors: Anchor[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      const cert = new X509Certificate(await readFile(file));
      // A file renamed or edited by hand no longer matches its name: it is not trusted.
      if (`${anchorId(cert)}.pem` === name) anchors.push({ cert, id: anchorId(cert), file });
    } catch {
      // unreadable: skipped, `trust list` shows only what is trusted
    }
  }
  return anchors;
}

export async function addAnchor(env: NodeJS.ProcessEnv, cert: X509Certificate): Promise<Anchor> {
  const dir = trustDir(env);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const id = anchorId(cert);
  const file = join(dir, `${id}.pem`);
  await writeFileAtomic(file, cert.toString());
  return { cert, id, file };
}

/** Removes the anchors whose fingerprint starts with `prefix` (at least 8 hex digits); returns them. */
export async function removeAnchors(env: NodeJS.ProcessEnv, prefix: string): Promise<Anchor[]> {
  const wanted = prefix.replace(/:/g, '').toLowerCase();
  const matching = (await loadAnchors(env)).filter((anchor) => anchor.id.startsWith(wanted));
  for (const anchor of matching) await rm(anchor.file, { force: true });
  return matching;
}
