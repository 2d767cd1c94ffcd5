// A command left waiting for an answer nothing will ever deliver (here: a git that never answers and holds nothing
// open) must not end the process as a success with nothing printed: it ends as an internal error, in one sentence.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, PROJECT } from '../helpers/run-cli.js';

let dir: string;
const SILENT_GIT = `'use strict';
const childProcess = require('node:child_process');
const { EventEmitter } = require('node:events');
const { PassThrough } = require('node:stream');
const spawn = childProcess.spawn;
childProcess.spawn = function (command, ...rest) {
  if (command !== 'git') return spawn.call(this, command, ...rest);
  const child = new EventEmitter();
  Object.assign(child, { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), pid: 1, kill: () => true, ref() {}, unref() {} });
  return child;
};
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'giaouoc-stalled-'));
  cpSync(join(PROJECT, 'examples'), join(dir, 'repo'), { recursive: true });
  writeFileSync(join(dir, 'silent-git.cjs'), SILENT_GIT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stalled(args: string[]) {
  return spawnSync(process.execPath, ['-r', join(dir, 'silent-git.cjs'), BIN, ...args], {
    cwd: join(dir, 'repo'),
    env: { PATH: process.env.PATH, HOME: dir, GIAOUOC_CACHE_DIR: join(dir, 'cache') },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('a command that can no longer finish', () => {
  test('ends with the internal-error exit code and one sentence, in Vietnamese and in English', () => {
    for (const [args, sentence] of [
      [['status'], /lỗi nội bộ của chương trình — lệnh dừng lại khi chưa làm xong/],
      [['status', '--lang', 'en'], /internal error — the command stopped before it finished/],
    ] as const) {
      const result = stalled([...args]);
      expect(result.status, result.stderr).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(sentence);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
