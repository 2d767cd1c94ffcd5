// Who may change a unit's key: only the unit's previous key or a pinned registrar; a replaced key signs nothing
// after its replacement, even on a branch dated before it; one key, one unit. Verdicts are cross-checked with git's.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { inspectSignatures } from '../../src/repo/verify.js';
import { keyRevokeCommand } from '../../src/commands/key.js';
import { run as runMain } from '../../src/main.js';
import { makeSshKey } from '../repo/helpers/git-fixture.js';
import { capture } from '../repo/support/capture.js';
import { COMPACT, claimSignature, createDocumentRepo, digestOf, type DocumentRepo } from '../repo/support/document-repo.js';
import { expectGitAgrees } from '../repo/support/git-verdicts.js';

const A = 'cd-bo-khcn';
const B = 'cd-bo-ngoai-giao';
let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

async function party(unit: string, env: NodeJS.ProcessEnv = repo.env()) {
  const report = await inspectSignatures({ cwd: repo.root, paths: [COMPACT], env });
  return report.documents[0].parties.find((item) => item.unit === unit)!;
}

async function commitKeyFile(unit: string, text: string, append = false): Promise<void> {
  const file = join(repo.root, '.giaouoc', 'keys', `${unit}.pub`);
  await mkdir(join(repo.root, '.giaouoc', 'keys'), { recursive: true });
  await (append ? appendFile : writeFile)(file, text);
  await repo.fixture.git(['add', '.giaouoc']);
  await repo.fixture.commit({ message: `khóa ${unit}` });
}

describe('rotating a key stops the old key', () => {
  test('a signature with the old key on a branch from before the rotation, merged afterwards, is invalid', async () => {
    repo = await createDocumentRepo([A, B]);
    const oldKey = repo.keys.get(A)!;
    await repo.fixture.git(['branch', 'old']);
    const newKey = await makeSshKey(repo.fixture.home, 'khcn-moi');
    await repo.register(A, newKey, oldKey);
    await repo.fixture.git(['switch', '-q', 'old']);
    const { commit: backdated } = await repo.sign(A, { key: oldKey });
    await repo.fixture.git(['switch', '-q', 'main']);
    await repo.fixture.git(['merge', '--no-ff', '-q', '-m', 'Gộp nhánh cũ', 'old']);
    expect(await party(A)).toMatchObject({ status: 'invalid', commit: backdated, problem: { code: 'key-replaced', fingerprint: oldKey.fingerprint } });
    const git = await expectGitAgrees(repo, [oldKey, newKey, repo.keys.get(B)!]);
    expect(git.get(backdated)).toBe('G');
  });

  test("a rotation and a signature on a pull request's branch hold through the unsigned merge commit CI checks out", async () => {
    repo = await createDocumentRepo([A, B]);
    await repo.fixture.git(['switch', '-q', '-c', 'pr']);
    const newKey = await makeSshKey(repo.fixture.home, 'khcn-moi');
    await repo.register(A, newKey, repo.keys.get(A));
    const { commit: signedOnBranch } = await repo.sign(A, { key: newKey });
    await repo.fixture.git(['switch', '-q', 'main']);
    await repo.sign(B);
    // As GitHub's refs/pull/N/merge: a merge commit nobody signs.
    await repo.fixture.git(['merge', '--no-ff', '-q', '-m', 'Merge pull request', 'pr']);
    expect(await party(A)).toMatchObject({ status: 'valid', commit: signedOnBranch, fingerprint: newKey.fingerprint });
    expect(await party(B)).toMatchObject({ status: 'valid' });
    const out = capture(repo.root, repo.env());
    expect(await runMain(['verify'], out.ctx)).toBe(0);
    // The same pull request with a signature forged under the other party's name fails the run.
    const attacker = await makeSshKey(repo.fixture.home, 'attacker');
    await claimSignature(repo, { party: B, digest: await digestOf(repo, COMPACT) }, attacker);
    expect(await runMain(['verify'], capture(repo.root, repo.env()).ctx)).toBe(1);
  });

  test('a signature made before the rotation keeps its value', async () => {
    repo = await createDocumentRepo([A]);
    await repo.sign(A);
    await repo.register(A, await makeSshKey(repo.fixture.home, 'khcn-moi'), repo.keys.get(A));
    expect(await party(A)).toMatchObject({ status: 'valid', keyReplacedLater: true });
  });

  test('key revoke: the key signs nothing afterwards, an earlier signature stands', async () => {
    repo = await createDocumentRepo([A, B]);
    await repo.sign(A);
    const out = capture(repo.root, repo.env());
    expect(await keyRevokeCommand(A, { lang: 'vi', signWith: repo.keys.get(A)!.privateKeyPath }, out.ctx)).toBe(0);
    expect(out.stdout()).toMatch(/Đã thu hồi khóa SHA256:/);
    expect(await party(A)).toMatchObject({ status: 'valid' });
    const after = await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) }, repo.keys.get(A));
    expect(await party(A)).toMatchObject({ status: 'invalid', commit: after, problem: { code: 'unregistered-key' } });
  });
});

describe('the key registry is authenticated', () => {
  test("a committer's unsigned swap of another unit's key does not let them sign as it", async () => {
    repo = await createDocumentRepo([A]);
    const attacker = await makeSshKey(repo.fixture.home, 'attacker');
    await repo.register(A, attacker);
    const forged = await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) }, attacker);
    expect(await party(A)).toMatchObject({ status: 'invalid', commit: forged, problem: { code: 'unregistered-key' } });
  });

  test('an appended second key line registers nothing', async () => {
    repo = await createDocumentRepo([A]);
    const attacker = await makeSshKey(repo.fixture.home, 'attacker');
    await commitKeyFile(A, `${attacker.publicKeyLine}\n`, true);
    await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) }, attacker);
    expect(await party(A)).toMatchObject({ status: 'invalid', problem: { code: 'unregistered-key' } });
  });

  test("one key, one unit: A's key copied into B's file does not sign for B", async () => {
    repo = await createDocumentRepo([A, B]);
    await commitKeyFile(B, `${repo.keys.get(A)!.publicKeyLine}\n`);
    await repo.sign(A);
    const forged = await claimSignature(repo, { party: B, digest: await digestOf(repo, COMPACT) }, repo.keys.get(A));
    expect(await party(A)).toMatchObject({ status: 'valid' });
    expect(await party(B)).toMatchObject({ status: 'invalid', commit: forged });
  });

  test('with a registrar pinned, a registration counts only when the registrar signed it', async () => {
    repo = await createDocumentRepo([A]);
    const registrar = await makeSshKey(repo.fixture.home, 'registrar');
    const pinned = () => ({ ...repo.env(), GIAOUOC_REGISTRARS: registrar.fingerprint });
    await repo.sign(A);
    expect(await party(A, pinned())).toMatchObject({ status: 'invalid', problem: { code: 'unregistered-key' } });
    const second = await makeSshKey(repo.fixture.home, 'khcn-2');
    await repo.register(A, second, registrar);
    const { commit } = await repo.sign(A, { key: second });
    expect(await party(A, pinned())).toMatchObject({ status: 'valid', commit });
    // the same pin given on the command line
    const out = capture(repo.root, repo.env());
    expect(await runMain(['verify', '--format', 'json', '--registrar', registrar.fingerprint], out.ctx)).toBe(0);
    expect(JSON.parse(out.stdout()).documents[0].parties.find((item: { unit: string }) => item.unit === A)).toMatchObject({ status: 'valid', commit });
  });
});
