// The 2024 compact of the examples signed by all nine parties: verify, status, log and the renderer's view.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logCommand } from '../../src/commands/log.js';
import { statusCommand } from '../../src/commands/status.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { signatureStates } from '../../src/repo/signature-states.js';
import { inspectSignatures } from '../../src/repo/verify.js';
import { capture } from './support/capture.js';
import { COMPACT, PARTIES, createDocumentRepo, type DocumentRepo } from './support/document-repo.js';
import { gitVerdicts } from './support/git-verdicts.js';

let repo: DocumentRepo;
const signatures: string[] = [];

beforeAll(async () => {
  repo = await createDocumentRepo();
  for (const unit of PARTIES) signatures.push((await repo.sign(unit)).commit);
});
afterAll(() => repo?.fixture.cleanup());

describe('a compact signed by all nine parties', () => {
  test('verify finds every signature valid and exits 0, even with --require-complete', async () => {
    const run = capture(repo.root, repo.env());
    expect(await verifyCommand([], { requireComplete: true, format: 'text', lang: 'vi' }, run.ctx)).toBe(0);
    expect(run.stdout()).toMatch(/^  hợp lệ +Công đoàn Bộ Khoa học và Công nghệ \(Hà Quốc Trung\) 2024-03-01$/m);
    expect(run.stdout()).toContain('1 văn bản: 9 hợp lệ, 0 chưa ký, 0 cần ký lại, 0 không hợp lệ');
    const report = await inspectSignatures({ cwd: repo.root, paths: [COMPACT], env: repo.env() });
    expect(report.documents[0].parties.map((party) => party.status)).toEqual(PARTIES.map(() => 'valid'));
  });

  test('git itself agrees with every verdict', async () => {
    await repo.fixture.allowSigners([...repo.keys.values()]);
    const verdicts = await gitVerdicts(repo);
    expect(signatures.map((commit) => verdicts.get(commit))).toEqual(PARTIES.map(() => 'G'));
  });

  test('status says đã ký trong kho (SSH), 9/9', async () => {
    const run = capture(repo.root, repo.env());
    expect(await statusCommand({ lang: 'vi' }, run.ctx)).toBe(0);
    expect(run.stdout()).toMatch(/^2024\/giao-uoc-khoi-thi-dua-1\.yaml {2}giao ước thi đua {2}2024 {2}khoi-thi-dua-1 {2}9\/9 {2}đã ký trong kho \(SSH\)\s+2024-03-01\n$/);
  });

  test('signatureStates tells the renderer the document is complete, with dates and who signed', async () => {
    const states = await signatureStates(repo.root, [`${repo.root}/${COMPACT}`], repo.env());
    const state = states.get(`${repo.root}/${COMPACT}`)!;
    expect(state.complete).toBe(true);
    expect(Object.keys(state.parties)).toEqual(PARTIES);
    expect(state.parties['cd-bo-khcn']).toEqual({
      status: 'valid',
      signedAt: expect.stringMatching(/^2024-03-01T08:\d\d:00\+07:00$/),
      signer: { name: 'Hà Quốc Trung', title: 'Chủ tịch', authority: 'TM. BAN CHẤP HÀNH' },
    });
    expect(state.digest).toMatch(/^sha256:/);
    expect(state.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  test('log lists the revision with the nine signatures made on it', async () => {
    const run = capture(repo.root, repo.env());
    expect(await logCommand(COMPACT, { lang: 'vi' }, run.ctx)).toBe(0);
    const lines = run.stdout().trim().split('\n');
    expect(lines[0]).toMatch(/^[0-9a-f]{7} 2024-03-01 Hà Quốc Trung: Dự thảo giao ước thi đua 2024$/);
    expect(lines.slice(1).filter((line) => line.startsWith('    đã ký '))).toHaveLength(9);
  });
});
