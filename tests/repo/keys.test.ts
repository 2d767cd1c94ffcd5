// The key registry: `key new` keeps the private half outside the repository, every change is a commit.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { keyAddCommand, keyListCommand, keyNewCommand } from '../../src/commands/key.js';
import { capture } from './support/capture.js';
import { createDocumentRepo, type DocumentRepo } from './support/document-repo.js';

let repo: DocumentRepo;
beforeAll(async () => {
  repo = await createDocumentRepo(['cd-bo-khcn']);
});
afterAll(() => repo?.fixture.cleanup());

describe('giaouoc key', () => {
  test('new makes an ed25519 pair under ~/.ssh/giaouoc/<unit>, mode 0600, and commits the public half', async () => {
    const run = capture(repo.root, repo.env());
    expect(await keyNewCommand('cd-bo-tu-phap', { lang: 'vi' }, run.ctx)).toBe(0);
    const privateKey = join(repo.fixture.home, '.ssh', 'giaouoc', 'cd-bo-tu-phap', 'id_ed25519');
    expect((await stat(privateKey)).mode & 0o777).toBe(0o600);
    expect((await stat(join(privateKey, '..'))).mode & 0o777).toBe(0o700);
    expect(run.stdout()).toMatch(/^Đã đăng ký khóa SHA256:\S+ cho cd-bo-tu-phap: commit [0-9a-f]{7}\nKhóa bí mật: .*id_ed25519/);
    const last = await repo.fixture.git(['log', '-1', '--name-only', '--format=%s']);
    expect(last.stdout.trim()).toBe('Đăng ký khóa ký: Công đoàn Bộ Tư pháp\n\n.giaouoc/keys/cd-bo-tu-phap.pub');
  });

  test('new refuses to put a private key inside the repository', async () => {
    const run = capture(repo.root, repo.env());
    await expect(keyNewCommand('cd-bo-khdt', { lang: 'vi', out: 'keys' }, run.ctx)).rejects.toMatchObject({
      text: { vi: expect.stringMatching(/^không được đặt khóa bí mật trong kho/) },
    });
  });

  test('add replaces a key in a commit of its own and refuses a private key file', async () => {
    const run = capture(repo.root, repo.env());
    const other = join(repo.fixture.home, '.ssh', 'giaouoc', 'cd-bo-tu-phap', 'id_ed25519');
    await expect(keyAddCommand('cd-bo-khcn', other, { lang: 'vi' }, run.ctx)).rejects.toMatchObject({ text: { vi: expect.stringMatching(/là khóa bí mật/) } });
    await expect(keyAddCommand('cd-bo-khcn', `${other}.pub`, { lang: 'vi' }, run.ctx)).rejects.toMatchObject({
      text: { vi: expect.stringMatching(/đã được đăng ký cho đơn vị "cd-bo-tu-phap"/) },
    });
    const { makeSshKey } = await import('./helpers/git-fixture.js');
    const fresh = await makeSshKey(repo.fixture.home, 'khcn-new');
    expect(await keyAddCommand('cd-bo-khcn', fresh.publicKeyPath, { lang: 'vi' }, run.ctx)).toBe(0);
    expect(run.stdout()).toContain(`Đã đăng ký khóa ${fresh.fingerprint} cho cd-bo-khcn (thay khóa ${repo.keys.get('cd-bo-khcn')!.fingerprint})`);
    const history = await repo.fixture.git(['log', '--format=%s', '--', '.giaouoc/keys/cd-bo-khcn.pub']);
    expect(history.stdout.trim().split('\n')).toEqual(['Thay khóa ký: Công đoàn Bộ Khoa học và Công nghệ', 'Đăng ký khóa ký: Công đoàn Bộ Khoa học và Công nghệ']);
  });

  test('list shows every unit with its key or its absence', async () => {
    const run = capture(repo.root, repo.env());
    expect(await keyListCommand({ lang: 'vi' }, run.ctx)).toBe(0);
    expect(run.stdout()).toMatch(/^cd-bo-khcn +SHA256:\S+ khcn-new$/m);
    expect(run.stdout()).toMatch(/^cd-bo-tu-phap +SHA256:\S+ cd-bo-tu-phap@giaouoc$/m);
    expect(run.stdout()).toMatch(/^cd-bo-khdt +\(chưa đăng ký khóa\)$/m);
  });
});
