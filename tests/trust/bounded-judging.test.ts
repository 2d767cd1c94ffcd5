// The whole-repository run keeps its memory bounded: history read oldest first in slices, a run without cache in
// plain maps, each document's signatures let go once judged. None of that may change a verdict: a history longer
// than a slice, with valid, stale, forged, unsigned and revoked-key signatures and a signature commit that also
// changes another document, is judged the same with the cache off, on a first cached run and from what that run
// remembered.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { keyRevokeCommand } from '../../src/commands/key.js';
import { inspectSignatures, type DocumentSignatures } from '../../src/repo/verify.js';
import { FIXTURE_IDENTITY, FIXTURE_TZ } from '../repo/helpers/git-fixture.js';
import { capture } from '../repo/support/capture.js';
import { COMPACT, claimSignature, createDocumentRepo, digestOf, type DocumentRepo } from '../repo/support/document-repo.js';

const A = 'cd-bo-khcn';
const B = 'cd-bo-ngoai-giao';
const C = 'cd-bo-tu-phap';
const SECOND = '2025/giao-uoc-khoi-thi-dua-1.yaml';
// More commits than history.ts reads in one slice (1,000), so that parents cross slices.
const UNSIGNED_CLAIMS = 1_200;
let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

/** Unsigned commits that claim C's signature of the compact, written at once by git fast-import. */
async function unsignedClaims(count: number, digest: string): Promise<void> {
  const who = `${FIXTURE_IDENTITY.name} <${FIXTURE_IDENTITY.email}>`;
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    const time = Number(repo.fixture.nextDate().slice(1).split(' ')[0]);
    const message = `Ký hộ ${index}\n\nGiaouoc-Document: ${COMPACT}\nGiaouoc-Party: ${C}\nGiaouoc-Signer: Người ký\nGiaouoc-Digest: ${digest}\n`;
    const from = index === 0 ? 'from refs/heads/main^0\n' : '';
    parts.push(`commit refs/heads/main\ncommitter ${who} ${time} ${FIXTURE_TZ}\ndata ${Buffer.byteLength(message)}\n${message}\n${from}`);
  }
  await repo.fixture.git(['fast-import', '--quiet'], { input: parts.join('') });
}

function byParty(doc: DocumentSignatures | undefined, unit: string) {
  return doc?.parties.find((party) => party.unit === unit);
}

