// `sign` refuses, with one sentence that says what to do, anything it cannot honestly sign.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diffCommand } from '../../src/commands/diff.js';
import { signCommand } from '../../src/commands/sign.js';
import { signDocument } from '../../src/repo/sign.js';
import { capture } from './support/capture.js';
import { COMPACT, createDocumentRepo, type DocumentRepo } from './support/document-repo.js';

const A = 'cd-bo-khcn';
const B = 'cd-bo-ngoai-giao';
let repo: DocumentRepo;

beforeAll(async () => {
  repo = await createDocumentRepo([A, B]);
});
afterAll(() => repo?.fixture.cleanup());

const refusal = (vi: RegExp) => expect.objectContaining({ exitCode: 1, text: expect.objectContaining({ vi: expect.stringMatching(vi) }) });

describe('sign refuses', () => {
  test("a key that is not the unit's registered key", async () => {
    await expect(repo.sign(A, { key: repo.keys.get(B) })).rejects.toEqual(
      refusal(/^khóa SHA256:\S+ không phải khóa đã đăng ký của "cd-bo-khcn" \(SHA256:\S+\); hãy ký bằng đúng khóa của đơn vị$/),
    );
  });

  test('a party without a registered key', async () => {
    await expect(repo.sign('cd-bo-tu-phap', { key: repo.keys.get(A) })).rejects.toEqual(refusal(/^đơn vị "cd-bo-tu-phap" chưa đăng ký khóa ký; hãy chạy `giaouoc key new cd-bo-tu-phap`/));
  });

  test('a document with uncommitted changes, saying how to commit it', async () => {
    const file = join(repo.root, COMPACT);
    const { readFile } = await import('node:fs/promises');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('value: 100', 'value: 99'));
    try {
      await expect(repo.sign(A)).rejects.toEqual(refusal(/^văn bản 2024\/giao-uoc-khoi-thi-dua-1\.yaml có thay đổi chưa commit; hãy commit trước khi ký: git add /));
      const diff = capture(repo.root, repo.env());
      expect(await diffCommand(COMPACT, [], { lang: 'vi' }, diff.ctx)).toBe(0);
      expect(diff.stdout()).toBe(
        '2024/giao-uoc-khoi-thi-dua-1.yaml: HEAD → tệp đang sửa\n- Sửa mức chỉ tiêu của chỉ tiêu thứ nhất (ty-le-hoc-tap-nghi-quyet) thuộc nội dung giao ước thứ nhất (hoc-tap-nghi-quyet): «100» → «99»\n',
      );
    } finally {
      await writeFile(file, original);
    }
  });

  test('a document that does not validate', async () => {
    const broken = '2024/giao-uoc-hong.yaml';
    await repo.fixture.commit({ message: 'Bản lỗi', files: { [broken]: 'kind: compact\nyear: 2024\nissuer: khoi-thi-dua-1\n' } });
    await expect(repo.sign(A, { file: broken })).rejects.toEqual(refusal(/^văn bản 2024\/giao-uoc-hong\.yaml chưa hợp lệ \(\d+ lỗi\); hãy chạy `giaouoc validate 2024\/giao-uoc-hong\.yaml`/));
    await repo.fixture.git(['rm', '-q', broken]);
    await repo.fixture.commit({ message: 'Bỏ bản lỗi' });
  });

  test('a draft whose date leaves the day blank', async () => {
    const { readFile } = await import('node:fs/promises');
    const original = await readFile(join(repo.root, COMPACT), 'utf8');
    await repo.fixture.commit({ message: 'Bản nháp chưa ghi ngày', files: { [COMPACT]: original.replace('date: 2024-03-01', 'date: 2024-03') } });
    try {
      await expect(repo.sign(A)).rejects.toEqual(refusal(/^văn bản 2024\/giao-uoc-khoi-thi-dua-1\.yaml chưa ghi đủ ngày ban hành \(2024-03\); hãy ghi ngày ký/));
    } finally {
      await repo.fixture.commit({ message: 'Ghi đủ ngày', files: { [COMPACT]: original } });
    }
  });

  test('a document with a «✎ …» blank the author has not filled, at its line and column', async () => {
    const { readFile } = await import('node:fs/promises');
    const original = await readFile(join(repo.root, COMPACT), 'utf8');
    const blank = original.replace('theme: >-\n  Đổi mới sáng tạo,', 'theme: >-\n  «✎ Chủ đề thi đua năm 2024» Đổi mới sáng tạo,');
    expect(blank).not.toBe(original);
    await repo.fixture.commit({ message: 'Còn chỗ trống', files: { [COMPACT]: blank } });
    try {
      await expect(repo.sign(A)).rejects.toEqual(refusal(/^2024\/giao-uoc-khoi-thi-dua-1\.yaml còn chỗ trống «✎ …» chưa điền \(dòng:cột 27:8\); hãy điền nội dung thật$/));
    } finally {
      await repo.fixture.commit({ message: 'Điền chủ đề', files: { [COMPACT]: original } });
    }
  });

  test('a document whose signature block names no signer, at the line of that block', async () => {
    const plan = '2024/ke-hoach-khong-ten.yaml';
    const text = (signature: string) =>
      `kind: plan\nyear: 2024\nissuer: ${A}\ndate: 2024-03-01\nbody:\n  - Kế hoạch một đoạn.\n${signature}`;
    await repo.fixture.commit({ message: 'Kế hoạch chưa có người ký', files: { [plan]: text('signature:\n  authority: TM. BAN CHẤP HÀNH\n  title: Chủ tịch\n') } });
    try {
      const refused = repo.sign(A, { file: plan });
      await expect(refused).rejects.toEqual(refusal(/^2024\/ke-hoach-khong-ten\.yaml:8:3: phần ký chưa ghi họ tên người ký; hãy ghi họ tên vào signature\.name rồi mới ký$/));
      await expect(refused).rejects.toMatchObject({ text: { en: '2024/ke-hoach-khong-ten.yaml:8:3: the signature block names no signer; write the name in signature.name before signing' } });
      await repo.fixture.commit({ message: 'Không có phần ký', files: { [plan]: text('signature: false\n') } });
      await expect(repo.sign(A, { file: plan })).rejects.toEqual(refusal(/^2024\/ke-hoach-khong-ten\.yaml:7:12: văn bản ghi không có phần ký \(signature: false\) nên không ký được;/));
      // Named, the same document signs.
      await repo.fixture.commit({ message: 'Ghi người ký', files: { [plan]: text('signature:\n  authority: TM. BAN CHẤP HÀNH\n  title: Chủ tịch\n  name: Hà Quốc Trung\n') } });
      expect((await repo.sign(A, { file: plan })).signer).toBe('Hà Quốc Trung');
    } finally {
      await repo.fixture.git(['rm', '-q', plan]);
      await repo.fixture.commit({ message: 'Bỏ kế hoạch thử' });
    }
  });

  test('without --key and without git user.signingkey: one clear sentence', async () => {
    await expect(signDocument({ file: COMPACT, unit: A, cwd: repo.root, env: repo.env() })).rejects.toMatchObject({
      exitCode: 2,
      text: { vi: 'chưa biết ký bằng khóa nào: hãy thêm `--key <tệp khóa bí mật>` hoặc đặt `git config user.signingkey <tệp khóa>`' },
    });
  });

  test('with git user.signingkey configured, signs with it and says so', async () => {
    await repo.fixture.git(['config', 'user.signingkey', repo.keys.get(A)!.privateKeyPath]);
    const run = capture(repo.root, repo.env());
    expect(await signCommand(COMPACT, { as: A, lang: 'vi' }, run.ctx)).toBe(0);
    expect(run.stdout()).toMatch(/^Đã ký 2024\/giao-uoc-khoi-thi-dua-1\.yaml thay mặt cd-bo-khcn \(Hà Quốc Trung\) bằng khóa SHA256:\S+: commit [0-9a-f]{7}, mã nội dung sha256:[0-9a-f]{64}\n$/);
    const diff = capture(repo.root, repo.env());
    await diffCommand(COMPACT, [], { lang: 'vi' }, diff.ctx);
    expect(diff.stdout()).toMatch(/^2024\/giao-uoc-khoi-thi-dua-1\.yaml: [0-9a-f]{7} → tệp đang sửa\nNội dung không thay đổi\.\n$/);
    const signature = (await repo.fixture.git(['log', '-1', '--format=%B'])).stdout;
    expect(signature).toMatch(/^Ký: Giao ước thi đua năm 2024 — Công đoàn Bộ Khoa học và Công nghệ\n\nGiaouoc-Document: 2024\/giao-uoc-khoi-thi-dua-1\.yaml\nGiaouoc-Party: cd-bo-khcn\nGiaouoc-Signer: Hà Quốc Trung\nGiaouoc-Digest: sha256:[0-9a-f]{64}\n/);
    const changed = (await repo.fixture.git(['diff-tree', '--no-commit-id', '-r', 'HEAD'])).stdout;
    expect(changed).toBe('');
  });
});
