// Every way a signature can be wrong must be detected by verify AND explained in one Vietnamese sentence;
// each verdict on the cryptography is cross-checked against git's own (%G?).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { diffCommand } from '../../src/commands/diff.js';
import { logCommand } from '../../src/commands/log.js';
import { statusCommand } from '../../src/commands/status.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { explainProblem, staleChanges } from '../../src/output/signatures-text.js';
import { inspectSignatures, type DocumentSignatures, type PartySignature } from '../../src/repo/verify.js';
import { makeSshKey, type SshTestKey } from './helpers/git-fixture.js';
import { capture } from './support/capture.js';
import { COMPACT, claimSignature, createDocumentRepo, digestOf, type DocumentRepo } from './support/document-repo.js';
import { expectGitAgrees } from './support/git-verdicts.js';

const A = 'cd-bo-khcn';
const B = 'cd-bo-ngoai-giao';
const WITNESS = 'cdvc';
const A_NAME = 'Công đoàn Bộ Khoa học và Công nghệ';

let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

async function setup(): Promise<DocumentRepo> {
  repo = await createDocumentRepo([A, B, WITNESS]);
  return repo;
}

async function documentState(file = COMPACT): Promise<DocumentSignatures> {
  const report = await inspectSignatures({ cwd: repo.root, paths: [file], env: repo.env() });
  return report.documents[0];
}

async function partyState(unit: string, file = COMPACT): Promise<{ doc: DocumentSignatures; party: PartySignature; explanation?: string }> {
  const doc = await documentState(file);
  const party = [...doc.parties, ...doc.others].find((item) => item.unit === unit)!;
  const config = await repo.config();
  return { doc, party, explanation: party.problem ? explainProblem(party.problem, party, config).vi : undefined };
}

async function verifyExit(requireComplete = false): Promise<{ code: number; out: string }> {
  const run = capture(repo.root, repo.env());
  const code = await verifyCommand([], { requireComplete, format: 'text', lang: 'vi' }, run.ctx);
  return { code, out: run.stdout() };
}

const registeredKeys = () => [repo.keys.get(A)!, repo.keys.get(B)!, repo.keys.get(WITNESS)!];

