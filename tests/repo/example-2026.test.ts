// The current repository shape (examples-2026): a ward unions' cluster of 2026 validates, signs, verifies and
// renders with real git and ssh-keygen, and prints who signed — including a deputy signing for the chair.
import { cp, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderCommand } from '../../src/commands/render.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { parseSource } from '../../src/documents/parse.js';
import type { RepositoryConfig } from '../../src/kinds/model.js';
import { registerKey } from '../../src/repo/key-registry.js';
import { openLayout } from '../../src/repo/layout.js';
import { signDocument } from '../../src/repo/sign.js';
import { inspectSignatures } from '../../src/repo/verify.js';
import { validateRepository } from '../../src/validate/run.js';
import { createGitFixture, makeSshKey, type GitFixture, type SshTestKey } from './helpers/git-fixture.js';
import { capture } from './support/capture.js';

const source = fileURLToPath(new URL('../../examples-2026/', import.meta.url));
const COMPACT = '2026/giao-uoc-cum-thi-dua-1.yaml';
const PLAN = '2026/ke-hoach-cd-phuong-ben-thanh.yaml';
const REPORT = '2026/bao-cao-quy-1-cd-phuong-ben-thanh.yaml';
const WARDS = ['cd-phuong-ben-thanh', 'cd-phuong-sai-gon', 'cd-phuong-tan-dinh', 'cd-phuong-cau-ong-lanh'];

let fixture: GitFixture;
const keys = new Map<string, SshTestKey>();
const env = () => {
  const date = fixture.nextDate();
  return { ...fixture.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIAOUOC_CACHE_DIR: join(fixture.home, 'cache') };
};
const sign = (file: string, unit: string) => signDocument({ file, unit, key: keys.get(unit)!.privateKeyPath, cwd: fixture.dir, env: env() });

beforeAll(async () => {
  fixture = await createGitFixture();
  await cp(source, fixture.dir, { recursive: true });
  await fixture.git(['add', '.']);
  await fixture.commit({ message: 'Kho văn bản Cụm thi đua số 1 năm 2026' });
  await mkdir(join(fixture.home, 'keys'));
  const config = parseSource(await readFile(join(fixture.dir, 'giaouoc.yaml'), 'utf8')).value as RepositoryConfig;
  for (const unit of WARDS) {
    keys.set(unit, await makeSshKey(join(fixture.home, 'keys'), unit));
    await registerKey(await openLayout(fixture.dir, env()), config, unit, keys.get(unit)!.publicKeyLine);
  }
}, 120_000);
afterAll(() => fixture?.cleanup());

describe('the 2026 ward unions cluster', () => {
  test('validates', async () => {
    const run = await validateRepository({ cwd: fixture.dir, paths: [], cache: false });
    expect(run.issues).toEqual([]);
    expect(run.documents).toHaveLength(3);
  });

  test('the compact is signed by the four ward unions, the plan and the report by the leader, and all verify', async () => {
    for (const unit of WARDS) await sign(COMPACT, unit);
    const planSigned = await sign(PLAN, 'cd-phuong-ben-thanh');
    const reportSigned = await sign(REPORT, 'cd-phuong-ben-thanh');
    // The chair in office on the plan's date (after the delegates' conference), and the deputy the report names.
    expect(planSigned.signer).toBe('Trần Quốc Bảo');
    expect(reportSigned.signer).toBe('Võ Thị Ngọc Lan');
    const report = await inspectSignatures({ cwd: fixture.dir, paths: [], env: env() });
    expect(report.documents.map((doc) => [doc.relative, doc.state])).toEqual([
      [REPORT, 'signed'],
      [COMPACT, 'signed'],
      [PLAN, 'signed'],
    ]);
    const run = capture(fixture.dir, env());
    expect(await verifyCommand([], { requireComplete: true, format: 'text', lang: 'vi' }, run.ctx)).toBe(0);
    expect(run.stdout()).toContain('3 văn bản: 6 hợp lệ, 0 chưa ký, 0 cần ký lại, 0 không hợp lệ');
  }, 120_000);

  test('renders as signed, with the people who signed', async () => {
    const run = capture(fixture.dir, env());
    expect(await renderCommand([COMPACT, REPORT], { format: 'html', out: 'out', lang: 'vi' }, run.ctx)).toBe(0);
    const compact = await readFile(join(fixture.dir, 'out', COMPACT.replace('.yaml', '.html')), 'utf8');
    expect(compact).not.toContain('DỰ THẢO');
    for (const name of ['Trần Quốc Bảo', 'Lê Hoàng Nam', 'Phạm Thị Thu Hà', 'Đặng Văn Phúc']) expect(compact).toContain(name);
    expect(compact).not.toContain('Nguyễn Thị Minh Thư');
    expect(compact).toContain('LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH');
    const report = await readFile(join(fixture.dir, 'out', REPORT.replace('.yaml', '.html')), 'utf8');
    expect(report).toContain('Võ Thị Ngọc Lan');
    expect(report).toContain('KT. CHỦ TỊCH');
    expect(report).toContain('(Đã ký)');
  }, 60_000);
});
