// verify and status remembered for a HEAD: a second run reads no history, and any changed input is judged again.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { inspectSignatures } from '../../src/repo/verify.js';
import { COMPACT, claimSignature, createDocumentRepo, digestOf, type DocumentRepo } from '../repo/support/document-repo.js';

const A = 'cd-bo-khcn';
let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

async function inspect(trace?: string) {
  const env = { ...repo.env(), ...(trace ? { GIT_TRACE: trace } : {}) };
  const report = await inspectSignatures({ cwd: repo.root, paths: [], env });
  return report.documents.find((doc) => doc.relative === COMPACT)!;
}

describe('verdicts remembered for a HEAD', () => {
  test('a second run reads no history; a new commit, an edit or a pinned registrar is judged again', async () => {
    repo = await createDocumentRepo([A]);
    await repo.sign(A);
    const first = await inspect();
    expect(first.parties.find((party) => party.unit === A)).toMatchObject({ status: 'valid' });
    const trace = join(repo.fixture.home, 'git-trace');
    const again = await inspect(trace);
    expect(again).toEqual(first);
    const commands = readFileSync(trace, 'utf8');
    expect(commands).toMatch(/rev-parse/);
    expect(commands).not.toMatch(/rev-list|cat-file|git log/);
    rmSync(trace);

    const forged = await claimSignature(repo, { party: 'cd-bo-khcn', digest: await digestOf(repo, COMPACT) });
    const afterCommit = await inspect();
    expect(afterCommit.others.find((party) => party.unit === A)).toMatchObject({ commit: forged, status: 'invalid' });

    await repo.edit(COMPACT, (text) => text.replace(/^(subject|title): (.*)$/m, '$1: $2 (sửa)'));
    expect((await inspect()).parties.find((party) => party.unit === A)).toMatchObject({ status: 'stale' });
    const pinned = await inspectSignatures({ cwd: repo.root, paths: [], env: { ...repo.env(), GIAOUOC_REGISTRARS: 'SHA256:nobody' } });
    expect(pinned.documents.find((doc) => doc.relative === COMPACT)!.parties.find((party) => party.unit === A)).toMatchObject({ status: 'invalid', problem: { code: 'unregistered-key' } });
  });
});

describe('working documents known by stat data', () => {
  test('an edit that keeps the size and the modification time is still judged (ctime)', async () => {
    repo = await createDocumentRepo([A]);
    await repo.sign(A);
    const file = join(repo.root, COMPACT);
    // Older than the racy window, so that the first run may vouch for the file by its stat data.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await inspect()).parties.find((party) => party.unit === A)).toMatchObject({ status: 'valid' });
    expect((await inspect()).parties.find((party) => party.unit === A)).toMatchObject({ status: 'valid' });
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/^(subject|title): (.)/m, (_line, key: string, first: string) => `${key}: ${first === 'X' ? 'Y' : 'X'}`);
    expect(edited.length).toBe(text.length);
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    expect((await inspect()).parties.find((party) => party.unit === A)).toMatchObject({ status: 'stale' });
  });

  test('what is remembered stays one entry per document however many commits pass', async () => {
    repo = await createDocumentRepo([A]);
    await repo.sign(A);
    const size = () => folderSize(join(repo.fixture.home, 'cache'), 'reports');
    await inspect();
    const first = size();
    for (let round = 0; round < 6; round++) {
      await repo.fixture.commit({ message: `Ghi chú ${round}`, files: { [`ghi-chu-${round}.txt`]: `${round}\n` } });
      await inspect();
    }
    // Six more HEADs: the remembered verdicts are overwritten, not multiplied.
    expect(first).toBeGreaterThan(0);
    expect(size()).toBeLessThan(first * 1.3);
  });
});

/** Bytes of the files in the folders named `store` under `dir`. */
function folderSize(dir: string, store: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.bin') && entry.parentPath.endsWith(`/${store}`))
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}
