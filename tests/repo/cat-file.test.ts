import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatFileBatch } from '../../src/repo/cat-file.js';
import { GitCommandError, listCommits } from '../../src/repo/git-process.js';
import { parseCommitObject } from '../../src/repo/commit-object.js';
import { verifySshSignature, verifySshSignatures } from '../../src/repo/sshsig.js';
import {
  createGitFixture,
  makeSshKey,
  makeTempDir,
  writeSignedCommitChain,
  type GitFixture,
  type SshTestKey,
} from './helpers/git-fixture.js';

let fixture: GitFixture;
let key: SshTestKey;
const bigFile = randomBytes(3 * 1024 * 1024);
const oids: string[] = [];

beforeAll(async () => {
  fixture = await createGitFixture();
  key = await makeSshKey(fixture.home, 'cd-bnv');
  await fixture.allowSigners([key]);
  oids.push(await fixture.commit({ message: 'Khởi tạo', files: { 'giaouoc.yaml': 'units: []\n' } }));
  oids.push(await fixture.commit({ message: 'Thêm giao ước', files: { '2024/giao-uoc.yaml': 'kind: compact\n' } }));
  oids.push(await fixture.commit({ message: 'Thêm kế hoạch', files: { '2024/ke-hoach.yaml': 'kind: plan\n' } }));
  oids.push(await fixture.commit({ message: 'Sửa giao ước', files: { '2024/giao-uoc.yaml': 'kind: compact\nyear: 2024\n' } }));
  await fixture.git(['hash-object', '-w', '--stdin'], { input: bigFile });
}, 60_000);

afterAll(async () => {
  await fixture.cleanup();
});

describe('CatFileBatch', () => {
  it('reads commits, blobs and missing objects through one process', async () => {
    const batch = new CatFileBatch(fixture.dir, { env: fixture.env });
    const head = await batch.read(oids[3]);
    expect(head).toMatchObject({ oid: oids[3], type: 'commit' });
    expect(head!.content.toString()).toBe((await fixture.git(['cat-file', 'commit', oids[3]])).stdout);
    expect(head!.size).toBe(head!.content.length);

    const blob = await batch.read('HEAD:2024/giao-uoc.yaml');
    expect(blob).toMatchObject({ type: 'blob', content: Buffer.from('kind: compact\nyear: 2024\n') });
    expect(await batch.read('0'.repeat(40))).toBeUndefined();
    expect(await batch.read('HEAD:no/such/file.yaml')).toBeUndefined();
    await batch.close();
  });

  it('answers many reads in flight in the order asked, large objects included', async () => {
    const batch = new CatFileBatch(fixture.dir, { env: fixture.env });
    const bigOid = (await fixture.git(['hash-object', '--stdin'], { input: bigFile })).stdout.trim();
    const names = Array.from({ length: 300 }, (_, i) => (i % 50 === 7 ? bigOid : i % 10 === 3 ? 'f'.repeat(40) : oids[i % 4]));
    const answers = await Promise.all(names.map((name) => batch.read(name)));
    answers.forEach((answer, i) => {
      if (names[i] === 'f'.repeat(40)) expect(answer).toBeUndefined();
      else expect(answer?.oid).toBe(names[i]);
    });
    expect(answers[7]!.content.equals(bigFile)).toBe(true);

    const many = await batch.readMany([oids[0], 'e'.repeat(40), oids[2]]);
    expect([...many.keys()]).toEqual([oids[0], oids[2]]);
    expect(many.get(oids[2])!.content.toString()).toContain('Thêm kế hoạch');
    await batch.close();
  });

  it('turns a git failure into an error naming the command and its stderr', async () => {
    const notRepo = await makeTempDir();
    const batch = new CatFileBatch(notRepo, { env: { ...fixture.env, GIT_CEILING_DIRECTORIES: notRepo } });
    const error = await batch.read(oids[0]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitCommandError);
    expect((error as GitCommandError).command).toBe('git cat-file --batch-command --buffer');
    expect((error as GitCommandError).message).toMatch(/not a git repository/);
    await expect(batch.close()).rejects.toBeInstanceOf(GitCommandError);
    await expect(batch.read(oids[0])).rejects.toBeInstanceOf(GitCommandError);
  });

  it('refuses a name that would break the request line', async () => {
    const batch = new CatFileBatch(fixture.dir, { env: fixture.env });
    await expect(batch.read(`${oids[0]}\n${oids[1]}`)).rejects.toThrow(/Not an object name/);
    expect((await batch.read(oids[1]))?.oid).toBe(oids[1]);
    await batch.close();
    await expect(batch.read(oids[1])).rejects.toThrow(/after close/);
  });
});

