// How CatFileBatch keeps requests and answers paired: whole requests in one write, names git cannot resolve to one
// object, and a git too old for --batch-command.
import { createHash } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatFileBatch } from '../../src/repo/cat-file.js';
import { runGit } from '../../src/repo/git-process.js';
import { createGitFixture, makeTempDir, type GitFixture } from './helpers/git-fixture.js';

let fixture: GitFixture;
const oids: string[] = [];
/** Two blobs whose ids start with the same four digits: those four name neither. */
let twins: { prefix: string; blobs: string[] };

const blobId = (content: string) => createHash('sha1').update(`blob ${Buffer.byteLength(content)}\0${content}`).digest('hex');

beforeAll(async () => {
  fixture = await createGitFixture();
  for (let index = 0; index < 5; index++) oids.push(await fixture.commit({ message: `Lần ${index}`, files: { 'a.yaml': `n: ${index}\n` } }));
  const seen = new Map<string, string>();
  for (let index = 0; ; index++) {
    const content = `blob ${index}\n`;
    const prefix = blobId(content).slice(0, 4);
    const other = seen.get(prefix);
    if (other !== undefined) {
      const blobs = [];
      for (const text of [other, content]) blobs.push((await fixture.git(['hash-object', '-w', '--stdin'], { input: text })).stdout.trim());
      twins = { prefix, blobs };
      break;
    }
    seen.set(prefix, content);
  }
}, 60_000);

afterAll(async () => {
  await fixture.cleanup();
});

describe('CatFileBatch requests', () => {
  it('answers readMany with duplicates, an empty list and reads in flight between, each with its own answers', async () => {
    const batch = new CatFileBatch(fixture.dir, { env: fixture.env });
    const first = batch.readMany([oids[0]!, oids[1]!, oids[0]!, 'HEAD:a.yaml', 'HEAD:none']);
    const single = batch.read(oids[2]!);
    const empty = batch.readMany([]);
    const second = batch.readMany([oids[3]!, oids[4]!]);
    const [many, one, none, more] = await Promise.all([first, single, empty, second]);
    expect([...many.keys()]).toEqual([oids[0], oids[1], 'HEAD:a.yaml']);
    expect(many.get('HEAD:a.yaml')!.content.toString()).toBe('n: 4\n');
    expect(one!.oid).toBe(oids[2]);
    expect(none.size).toBe(0);
    expect([...more.values()].map((object) => object.oid)).toEqual([oids[3], oids[4]]);
    for (const [name, object] of [...many, ...more]) {
      if (name.startsWith('HEAD:')) continue;
      expect(object.content.equals(await runGit(fixture.dir, ['cat-file', 'commit', name], { env: fixture.env }))).toBe(true);
    }
    await batch.close();
  });

  it('refuses a whole readMany with a name that would break the request, and goes on answering', async () => {
    const batch = new CatFileBatch(fixture.dir, { env: fixture.env });
    await expect(batch.readMany([oids[0]!, `${oids[1]}\n${oids[2]}`])).rejects.toThrow(/Not an object name/);
    await expect(batch.readMany([oids[0]!, ' '])).rejects.toThrow(/Not an object name/);
    expect((await batch.readMany([oids[1]!])).get(oids[1]!)!.oid).toBe(oids[1]);
    await batch.close();
    await expect(batch.readMany([oids[1]!])).rejects.toThrow(/after close/);
  });

  it('rejects a name that stands for two objects, and the answers after it stay paired', async () => {
    const batch = new CatFileBatch(fixture.dir, { env: fixture.env });
    const [a, b] = twins.blobs;
    const ambiguous = batch.readMany([a!, twins.prefix, b!, oids[0]!]);
    const after = batch.readMany([b!, oids[1]!]);
    await expect(ambiguous).rejects.toThrow(`Ambiguous object name: ${twins.prefix}`);
    expect([...(await after).values()].map((object) => object.oid)).toEqual([b, oids[1]]);
    await expect(batch.read(twins.prefix)).rejects.toThrow(/Ambiguous/);
    expect((await batch.read(a!))?.oid).toBe(a);
    await batch.close();
  });

  it('reads through cat-file --batch when git refuses --batch-command', async () => {
    const bin = await makeTempDir();
    const log = join(bin, 'calls.log');
    const realGit = (await runGit(fixture.dir, ['--exec-path'], { env: fixture.env })).toString().trim();
    // A git before 2.36: the option is unknown, git says so and exits 129 before reading anything.
    await writeFile(
      join(bin, 'git'),
      [
        '#!/bin/sh',
        `echo "$*" >> '${log}'`,
        'for argument in "$@"; do',
        '  if [ "$argument" = "--batch-command" ]; then',
        '    echo "error: unknown option \\`batch-command\'" >&2; echo "usage: git cat-file <type> <object>" >&2; exit 129',
        '  fi',
        'done',
        `exec '${join(realGit, 'git')}' "$@"`,
        '',
      ].join('\n'),
    );
    await chmod(join(bin, 'git'), 0o755);
    const env = { ...fixture.env, PATH: `${bin}:${fixture.env.PATH ?? ''}` };

    const batch = new CatFileBatch(fixture.dir, { env });
    const many = batch.readMany([oids[0]!, 'f'.repeat(40), oids[1]!]);
    const one = batch.read(oids[2]!);
    expect([...(await many).keys()]).toEqual([oids[0], oids[1]]);
    expect((await one)?.oid).toBe(oids[2]);
    expect((await batch.read(oids[3]!))?.oid).toBe(oids[3]);
    await batch.close();
    expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual(['cat-file --batch-command --buffer', 'cat-file --batch']);

    // Closed before git refused: the requests already asked are still answered.
    const early = new CatFileBatch(fixture.dir, { env });
    const pending = early.readMany([oids[4]!]);
    const closing = early.close();
    expect((await pending).get(oids[4]!)?.oid).toBe(oids[4]);
    await closing;
  });
});
