// Which files each commit changed, as the history reads it. In a linear history `git diff-tree --stdin` is asked
// only about the commits whose tree differs from their parent's, and must give exactly what `git log --raw -M`
// gives for the document root — a first commit, edits, renames, deletions, files outside the root, key files, empty
// signature commits — read cold and with the commit summaries remembered from an earlier run. A history with merges
// keeps git log's simplified history of the root: a side branch a merge threw away changed nothing there.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseRawLog, readHistory, startHistory, type FileChange } from '../../src/repo/history.js';
import { layoutAt } from '../../src/repo/layout.js';
import { SignatureCache } from '../../src/repo/signature-cache.js';
import { createGitFixture, makeTempDir, type GitFixture } from './helpers/git-fixture.js';

let linear: GitFixture;
let merged: GitFixture;
let cacheDir: string;

async function documentHistory(fixture: GitFixture): Promise<void> {
  const c = fixture.commit;
  await c({ message: 'đầu', files: { 'docs/giaouoc.yaml': 'units: []\n', 'docs/2024/a.yaml': 'a: 1\n', 'docs/2024/b.yaml': 'b: 1\n', 'README.md': 'x\n' } });
  await c({ message: 'sửa a', files: { 'docs/2024/a.yaml': 'a: 2\n' } });
  for (let k = 0; k < 5; k++) await c({ message: `ký ${k}` });
  await fixture.git(['mv', 'docs/2024/b.yaml', 'docs/2024/b-moi.yaml']);
  await c({ message: 'đổi tên b' });
  await c({ message: 'ngoài thư mục', files: { 'README.md': 'y\n' } });
  await fixture.git(['rm', '-q', 'docs/2024/a.yaml']);
  await c({ message: 'xóa a' });
  await c({ message: 'khóa', files: { 'docs/.giaouoc/keys/cd-a.pub': 'ssh-ed25519 AAAA cd-a\n' } });
}

beforeAll(async () => {
  [linear, merged] = await Promise.all([createGitFixture(), createGitFixture()]);
  cacheDir = await makeTempDir('giaouoc-tree-changes-cache-');
  await Promise.all([documentHistory(linear), documentHistory(merged)]);
  // A side branch whose changes a merge throws away (-s ours), and one merged for real.
  const c = merged.commit;
  await merged.git(['checkout', '-q', '-b', 'nhanh']);
  await c({ message: 'nhánh bỏ', files: { 'docs/2024/c.yaml': 'c: 1\n' } });
  await c({ message: 'ký nhánh' });
  await merged.git(['checkout', '-q', 'main']);
  await merged.git(['merge', '-q', '-s', 'ours', '--no-edit', 'nhanh']);
  await merged.git(['checkout', '-q', '-b', 'nhanh-2']);
  await c({ message: 'nhánh giữ', files: { 'docs/2024/d.yaml': 'd: 1\n' } });
  await merged.git(['checkout', '-q', 'main']);
  await c({ message: 'sau', files: { 'docs/2024/e.yaml': 'e: 1\n' } });
  await merged.git(['merge', '-q', '--no-ff', '--no-edit', 'nhanh-2']);
}, 60_000);

afterAll(async () => {
  await Promise.all([linear?.cleanup(), merged?.cleanup()]);
  await rm(cacheDir, { recursive: true, force: true });
});

async function logged(fixture: GitFixture): Promise<Map<string, FileChange[]>> {
  const log = await fixture.git(['log', '--raw', '-M', '--no-abbrev', '-z', '--format=%x01%H', 'HEAD', '--', 'docs/']);
  return parseRawLog(log.stdout);
}

async function changesRead(fixture: GitFixture, cache: SignatureCache): Promise<Map<string, FileChange[]>> {
  const layout = layoutAt(join(fixture.dir, 'docs'), fixture.dir, fixture.env);
  const history = await readHistory(layout, cache, startHistory(layout));
  try {
    return history.changes;
  } finally {
    await history.close();
  }
}

describe('the files each commit changed', () => {
  test('in a linear history, are what git log --raw says for the document root, read cold', async () => {
    const want = await logged(linear);
    // The fixture's history has what the comparison is about.
    expect([...new Set([...want.values()].flat().map((change) => change.status))].sort()).toEqual(['A', 'D', 'M', 'R']);
    const got = await changesRead(linear, await SignatureCache.open(join(linear.dir, 'docs'), linear.env, false));
    expect(got).toEqual(want);
  });

  test('in a linear history, are the same when the commit summaries are remembered from an earlier run', async () => {
    const env = { ...linear.env, GIAOUOC_CACHE_DIR: cacheDir };
    const root = join(linear.dir, 'docs');
    const want = await logged(linear);
    const first = await SignatureCache.open(root, env, true);
    expect(first.keeps).toBe(true);
    expect(await changesRead(linear, first)).toEqual(want);
    await first.save();
    const second = await SignatureCache.open(root, env, true);
    expect(second.commit((await linear.git(['rev-parse', 'HEAD'])).stdout.trim())).toBeDefined();
    expect(await changesRead(linear, second)).toEqual(want);
  });

  test('in a history with merges, follow git log: a side branch a merge threw away changed nothing', async () => {
    const want = await logged(merged);
    const paths = [...want.values()].flat().map((change) => change.path);
    expect(paths).toContain('docs/2024/d.yaml');
    expect(paths).not.toContain('docs/2024/c.yaml');
    const got = await changesRead(merged, await SignatureCache.open(join(merged.dir, 'docs'), merged.env, false));
    expect(got).toEqual(want);
  });
});
