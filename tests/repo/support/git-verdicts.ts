// git's own verdict (%G?) on every commit, to cross-check the in-process verification against.
import { expect } from 'vitest';
import { parseCommitObject } from '../../../src/repo/commit-object.js';
import { verifySshSignature } from '../../../src/repo/sshsig.js';
import type { SshTestKey } from '../helpers/git-fixture.js';
import type { DocumentRepo } from './document-repo.js';

export async function gitVerdicts(repo: DocumentRepo): Promise<Map<string, string>> {
  const log = await repo.fixture.git(['log', '--format=%H %G?']);
  return new Map(log.stdout.trim().split('\n').map((line) => line.split(' ') as [string, string]));
}

/**
 * With `allowed` as git's allowed signers, git says G exactly when the in-process check finds a good
 * signature by one of those keys; N when there is no signature at all. Checked on every commit of HEAD.
 */
export async function expectGitAgrees(repo: DocumentRepo, allowed: SshTestKey[]): Promise<Map<string, string>> {
  await repo.fixture.allowSigners(allowed);
  const verdicts = await gitVerdicts(repo);
  const fingerprints = new Set(allowed.map((key) => key.fingerprint));
  for (const [oid, verdict] of verdicts) {
    const commit = parseCommitObject(Buffer.from((await repo.fixture.git(['cat-file', 'commit', oid])).stdout, 'utf8'));
    if (!commit.gpgsig) {
      expect(verdict, oid).toBe('N');
      continue;
    }
    const ours = verifySshSignature(commit.gpgsig, commit.payload);
    const good = ours.ok && fingerprints.has(ours.fingerprint);
    expect(verdict === 'G', `${oid}: git ${verdict}, in-process ${JSON.stringify({ ok: ours.ok, fingerprint: ours.fingerprint })}`).toBe(good);
  }
  return verdicts;
}
