// A document repository carries the giaouoc that made it: the running package packed into
// `.giaouoc/giaouoc-<version>.tgz`, a `file:` dependency on it in package.json, and a package-lock.json whose
// integrity field `npm ci` checks the tarball against. CI then installs exactly that giaouoc with no registry entry
// for it (its own dependencies still come from the npm registry), and a changed tarball fails the install.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Text } from '../context.js';
import { writeFileAtomic } from '../documents/write-atomic.js';
import { EXIT, UserError } from '../errors.js';
import { refuseLinkedPaths } from './no-links.js';
import { packageRoot } from './assets.js';

export const VENDOR_DIR = '.giaouoc';

/** `.giaouoc/giaouoc-0.1.0.tgz`: the path package.json and the lock name, `/`-separated from the repository root. */
export function vendoredPath(version: string): string {
  return `${VENDOR_DIR}/giaouoc-${version}.tgz`;
}

export function vendoredSpec(version: string): string {
  return `file:${vendoredPath(version)}`;
}

export interface VendorResult {
  /** Repository paths written (`+`) or rewritten (`~`). */
  written: { path: string; refreshed: boolean }[];
  removed: string[];
  /** Why no lock was written, when npm could not write one. */
  lockProblem?: Text;
}

/**
 * Packs the running giaouoc into the repository, points package.json at it and (with `lock`) has npm write the
 * lock. A tarball of another version is removed; package.json keeps everything but giaouoc's entry.
 */