describe('listCommits', () => {
  it('lists a range, newest first, optionally limited to paths', async () => {
    expect(await listCommits(fixture.dir, 'HEAD', undefined, { env: fixture.env })).toEqual([...oids].reverse());
    expect(await listCommits(fixture.dir, `${oids[1]}..HEAD`, undefined, { env: fixture.env })).toEqual([oids[3], oids[2]]);
    expect(await listCommits(fixture.dir, 'HEAD', ['2024/giao-uoc.yaml'], { env: fixture.env })).toEqual([oids[3], oids[1]]);
  });

  it('reports an unknown revision with the git command and its stderr', async () => {
    const error = await listCommits(fixture.dir, 'no-such-branch', undefined, { env: fixture.env }).catch((caught) => caught);
    expect(error).toBeInstanceOf(GitCommandError);
    expect(error.message).toMatch(/^"git rev-list --end-of-options no-such-branch" failed \(exit 128\): fatal: .*no-such-branch/);
  });

  it('ignores GIT_DIR and GIT_INDEX_FILE inherited from a hook unless an env is passed', async () => {
    const saved = { dir: process.env.GIT_DIR, index: process.env.GIT_INDEX_FILE };
    process.env.GIT_DIR = '/nonexistent/.git';
    process.env.GIT_INDEX_FILE = '/nonexistent/index';
    try {
      expect(await listCommits(fixture.dir)).toEqual([...oids].reverse());
      const batch = new CatFileBatch(fixture.dir);
      expect((await batch.read(oids[0]))?.type).toBe('commit');
      await batch.close();
      await expect(listCommits(fixture.dir, 'HEAD', undefined, { env: process.env })).rejects.toBeInstanceOf(GitCommandError);
    } finally {
      restore('GIT_DIR', saved.dir);
      restore('GIT_INDEX_FILE', saved.index);
    }
  });
});

describe('verifying a thousand signature commits', () => {
  it('reads them through one cat-file batch and verifies them in-process', async () => {
    const chain = await writeSignedCommitChain(fixture, key, 1000);
    // The chain is signed without ssh-keygen; git's own check on a sample shows the signatures are real.
    for (const oid of [chain[0], chain[499], chain[999]]) {
      expect((await fixture.git(['verify-commit', oid], { allowFailure: true })).code).toBe(0);
    }

    // A checkout in CI holds its commits packed, as a clone delivers them.
    await fixture.git(['repack', '-adq']);

    const started = performance.now();
    const listed = await listCommits(fixture.dir, 'main..bulk', undefined, { env: fixture.env });
    const batch = new CatFileBatch(fixture.dir, { env: fixture.env });
    const objects = await batch.readMany(listed);
    await batch.close();
    const read = performance.now();
    const commits = listed.map((oid) => parseCommitObject(objects.get(oid)!.content));
    const parsed = performance.now();
    const verdicts = await verifySshSignatures(commits.map((commit) => ({ armored: commit.gpgsig!, message: commit.payload })));
    const verified = performance.now();
    const oneByOne = commits.slice(0, 200).map((commit) => verifySshSignature(commit.gpgsig!, commit.payload));
    const perCommitSync = (performance.now() - verified) / oneByOne.length;

    const sample = 20;
    const gitStarted = performance.now();
    await fixture.git(['log', '--format=%G?', `-n${sample}`, 'bulk']);
    const gitPerCommit = (performance.now() - gitStarted) / sample;

    const ms = (from: number, to: number) => `${(to - from).toFixed(0)} ms`;
    process.stdout.write(
      `[bench] ${listed.length} signed commits in ${ms(started, verified)}: rev-list + one cat-file batch ${ms(started, read)}, ` +
        `parse ${ms(read, parsed)}, verify on the thread pool ${ms(parsed, verified)} ` +
        `(one at a time: ${(perCommitSync * 1000).toFixed(0)} µs each); git log %G?: ${gitPerCommit.toFixed(1)} ms per commit\n`,
    );
    const good = verdicts.filter((verdict) => verdict.ok && verdict.fingerprint === key.fingerprint).length;
    expect(oneByOne.every((verdict) => verdict.ok)).toBe(true);
    expect(listed).toEqual([...chain].reverse());
    expect(good).toBe(1000);
  }, 120_000);
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
