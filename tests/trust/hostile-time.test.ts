// A commit's time is whatever its author wrote. A pull request carrying a time past anything a date can show made
// verify, status and log fail with "RangeError: Invalid time value" for everyone, on every run: one commit could
// stop a repository's checks. Such a claim is now judged like any other (here: unsigned) and dated as git dates it.
import { afterEach, describe, expect, test } from 'vitest';
import { statusCommand } from '../../src/commands/status.js';
import { documentLog } from '../../src/repo/document-log.js';
import { inspectSignatures } from '../../src/repo/verify.js';
import { FIXTURE_IDENTITY, FIXTURE_TZ } from '../repo/helpers/git-fixture.js';
import { capture } from '../repo/support/capture.js';
import { COMPACT, createDocumentRepo, digestOf, type DocumentRepo } from '../repo/support/document-repo.js';

const A = 'cd-bo-khcn';
const C = 'cd-bo-tu-phap';
let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

describe('a commit dated past what a date can show', () => {
  test('verify, status and log judge it and print the date git prints', async () => {
    repo = await createDocumentRepo([A]);
    const { commit: signed } = await repo.sign(A);
    const who = `${FIXTURE_IDENTITY.name} <${FIXTURE_IDENTITY.email}>`;
    const message = `Ký hộ\n\nGiaouoc-Document: ${COMPACT}\nGiaouoc-Party: ${C}\nGiaouoc-Signer: Người ký\nGiaouoc-Digest: ${await digestOf(repo, COMPACT)}\n`;
    const stream = `commit refs/heads/main\ncommitter ${who} 99999999999999999 ${FIXTURE_TZ}\ndata ${Buffer.byteLength(message)}\n${message}\nfrom refs/heads/main^0\n`;
    await repo.fixture.git(['fast-import', '--quiet', '--date-format=raw-permissive'], { input: stream });
    expect((await repo.fixture.git(['log', '-1', '--format=%cI'])).stdout).toContain('1970-01-01T00:00:00+00:00');

    for (const cache of [false, true]) {
      const report = await inspectSignatures({ cwd: repo.root, paths: [], env: repo.env(), cache });
      const parties = report.documents.find((doc) => doc.relative === COMPACT)!.parties;
      expect(parties.find((party) => party.unit === A)).toMatchObject({ status: 'valid', commit: signed });
      expect(parties.find((party) => party.unit === C)).toMatchObject({ status: 'invalid', problem: { code: 'unsigned' }, signedAt: '1970-01-01T00:00:00+00:00' });
    }
    const log = await documentLog({ cwd: repo.root, file: COMPACT, env: repo.env() });
    expect(JSON.stringify(log)).toContain('1970-01-01T00:00:00+00:00');
    const out = capture(repo.root, repo.env());
    expect(await statusCommand({ lang: 'vi' }, out.ctx)).toBeLessThan(2);
    expect(out.stderr()).not.toContain('RangeError');
  });
});