describe('verify detects and explains', () => {
  test('an unsigned commit that claims to be a signature', async () => {
    await setup();
    const forged = await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) });
    const { party, explanation } = await partyState(A);
    expect(party).toMatchObject({ status: 'invalid', commit: forged, problem: { code: 'unsigned' } });
    expect(explanation).toBe(
      `commit ${forged.slice(0, 7)} ghi là chữ ký của ${A_NAME} nhưng không mang chữ ký SSH nào — có thể là commit giả, hoặc chữ ký đã mất khi lịch sử bị viết lại (rebase, amend); ${A_NAME} cần ký lại`,
    );
    const { code, out } = await verifyExit();
    expect(code).toBe(1);
    expect(out).toContain('không mang chữ ký SSH nào');
    const json = capture(repo.root, repo.env());
    expect(await verifyCommand([], { requireComplete: false, format: 'json', lang: 'en' }, json.ctx)).toBe(1);
    const entry = JSON.parse(json.stdout()).documents[0].parties.find((item: { unit: string }) => item.unit === A);
    expect(entry).toMatchObject({ status: 'invalid', commit: forged, problem: { code: 'unsigned', message: expect.stringMatching(/^commit \w{7} claims to be .* but carries no SSH signature/) } });
    const log = capture(repo.root, repo.env());
    await logCommand(COMPACT, { lang: 'vi' }, log.ctx);
    expect(log.stdout()).toContain(`    chữ ký không hợp lệ ${A_NAME} (Người ký) 2024-03-01: commit ${forged.slice(0, 7)} ghi là chữ ký`);
    expect((await expectGitAgrees(repo, registeredKeys())).get(forged)).toBe('N');
  });

  test('a signature made with an unregistered key', async () => {
    await setup();
    const stranger = await makeSshKey(repo.fixture.home, 'stranger');
    const forged = await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) }, stranger);
    const { party, explanation } = await partyState(A);
    expect(party).toMatchObject({ status: 'invalid', problem: { code: 'unregistered-key', fingerprint: stranger.fingerprint } });
    expect(explanation).toBe(`commit ${forged.slice(0, 7)} được ký bằng khóa ${stranger.fingerprint}, không phải khóa đã đăng ký của ${A_NAME} vào lúc ký`);
    expect((await verifyExit()).code).toBe(1);
    expect((await expectGitAgrees(repo, registeredKeys())).get(forged)).not.toBe('G');
  });

  test("a signature made with another party's key", async () => {
    await setup();
    const forged = await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) }, repo.keys.get(B));
    const { party, explanation } = await partyState(A);
    expect(party).toMatchObject({ status: 'invalid', problem: { code: 'other-party-key', owner: B } });
    expect(explanation).toBe(`commit ${forged.slice(0, 7)} ghi là chữ ký của ${A_NAME} nhưng được ký bằng khóa của Công đoàn Bộ Ngoại giao`);
    expect((await verifyExit()).code).toBe(1);
    // git only knows the key is allowed; binding a key to a party is the registry's job.
    expect((await expectGitAgrees(repo, registeredKeys())).get(forged)).toBe('G');
  });

  test('the content edited in a later commit: stale, with the fields that changed', async () => {
    await setup();
    await repo.sign(A);
    await repo.edit(COMPACT, (text) => text.replace('theme: >-\n  Đổi mới sáng tạo', 'theme: >-\n  Sáng tạo đổi mới'));
    const { doc, party } = await partyState(A);
    expect(party.status).toBe('stale');
    expect(staleChanges(doc, party).map((change) => change.vi)).toEqual([expect.stringMatching(/^Sửa chủ đề thi đua: «Đổi mới sáng tạo, .*» → «Sáng tạo đổi mới, .*»$/)]);
    expect(doc.state).toBe('resign');
    expect((await verifyExit()).code).toBe(0);
    const strict = await verifyExit(true);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/cần ký lại +Công đoàn Bộ Khoa học và Công nghệ/);
    const status = capture(repo.root, repo.env());
    await statusCommand({ lang: 'vi' }, status.ctx);
    expect(status.stdout()).toMatch(/0\/9 {2}cần ký lại/);
    const diff = capture(repo.root, repo.env());
    await diffCommand(COMPACT, ['HEAD~1', 'HEAD'], { lang: 'vi' }, diff.ctx);
    expect(diff.stdout()).toMatch(/^2024\/giao-uoc-khoi-thi-dua-1\.yaml: HEAD~1 → HEAD\n- Sửa chủ đề thi đua: «Đổi mới sáng tạo, .*» → «Sáng tạo đổi mới, .*»\n$/);
    await expectGitAgrees(repo, registeredKeys());
  });

  test('the content edited in a rebased history: the replayed signature lost its SSH signature', async () => {
    await setup();
    const base = (await repo.fixture.git(['rev-parse', 'HEAD'])).stdout.trim();
    const signed = (await repo.sign(A)).commit;
    await repo.fixture.git(['branch', 'edited', base]);
    await repo.fixture.git(['switch', '-q', 'edited']);
    await repo.edit(COMPACT, (text) => text.replace('theme: >-\n  Đổi mới sáng tạo', 'theme: >-\n  Sáng tạo đổi mới'));
    await repo.fixture.git(['switch', '-q', 'main']);
    await repo.fixture.git(['rebase', '-q', 'edited']);
    const replayed = (await repo.fixture.git(['rev-parse', 'HEAD'])).stdout.trim();
    expect(replayed).not.toBe(signed);
    const { party, explanation } = await partyState(A);
    expect(party).toMatchObject({ status: 'invalid', commit: replayed, problem: { code: 'unsigned' } });
    expect(explanation).toContain('chữ ký đã mất khi lịch sử bị viết lại (rebase, amend)');
    expect((await expectGitAgrees(repo, registeredKeys())).get(replayed)).toBe('N');
  });

  test('the content edited in a rebased history that kept the old signature header', async () => {
    await setup();
    const base = (await repo.fixture.git(['rev-parse', 'HEAD'])).stdout.trim();
    const signed = (await repo.sign(A)).commit;
    await repo.fixture.git(['branch', '-f', 'main-before', signed]);
    await repo.fixture.git(['reset', '-q', '--hard', base]);
    const edited = await repo.edit(COMPACT, (text) => text.replace('theme: >-\n  Đổi mới sáng tạo', 'theme: >-\n  Sáng tạo đổi mới'));
    const raw = (await repo.fixture.git(['cat-file', 'commit', signed])).stdout.replace(`parent ${base}`, `parent ${edited}`);
    const rewritten = await repo.fixture.writeCommitObject(raw);
    await repo.fixture.git(['update-ref', 'HEAD', rewritten]);
    const { party, explanation } = await partyState(A);
    expect(party).toMatchObject({ status: 'invalid', commit: rewritten, problem: { code: 'bad-signature' } });
    expect(explanation).toBe(
      `chữ ký SSH của commit ${rewritten.slice(0, 7)} không khớp với nội dung commit — commit đã bị sửa sau khi ký (ví dụ khi rebase) hoặc chữ ký bị làm giả`,
    );
    expect((await expectGitAgrees(repo, registeredKeys())).get(rewritten)).toBe('B');
  });

  test('the signature trailers of another document copied', async () => {
    await setup();
    const signedDigest = (await repo.sign(A)).digest;
    const other = '2024/giao-uoc-ban-sao.yaml';
    const copy = (await readFile(join(repo.root, COMPACT), 'utf8')).replace('theme: >-\n  Đổi mới sáng tạo', 'theme: >-\n  Bản khác');
    await repo.fixture.commit({ message: 'Thêm bản sao', files: { [other]: copy } });
    const forged = await claimSignature(repo, { document: other, party: A, digest: signedDigest }, repo.keys.get(A));
    const { party, explanation } = await partyState(A, other);
    expect(party).toMatchObject({ status: 'invalid', problem: { code: 'digest-mismatch', claimed: signedDigest } });
    expect(explanation).toMatch(new RegExp(`^mã nội dung ghi trong commit ${forged.slice(0, 7)} \\(sha256:[0-9a-f]{64}\\) không khớp với nội dung văn bản ở phiên bản đó \\(sha256:[0-9a-f]{64}\\) — phần ghi chú ký có thể được chép từ văn bản hoặc phiên bản khác$`));
    expect((await partyState(A)).party.status).toBe('valid');
    await expectGitAgrees(repo, registeredKeys());
  });

  test("a registry change that swaps a party's key after it signed", async () => {
    await setup();
    await repo.sign(A);
    const replacement = await makeSshKey(repo.fixture.home, 'khcn-2025');
    // A replacement counts when the unit's previous key signs it; the attacker's swap is signed by no one.
    await repo.register(A, replacement, repo.keys.get(A));
    const attacker = await makeSshKey(repo.fixture.home, 'attacker');
    const forged = await claimSignature(repo, { party: B, digest: await digestOf(repo, COMPACT) }, attacker);
    await repo.register(B, attacker);

    const rotated = await partyState(A);
    expect(rotated.party).toMatchObject({ status: 'valid', keyReplacedLater: true });
    const { code, out } = await verifyExit();
    expect(out).toContain(`khóa đăng ký của ${A_NAME} đã được thay sau khi ký; chữ ký vẫn giữ giá trị vì được ký bằng khóa đăng ký lúc đó`);

    const swapped = await partyState(B);
    expect(swapped.party).toMatchObject({ status: 'invalid', problem: { code: 'unregistered-key' } });
    expect(swapped.party.registeredLater).toBeFalsy();
    expect(swapped.explanation).toBe(
      `commit ${forged.slice(0, 7)} được ký bằng khóa ${attacker.fingerprint}, không phải khóa đã đăng ký của Công đoàn Bộ Ngoại giao vào lúc ký`,
    );
    expect(code).toBe(1);
    await expectGitAgrees(repo, [...registeredKeys(), replacement, attacker]);
  });

  test('a unit that is not a party signing', async () => {
    await setup();
    await expect(repo.sign(WITNESS)).rejects.toThrow(/cdvc/);
    await expect(repo.sign(WITNESS)).rejects.toMatchObject({ text: { vi: expect.stringMatching(/^đơn vị "cdvc" không phải một bên của văn bản 2024\/giao-uoc-khoi-thi-dua-1\.yaml/) } });
    const forged = await claimSignature(repo, { party: WITNESS, digest: await digestOf(repo, COMPACT) }, repo.keys.get(WITNESS));
    const { party, explanation } = await partyState(WITNESS);
    expect(party).toMatchObject({ status: 'invalid', party: false, problem: { code: 'not-a-party' } });
    expect(explanation).toMatch(new RegExp(`^Công đoàn Viên chức Việt Nam không phải một bên của văn bản \\(các bên: cd-bo-khcn, .*\\), nên chữ ký trong commit ${forged.slice(0, 7)} không có giá trị$`));
    expect((await verifyExit()).code).toBe(1);
    await expectGitAgrees(repo, registeredKeys());
  });

  test('a document moved after signing keeps its signature; moved and edited, it is stale', async () => {
    await setup();
    await repo.sign(A);
    const moved = '2024/giao-uoc-khoi-1.yaml';
    await repo.fixture.git(['mv', COMPACT, moved]);
    await repo.fixture.commit({ message: 'Đổi tên tệp giao ước' });
    expect((await partyState(A, moved)).party).toMatchObject({ status: 'valid' });
    await repo.edit(moved, (text) => text.replace('value: 100', 'value: 90'));
    const { doc, party } = await partyState(A, moved);
    expect(party.status).toBe('stale');
    expect(staleChanges(doc, party).map((change) => change.vi)).toEqual([
      'Sửa mức chỉ tiêu của chỉ tiêu thứ nhất (ty-le-hoc-tap-nghi-quyet) thuộc nội dung giao ước thứ nhất (hoc-tap-nghi-quyet): «100» → «90»',
    ]);
    await expectGitAgrees(repo, registeredKeys());
  });
});
