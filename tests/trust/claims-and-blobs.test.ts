// A signature commit covers its tree, hence the blob of the document at the signed path; its Giaouoc-Digest claim
// is a second statement the verdict must still check. These cases pin that down for every route a verdict takes
// (no cache, first run, remembered), so that no shortcut by blob id can let a claim decide.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { inspectSignatures, type PartySignature } from '../../src/repo/verify.js';
import { COMPACT, claimSignature, createDocumentRepo, digestOf, type DocumentRepo } from '../repo/support/document-repo.js';

const A = 'cd-bo-khcn';
const B = 'cd-bo-ngoai-giao';
let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

/** A's standing on COMPACT with no cache, then on a first cached run, then remembered: all three must agree. */
async function partyEverywhere(unit: string): Promise<PartySignature> {
  const verdicts: PartySignature[] = [];
  for (const cache of [false, true, true]) {
    const report = await inspectSignatures({ cwd: repo.root, paths: [], env: repo.env(), cache });
    const doc = report.documents.find((item) => item.relative === COMPACT)!;
    verdicts.push([...doc.parties, ...doc.others].find((item) => item.unit === unit)!);
  }
  expect(verdicts[1]).toEqual(verdicts[0]);
  expect(verdicts[2]).toEqual(verdicts[0]);
  return verdicts[0]!;
}

describe('a claim is checked against the content, whatever the blob ids say', () => {
  test("the working blob equals the signed blob, but the key holder's digest claim is another content's: invalid", async () => {
    repo = await createDocumentRepo([A, B]);
    await repo.sign(A);
    const wrong = `sha256:${'0'.repeat(64)}`;
    const forged = await claimSignature(repo, { party: A, digest: wrong }, repo.keys.get(A));
    const party = await partyEverywhere(A);
    expect(party).toMatchObject({ status: 'invalid', commit: forged, problem: { code: 'digest-mismatch', claimed: wrong, actual: await digestOf(repo, COMPACT) } });
  });

  test('a claim without a digest, over the very blob in the working folder: invalid', async () => {
    repo = await createDocumentRepo([A, B]);
    const forged = await repo.fixture.commit({
      message: 'Ký: Giao ước thi đua năm 2024',
      signWith: repo.keys.get(A),
      trailers: [`Giaouoc-Document: ${COMPACT}`, `Giaouoc-Party: ${A}`, 'Giaouoc-Signer: Người ký'],
    });
    expect(await partyEverywhere(A)).toMatchObject({ status: 'invalid', commit: forged, problem: { code: 'digest-mismatch' } });
  });

  test('another blob swapped into the working folder after signing: stale; the same content written differently: valid', async () => {
    repo = await createDocumentRepo([A, B]);
    await repo.sign(A);
    const file = join(repo.root, COMPACT);
    const signed = await readFile(file, 'utf8');
    await writeFile(file, signed.replace('theme: >-\n  Đổi mới sáng tạo', 'theme: >-\n  Nội dung đã đổi'));
    expect(await partyEverywhere(A)).toMatchObject({ status: 'stale' });
    // A comment and a blank line: another blob id, the same document.
    await writeFile(file, `# ghi chú\n\n${signed}`);
    expect(await partyEverywhere(A)).toMatchObject({ status: 'valid' });
  });

  test('a signature commit whose tree lacks the signed path, claiming the digest of a document that exists: invalid', async () => {
    repo = await createDocumentRepo([A, B]);
    await repo.sign(A);
    const forged = await claimSignature(repo, { document: '2024/khong-co.yaml', party: A, digest: await digestOf(repo, COMPACT) }, repo.keys.get(A));
    expect(await partyEverywhere(A)).toMatchObject({ status: 'invalid', commit: forged, problem: { code: 'document-missing' } });
  });
});