export async function vendorGiaouoc(root: string, version: string, options: { lock: boolean; env: NodeJS.ProcessEnv }): Promise<VendorResult> {
  const result: VendorResult = { written: [], removed: [] };
  const path = vendoredPath(version);
  const target = join(root, ...path.split('/'));
  // A link would have the tarball written, and older ones removed, wherever it points.
  await refuseLinkedPaths(root, [path]);
  await mkdir(join(root, VENDOR_DIR), { recursive: true });

  const packed = await packRunningPackage(root, options.env);
  const previous = existsSync(target) ? await readFile(target).catch(() => undefined) : undefined;
  if (!previous || !previous.equals(packed)) {
    await writeFileAtomic(target, packed);
    result.written.push({ path, refreshed: previous !== undefined });
  }
  for (const name of await readdir(join(root, VENDOR_DIR))) {
    if (/^giaouoc-.+\.tgz$/.test(name) && `${VENDOR_DIR}/${name}` !== path) {
      await rm(join(root, VENDOR_DIR, name), { force: true });
      result.removed.push(`${VENDOR_DIR}/${name}`);
    }
  }

  const manifestFile = join(root, 'package.json');
  const manifestText = await readFile(manifestFile, 'utf8');
  const manifest = withGiaouoc(manifestText, version);
  if (manifest !== manifestText) {
    await writeFileAtomic(manifestFile, manifest);
    result.written.push({ path: 'package.json', refreshed: true });
  }

  if (options.lock) {
    const integrity = `sha512-${createHash('sha512').update(packed).digest('base64')}`;
    const lockFile = join(root, 'package-lock.json');
    const hadLock = existsSync(lockFile);
    await forgetGiaouoc(lockFile, integrity);
    const npm = await runNpm(['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], root, options.env);
    const locked = npm.ok ? await lockedIntegrity(lockFile) : undefined;
    if (!npm.ok) result.lockProblem = { vi: `npm chưa ghi được package-lock.json (${npm.detail})`, en: `npm could not write package-lock.json (${npm.detail})` };
    else if (locked !== integrity) {
      result.lockProblem = { vi: `package-lock.json không ghi mã băm của ${path}`, en: `package-lock.json does not record the hash of ${path}` };
    } else result.written.push({ path: 'package-lock.json', refreshed: hadLock });
  }
  return result;
}

/** The repository's package.json with giaouoc depending on the vendored tarball, wherever it was declared. */
export function withGiaouoc(text: string, version: string): string {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new UserError({
      vi: 'package.json của kho không phải JSON hợp lệ; hãy sửa tệp (hoặc xóa nó) rồi chạy lại `giaouoc init --force`',
      en: "the repository's package.json is not valid JSON; fix it (or delete it) and run `giaouoc init --force` again",
    });
  }
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    throw new UserError({ vi: 'package.json của kho phải là một đối tượng JSON { … }; hãy sửa tệp rồi chạy lại `giaouoc init --force`', en: "the repository's package.json must be a JSON object { … }; fix it and run `giaouoc init --force` again" });
  }
  const spec = vendoredSpec(version);
  const section = (['dependencies', 'devDependencies'] as const).find((key) => isRecord(manifest[key]) && 'giaouoc' in (manifest[key] as object)) ?? 'devDependencies';
  const deps = isRecord(manifest[section]) ? (manifest[section] as Record<string, unknown>) : {};
  if (deps.giaouoc === spec) return text;
  manifest[section] = { ...deps, giaouoc: spec };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * npm keeps a locked integrity even when the tarball behind it changed: the entries of giaouoc (and of what it
 * bundles) go, so npm hashes the new tarball. An unreadable lock is left for npm to replace.
 */
async function forgetGiaouoc(lockFile: string, integrity: string): Promise<void> {
  if (!existsSync(lockFile)) return;
  let lock: { packages?: Record<string, { integrity?: string }> };
  try {
    lock = JSON.parse(await readFile(lockFile, 'utf8'));
  } catch {
    await rm(lockFile, { force: true });
    return;
  }
  const packages = isRecord(lock.packages) ? lock.packages : undefined;
  if (!packages || packages['node_modules/giaouoc']?.integrity === integrity) return;
  for (const key of Object.keys(packages)) if (key === 'node_modules/giaouoc' || key.startsWith('node_modules/giaouoc/')) delete packages[key];
  await writeFileAtomic(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
}

async function lockedIntegrity(lockFile: string): Promise<string | undefined> {
  try {
    const lock = JSON.parse(await readFile(lockFile, 'utf8')) as { packages?: Record<string, { integrity?: string }> };
    return lock.packages?.['node_modules/giaouoc']?.integrity;
  } catch {
    return undefined;
  }
}

/**
 * `npm pack` of the package this code runs from — a clone, a local install or a global install from a tarball all
 * hold what the tarball needs (the files of package.json's `files` and the bundled dependencies); its scripts are
 * not run, since an installed package has no compiler for `prepack`. npm packs with fixed file times, so the same
 * giaouoc gives the same bytes and the same integrity.
 */
async function packRunningPackage(root: string, env: NodeJS.ProcessEnv): Promise<Buffer> {
  const scratch = await mkdtemp(join(root, VENDOR_DIR, '.pack-'));
  try {
    const npm = await runNpm(['pack', '--ignore-scripts', '--json', '--loglevel=error', '--pack-destination', scratch], packageRoot(), env);
    const name = npm.ok ? (await readdir(scratch)).find((file) => file.endsWith('.tgz')) : undefined;
    if (!name) {
      throw new UserError(
        {
          vi: `không đóng gói được giaouoc đang chạy vào ${VENDOR_DIR}/ (npm pack: ${npm.detail || 'không ra tệp nào'}); hãy kiểm tra lệnh \`npm --version\` chạy được rồi chạy lại \`giaouoc init --force\``,
          en: `could not pack the running giaouoc into ${VENDOR_DIR}/ (npm pack: ${npm.detail || 'no file came out'}); check that \`npm --version\` runs, then run \`giaouoc init --force\` again`,
        },
        { exitCode: EXIT.usage },
      );
    }
    return await readFile(join(scratch, name));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** npm, found on PATH as the user runs it (through the shell on Windows, where it is a .cmd script). */
function runNpm(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    execFile('npm', args, { cwd, env: { ...env, npm_config_update_notifier: 'false' }, shell: process.platform === 'win32', timeout: 5 * 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve({ ok: true, detail: '' });
      const code = (error as NodeJS.ErrnoException).code;
      const detail = code === 'ENOENT' ? 'npm not found on PATH' : npmReason(String(stderr)) || error.message.split('\n')[0];
      resolve({ ok: false, detail });
    });
  });
}

/** npm's first line that says what went wrong (not its error code or where its log went). */
function npmReason(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/^npm (error|ERR!) ?/, '').trim()).filter(Boolean);
  return lines.find((line) => /^code /.test(line) === false && !/complete log/.test(line)) ?? '';
}
