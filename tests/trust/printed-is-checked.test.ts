// What is printed is what was checked: no value can redraw a terminal line, sign digests the committed blob,
// and a claim that cannot be a signature is reported without voiding a party's real signature.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { run as runMain } from '../../src/main.js';
import { signDocument } from '../../src/repo/sign.js';
import { inspectSignatures } from '../../src/repo/verify.js';
import { validateRepository } from '../../src/validate/run.js';
import { capture } from '../repo/support/capture.js';
import { COMPACT, claimSignature, createDocumentRepo, digestOf, type DocumentRepo } from '../repo/support/document-repo.js';

const A = 'cd-bo-khcn';
const B = 'cd-bo-ngoai-giao';
let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

async function parties() {
  const report = await inspectSignatures({ cwd: repo.root, paths: [COMPACT], env: repo.env() });
  return report.documents[0];
}

describe('the terminal shows what was checked', () => {
  test.each([
    ['plain', { NO_COLOR: '1' }],
    ['coloured', { FORCE_COLOR: '1', NO_COLOR: '' }],
  ])('a signer trailer with CR and ANSI codes cannot make a forged signature read "hợp lệ" (%s)', async (_name, colour) => {
    repo = await createDocumentRepo([A, B]);
    const forgedSigner = `Người ký\r\u001b[2K  \u001b[32mhợp lệ\u001b[0m       Công đoàn Bộ Khoa học\u001b[1A\u202e`;
    await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT), signer: forgedSigner });
    for (const command of [['verify'], ['log', COMPACT]]) {
      const out = capture(repo.root, repo.env());
      Object.assign(out.ctx.env, colour);
      await runMain(command, out.ctx);
      const printed = out.stdout();
      expect(printed).not.toMatch(/[\r\u202e]/);
      // only giaouoc's own colours survive: bold, dim, red, yellow, green and their resets
      for (const code of printed.match(/\u001b\[[0-9;]*[A-Za-z]/g) ?? []) expect(['\u001b[1m', '\u001b[22m', '\u001b[2m', '\u001b[31m', '\u001b[32m', '\u001b[33m', '\u001b[39m']).toContain(code);
      expect(printed).toContain('\\u000d');
      expect(printed).toContain('\\u001b[2K');
    }
  });

  test('validate warns about control and bidi characters and refuses NUL', async () => {
    repo = await createDocumentRepo([A]);
    const file = join(repo.root, COMPACT);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^(subject|title): .*$/m, (line) => `${line.split(':')[0]}: "Giao ước \\u202Ethi đua"`));
    const warned = await validateRepository({ cwd: repo.root, paths: [COMPACT], env: repo.env() });
    expect(warned.issues.find((issue) => issue.code === 'text-control')).toMatchObject({ severity: 'warning', line: expect.any(Number) });
    await writeFile(file, text.replace(/^(subject|title): .*$/m, (line) => `${line.split(':')[0]}: "Giao ước \\0thi đua"`));
    const refused = await validateRepository({ cwd: repo.root, paths: [COMPACT], env: repo.env() });
    expect(refused.issues.find((issue) => issue.code === 'text-nul')).toMatchObject({ severity: 'error' });
  });
});

describe('sign signs what is committed', () => {
  test('a working file hidden by assume-unchanged is not what gets digested', async () => {
    repo = await createDocumentRepo([A]);
    await repo.fixture.git(['update-index', '--assume-unchanged', COMPACT]);
    const file = join(repo.root, COMPACT);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^(subject|title): (.*)$/m, '$1: $2 (bản chưa commit)'));
    await expect(repo.sign(A)).rejects.toThrow(/differs from the file in the working folder/);
  });
});

describe('claims that cannot be signatures', () => {
  test('an unsigned claim after a valid signature is reported without voiding it', async () => {
    repo = await createDocumentRepo([A]);
    await repo.sign(A);
    const forged = await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) });
    const doc = await parties();
    expect(doc.parties.find((party) => party.unit === A)).toMatchObject({ status: 'valid' });
    expect(doc.others.find((party) => party.unit === A)).toMatchObject({ status: 'invalid', commit: forged, problem: { code: 'unsigned' } });
  });

  test('a signature dated before its parent is invalid and does not void the valid one', async () => {
    repo = await createDocumentRepo([A]);
    const valid = await repo.sign(A);
    const early = '2020-01-01T00:00:00+07:00';
    const late = await signDocument({ file: COMPACT, unit: A, key: repo.keys.get(A)!.privateKeyPath, cwd: repo.root, env: { ...repo.env(), GIT_COMMITTER_DATE: early, GIT_AUTHOR_DATE: early } });
    const doc = await parties();
    expect(doc.parties.find((party) => party.unit === A)).toMatchObject({ status: 'valid', commit: valid.commit });
    expect(doc.others.find((party) => party.unit === A)).toMatchObject({ status: 'invalid', commit: late.commit, problem: { code: 'back-dated' } });
  });

  test('a back-dated signature alone is invalid', async () => {
    repo = await createDocumentRepo([A]);
    const early = '2020-01-01T00:00:00+07:00';
    await signDocument({ file: COMPACT, unit: A, key: repo.keys.get(A)!.privateKeyPath, cwd: repo.root, env: { ...repo.env(), GIT_COMMITTER_DATE: early, GIT_AUTHOR_DATE: early } });
    expect((await parties()).parties.find((party) => party.unit === A)).toMatchObject({ status: 'invalid', problem: { code: 'back-dated' } });
  });
});
