// The signature pool gives the very verdicts and digests one check at a time would: Ed25519 on libuv's thread pool
// (the built dist/, as the CLI runs it), on real ssh-keygen signatures, genuine and tampered side by side.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCommitForHistory } from '../../src/repo/commit-for-history.js';
import { parseCommitObject } from '../../src/repo/commit-object.js';
import { contentFactsOf, parseContent } from '../../src/repo/content-facts.js';
import { verifySshSignature } from '../../src/repo/sshsig.js';
import { createGitFixture, makeSshKey, type GitFixture, type SshTestKey } from '../repo/helpers/git-fixture.js';

type Pool = typeof import('../../src/repo/signature-pool.js');
const built = fileURLToPath(new URL('../../dist/repo/signature-pool.js', import.meta.url));

let fixture: GitFixture;
let key: SshTestKey;
let other: SshTestKey;
let signatureWork: Pool['signatureWork'];
let MIN_SIGNATURES_FOR_THREADS: number;

beforeAll(async () => {
  expect(existsSync(built), 'npm test builds dist/ before the tests run').toBe(true);
  ({ signatureWork, MIN_SIGNATURES_FOR_THREADS } = (await import(pathToFileURL(built).href)) as Pool);
  fixture = await createGitFixture();
  key = await makeSshKey(fixture.home, 'pool-key');
  other = await makeSshKey(fixture.home, 'pool-other');
});
afterAll(() => fixture?.cleanup());

async function signedObject(message: string, signWith: SshTestKey): Promise<Buffer> {
  const oid = await fixture.commit({ message, files: { [`${message}.txt`]: message }, signWith });
  return Buffer.from((await fixture.git(['cat-file', 'commit', oid])).stdout, 'utf8');
}

async function signedCommit(message: string, signWith: SshTestKey) {
  return parseCommitObject(await signedObject(message, signWith));
}

