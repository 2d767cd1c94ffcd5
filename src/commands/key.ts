// `giaouoc key add|new|list`: the registry of the units' signing keys, committed in the repository.

import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lang, RunContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { parseSource } from '../documents/parse.js';
import { CONFIG_FILE, requireRoot } from '../documents/repository.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { formatKeyList, formatRegistration } from '../output/keys-text.js';
import { committedRegistry, keyFilePath, registerKey, revokeKey } from '../repo/key-registry.js';
import { requireGitIdentity } from '../repo/identity.js';
import { createKeyPair, defaultKeyFolder } from '../repo/key-pair.js';
import { gitPath, openLayout } from '../repo/layout.js';

export interface KeyCommandOptions {
  lang: Lang;
  /** Private key that authenticates the change: the unit's current key or a registrar's. */
  signWith?: string;
}

export async function keyAddCommand(unit: string, publicKeyFile: string, options: KeyCommandOptions, ctx: RunContext): Promise<number> {
  const { layout, config } = await openRepository(ctx);
  const path = resolve(ctx.cwd, publicKeyFile);
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new UserError({ vi: `không đọc được tệp khóa công khai ${path}; hãy kiểm tra đường dẫn`, en: `cannot read the public key file ${path}; check the path` }, { cause: error });
  });
  if (text.includes('PRIVATE KEY-----')) {
    throw new UserError({
      vi: `${path} là khóa bí mật; hãy đăng ký tệp khóa công khai (.pub) đi kèm, và không bao giờ đưa khóa bí mật vào kho`,
      en: `${path} is a private key; register the matching public key (.pub), and never put a private key in the repository`,
    });
  }
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  if (lines.length !== 1) {
    throw new UserError({
      vi: `${path} phải chứa đúng một khóa công khai (có ${lines.length} dòng khóa); mỗi đơn vị chỉ có một khóa`,
      en: `${path} must hold exactly one public key (it has ${lines.length} key lines); a unit has one key`,
    });
  }
  const registration = await registerKey(layout, config, unit, lines[0]!, changeOptions(options, ctx)).catch((error: unknown) => {
    // A key of another type (ssh-rsa …) is refused in a sentence that must say which file was given.
    if (error instanceof UserError && !error.text.en.includes(path)) throw new UserError({ vi: `${path}: ${error.text.vi}`, en: `${path}: ${error.text.en}` }, { exitCode: error.exitCode, cause: error });
    throw error;
  });
  ctx.stdout.write(formatRegistration(registration, options.lang));
  return EXIT.ok;
}

export async function keyNewCommand(unit: string, options: KeyCommandOptions & { out?: string }, ctx: RunContext): Promise<number> {
  const { layout, config } = await openRepository(ctx);
  if (!config.units.some((candidate) => candidate.id === unit)) {
    throw new UserError({
      vi: `đơn vị "${unit}" không có trong giaouoc.yaml; hãy dùng mã một đơn vị đã khai báo ở mục units`,
      en: `unit "${unit}" is not in giaouoc.yaml; use the id of a unit listed under units`,
    });
  }
  await requireGitIdentity(layout.git);
  const folder = options.out ? resolve(ctx.cwd, options.out) : defaultKeyFolder(unit, ctx.env);
  const folderExisted = existsSync(folder);
  const keyFile = join(layout.root, keyFilePath(unit));
  const keyFileExisted = existsSync(keyFile);
  const pair = await createKeyPair(unit, folder, layout.toplevel, ctx.env);
  let registration;
  try {
    registration = await registerKey(layout, config, unit, pair.publicKeyLine, changeOptions(options, ctx));
  } catch (error) {
    // Nothing half-done: a key pair nobody registered is removed, and the registry file is as it was.
    await rm(pair.privateKeyPath, { force: true });
    await rm(`${pair.privateKeyPath}.pub`, { force: true });
    if (!folderExisted) await rm(folder, { recursive: true, force: true });
    const path = gitPath(layout, keyFilePath(unit));
    if (keyFileExisted) await layout.git.probe(['checkout', 'HEAD', '--', path]);
    else {
      await layout.git.probe(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', path]);
      await rm(keyFile, { force: true });
    }
    throw error;
  }
  ctx.stdout.write(formatRegistration(registration, options.lang, pair.privateKeyPath));
  return EXIT.ok;
}

export async function keyRevokeCommand(unit: string, options: KeyCommandOptions, ctx: RunContext): Promise<number> {
  const { layout, config } = await openRepository(ctx);
  const revoked = await revokeKey(layout, config, unit, changeOptions(options, ctx));
  ctx.stdout.write(
    options.lang === 'en'
      ? `Revoked key ${revoked.revoked} of ${unit} in commit ${revoked.commit.slice(0, 7)}; it signs nothing that does not come before this commit.\n`
      : `Đã thu hồi khóa ${revoked.revoked} của ${unit} ở commit ${revoked.commit.slice(0, 7)}; khóa này không còn ký được gì đến sau commit đó.\n`,
  );
  return EXIT.ok;
}

function changeOptions(options: KeyCommandOptions, ctx: RunContext) {
  return { signWith: options.signWith, cwd: ctx.cwd, env: ctx.env };
}

export async function keyListCommand(options: KeyCommandOptions, ctx: RunContext): Promise<number> {
  const { layout, config } = await openRepository(ctx);
  ctx.stdout.write(formatKeyList(await committedRegistry(layout), config, options.lang));
  return EXIT.ok;
}

async function openRepository(ctx: RunContext) {
  const root = requireRoot(ctx.cwd);
  const parsed = parseSource(await readFile(resolve(root, CONFIG_FILE), 'utf8'));
  if (parsed.problems.length > 0) {
    throw new UserError({ vi: `${CONFIG_FILE} có lỗi; hãy chạy \`giaouoc validate\` và sửa trước`, en: `${CONFIG_FILE} has errors; run \`giaouoc validate\` and fix it first` });
  }
  return { layout: await openLayout(root, ctx.env), config: parsed.value as RepositoryConfig };
}
