// Temp document repositories and run contexts for the scaffold tests.

import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { RunContext } from '../../src/context.js';
import { initCommand } from '../../src/commands/init.js';
import { PROJECT, memoryContext } from '../helpers/run-cli.js';

export const EXAMPLES = join(PROJECT, 'examples');
/** A fixed day for the defaults: 20 May 2025 (the first quarter has ended). */
export const TODAY = new Date(2025, 4, 20);

const cacheDir = await mkdtemp(join(tmpdir(), 'giaouoc-scaffold-cache-'));

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'giaouoc-scaffold-'));
}

/** A context whose output is collected; no terminal. */
export function quietContext(cwd: string) {
  return memoryContext(cwd, { GIAOUOC_CACHE_DIR: cacheDir, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, PATH: process.env.PATH });
}

/** A context that looks like a terminal on both ends; `answer` types a line as the user would. */
export function terminalContext(cwd: string) {
  const memory = quietContext(cwd);
  const stdin = Object.assign(new PassThrough({ encoding: 'utf8' }), { isTTY: true });
  const ctx: RunContext = { ...memory.ctx, stdin, stdout: { ...memory.ctx.stdout, isTTY: true } };
  return { ...memory, ctx, answer: (line: string) => stdin.write(`${line}\n`) };
}

/** An initialised repository whose registry is the examples' giaouoc.yaml, with the given example documents. */
export async function exampleRepository(documents: readonly string[] = []): Promise<string> {
  const root = await tempDir();
  await initCommand(undefined, { force: false, lang: 'vi', today: TODAY }, quietContext(root).ctx);
  await copyFile(join(EXAMPLES, 'giaouoc.yaml'), join(root, 'giaouoc.yaml'));
  for (const document of documents) {
    await mkdir(dirname(join(root, document)), { recursive: true });
    await copyFile(join(EXAMPLES, document), join(root, document));
  }
  return root;
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}