describe('signature pool', () => {
  test('the thread pool verifies exactly as a check on the main thread: genuine passes, every forgery fails', async () => {
    const genuine = await signedCommit('genuine', key);
    const byOther = await signedCommit('other', other);
    await fixture.allowSigners([key, other]);
    expect((await fixture.git(['verify-commit', 'HEAD'], { allowFailure: true })).code, 'git itself accepts the signature').toBe(0);
    const tampered = Buffer.from(genuine.payload);
    tampered[tampered.indexOf('genuine')] = 'G'.charCodeAt(0);
    const items = [
      { armored: genuine.gpgsig!, message: genuine.payload },
      { armored: genuine.gpgsig!, message: tampered },
      // another commit's signature moved onto this content
      { armored: byOther.gpgsig!, message: genuine.payload },
      { armored: byOther.gpgsig!, message: byOther.payload },
      { armored: genuine.gpgsig!.replace(/[A-Za-z](?=[A-Za-z0-9+/]*=*\s*-----END)/, (c) => (c === 'A' ? 'B' : 'A')), message: genuine.payload },
      { armored: 'not a signature', message: genuine.payload },
    ];
    // Far more than the batch that goes to the thread pool, in an order that mixes good and bad throughout.
    const many = Array.from({ length: 700 }, (_, index) => items[index % items.length]!);
    expect(many.length).toBeGreaterThan(MIN_SIGNATURES_FOR_THREADS);
    const work = signatureWork();
    const verdicts = await work.verify(many);
    many.forEach((item, index) => {
      const inline = verifySshSignature(item.armored, Buffer.from(item.message));
      expect(verdicts[index], `item ${index}`).toEqual(inline.ok ? { ok: true, fingerprint: inline.fingerprint } : inline);
    });
    const good = verdicts.filter((verdict) => verdict.ok);
    expect(good).toHaveLength(many.filter((item) => item === items[0] || item === items[3]).length);
    expect(verdicts[0]).toEqual({ ok: true, fingerprint: key.fingerprint });
    expect(verdicts[1]).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verdicts[2]).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verdicts[3]).toEqual({ ok: true, fingerprint: other.fingerprint });
    expect(verdicts[5]).toMatchObject({ ok: false, reason: 'malformed' });
    // A batch too small for the thread pool gets the same answers on the main thread.
    expect(await work.verify(many.slice(0, 12))).toEqual(verdicts.slice(0, 12));
    expect(await signatureWork({ threads: false }).verify(many.slice(0, 100))).toEqual(verdicts.slice(0, 100));
  });

  test('the SSHSIG bytes the history takes out of a commit get the verdicts of the armored text, in the pool and alone', async () => {
    await fixture.allowSigners([key, other]);
    const objects = [await signedObject('bytes-genuine', key), await signedObject('bytes-other', other)];
    const reads = objects.map((bytes) => readCommitForHistory(bytes, true).check!);
    const parsed = objects.map((bytes) => parseCommitObject(bytes));
    expect(reads.every((check) => check.sshsig !== undefined), 'both are read from their bytes').toBe(true);
    const tampered = Buffer.from(reads[0]!.message);
    tampered[tampered.indexOf('bytes-genuine')] = 'B'.charCodeAt(0);
    const items = [reads[0]!, reads[1]!, { sshsig: reads[1]!.sshsig!, message: reads[0]!.message }, { sshsig: reads[0]!.sshsig!, message: tampered }, { sshsig: Buffer.alloc(10), message: tampered }];
    const armored = [
      { armored: parsed[0]!.gpgsig!, message: parsed[0]!.payload },
      { armored: parsed[1]!.gpgsig!, message: parsed[1]!.payload },
      { armored: parsed[1]!.gpgsig!, message: parsed[0]!.payload },
      { armored: parsed[0]!.gpgsig!, message: tampered },
      { armored: 'not a signature', message: tampered },
    ];
    const many = Array.from({ length: 300 }, (_, index) => items[index % items.length]!);
    const expected = Array.from({ length: 300 }, (_, index) => {
      const { armored: text, message } = armored[index % armored.length]!;
      const inline = verifySshSignature(text, message);
      return inline.ok ? { ok: true, fingerprint: inline.fingerprint } : inline;
    });
    expect(expected.slice(0, 5).map((verdict) => (verdict.ok ? 'ok' : verdict.reason))).toEqual(['ok', 'ok', 'bad-signature', 'bad-signature', 'malformed']);
    expect(await signatureWork().verify(many)).toEqual(expected);
    expect(await signatureWork({ threads: false }).verify(many.slice(0, 20))).toEqual(expected.slice(0, 20));
  });

  test('digests a slice at a time equal one at a time, and content that cannot be digested fails as it would alone', async () => {
    const texts = [
      'kind: compact\nyear: 2024\nparties: [a, b]\nsubject: Giao ước\n',
      'kind: compact\n# a comment does not change the digest\nsubject: Giao ước\nyear: 2024\nparties: [a, b]\n',
      'kind: [unclosed\n',
      'a: 1\na: 2\n',
      'Cafe\u0301: "e\u0301"\n',
    ];
    const contents = Array.from({ length: 120 }, (_, index) => Buffer.from(texts[index % texts.length]!, 'utf8'));
    const work = signatureWork();
    const digests = await work.digest(contents);
    contents.forEach((bytes, index) => expect(digests[index]).toEqual(contentFactsOf(parseContent(bytes))));
    expect(digests[0]!.digest).toBe(digests[1]!.digest);
    expect(digests[2]!.digest).toBe('unreadable');
    expect(digests[3]!.digest).toBe('unreadable');
    // A number with no canonical form throws on the main thread; through the pool it throws the same.
    const infinite = Buffer.from('kind: compact\nscore: .inf\n');
    expect(() => contentFactsOf(parseContent(infinite))).toThrow(/not finite/);
    await expect(work.digest([...contents.slice(0, 50), infinite])).rejects.toThrow(/not finite/);
  });
});