describe('a whole-repository run with bounded memory judges as before', () => {
  test('cache off, first cached run and remembered verdicts agree on a mixed history longer than a slice', async () => {
    repo = await createDocumentRepo([A, B, C]);
    const compact = await readFile(join(repo.root, COMPACT), 'utf8');
    await repo.fixture.commit({ message: 'Giao ước năm 2025', files: { [SECOND]: compact.replaceAll('2024', '2025') } });
    const { commit: aSignedCompact } = await repo.sign(A);
    const compactDigest = await digestOf(repo, COMPACT);
    await unsignedClaims(UNSIGNED_CLAIMS, compactDigest);
    // The second document is signed by hand-made (but genuinely SSH-signed) commits: `sign` would validate it first.
    const aSignedSecond = await claimSignature(repo, { party: A, document: SECOND, digest: await digestOf(repo, SECOND) }, repo.keys.get(A));
    await repo.edit(SECOND, (text) => text.replace(/^subject: (.*)$/m, 'subject: $1 (sửa)'));
    // One signature commit that also changes another document: B signs the compact while editing the second.
    const edited = (await readFile(join(repo.root, SECOND), 'utf8')).replace(/\(sửa\)/, '(sửa lần hai)');
    const both = await repo.fixture.commit({
      message: `Ký: Giao ước thi đua năm 2024 — ${B}`,
      files: { [SECOND]: edited },
      signWith: repo.keys.get(B),
      trailers: [`Giaouoc-Document: ${COMPACT}`, `Giaouoc-Party: ${B}`, 'Giaouoc-Signer: Người ký', `Giaouoc-Digest: ${compactDigest}`],
    });
    // C's only real signature claims another content's digest.
    const forged = await claimSignature(repo, { party: C, digest: `sha256:${'0'.repeat(64)}` }, repo.keys.get(C));
    const bSignedSecond = await claimSignature(repo, { party: B, document: SECOND, digest: await digestOf(repo, SECOND) }, repo.keys.get(B));
    const out = capture(repo.root, repo.env());
    expect(await keyRevokeCommand(A, { lang: 'vi', signWith: repo.keys.get(A)!.privateKeyPath }, out.ctx)).toBe(0);
    // After the revocation, A's key signs nothing.
    const afterRevoke = await claimSignature(repo, { party: A, document: SECOND, digest: await digestOf(repo, SECOND) }, repo.keys.get(A));

    const cacheDir = join(repo.fixture.home, 'cache');
    const uncached = await inspectSignatures({ cwd: repo.root, paths: [], env: repo.env(), cache: false });
    expect(storeFolders(cacheDir)).toEqual([]);
    const first = await inspectSignatures({ cwd: repo.root, paths: [], env: repo.env() });
    expect(storeFolders(cacheDir)).toEqual(['reports', 'signatures']);
    const remembered = await inspectSignatures({ cwd: repo.root, paths: [], env: repo.env() });
    expect(first.documents).toEqual(uncached.documents);
    expect(remembered.documents).toEqual(uncached.documents);

    const docs = new Map(uncached.documents.map((doc) => [doc.relative, doc]));
    const compactReport = docs.get(COMPACT);
    expect(byParty(compactReport, A)).toMatchObject({ status: 'valid', commit: aSignedCompact });
    expect(byParty(compactReport, B)).toMatchObject({ status: 'valid', commit: both });
    expect(byParty(compactReport, C)).toMatchObject({ status: 'invalid', commit: forged, problem: { code: 'digest-mismatch' } });
    const second = docs.get(SECOND);
    expect(byParty(second, A)).toMatchObject({ status: 'invalid', commit: afterRevoke, problem: { code: 'unregistered-key' } });
    expect(second?.others).toEqual([]);
    expect(byParty(second, B)).toMatchObject({ status: 'valid', commit: bSignedSecond });
    expect(byParty(second, C)).toMatchObject({ status: 'missing' });
    expect(aSignedSecond).not.toBe(afterRevoke);
  });

  test("a party's later signature decides over its earlier one, whichever slice either is read in", async () => {
    repo = await createDocumentRepo([A]);
    const { commit: early } = await repo.sign(A);
    await unsignedClaims(UNSIGNED_CLAIMS, await digestOf(repo, COMPACT));
    await repo.edit(COMPACT, (text) => text.replace(/^(subject|title): (.*)$/m, '$1: $2 (sửa)'));
    const stale = await inspectSignatures({ cwd: repo.root, paths: [], env: repo.env(), cache: false });
    expect(byParty(stale.documents[0], A)).toMatchObject({ status: 'stale', commit: early });
    const { commit: late } = await repo.sign(A);
    for (const cache of [false, true]) {
      const report = await inspectSignatures({ cwd: repo.root, paths: [], env: repo.env(), cache });
      expect(byParty(report.documents[0], A)).toMatchObject({ status: 'valid', commit: late });
      // The unsigned claims for C (no party of this repository's keys) are reported, not counted.
      expect(byParty(report.documents[0], C)).toMatchObject({ status: 'invalid', problem: { code: 'unsigned' } });
    }
  });
});

/** The signature stores written under the cache folder (none for a run without cache). */
function storeFolders(cacheDir: string): string[] {
  let repos: string[];
  try {
    repos = readdirSync(cacheDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'code').map((entry) => entry.name);
  } catch {
    return [];
  }
  return repos.flatMap((folder) => readdirSync(join(cacheDir, folder)).filter((name) => name === 'signatures' || name === 'reports')).sort();
}

