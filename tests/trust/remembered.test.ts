// verify and status remembered for a HEAD: a second run reads no history, and any changed input is judged again.
import { readFileSync, rmSync } from 'node:fs';
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
