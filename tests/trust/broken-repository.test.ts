// A repository whose history names an object git does not have (a commit whose tree is missing, as a damaged clone or a
// hand-made object can leave it) stops verify and status with exit 2 and one sentence: the git command that failed,
// git's own message, and what to do — in Vietnamese, and in English with --lang en. Never a stack trace.
import { afterEach, describe, expect, test } from 'vitest';
import { FIXTURE_IDENTITY, FIXTURE_TZ } from '../repo/helpers/git-fixture.js';
import { createDocumentRepo, type DocumentRepo } from '../repo/support/document-repo.js';
import { runCli } from '../helpers/run-cli.js';

let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

describe('a history that names a missing tree', () => {
  test('verify and status say which git command failed, what git said and what to do, in one line', async () => {
    repo = await createDocumentRepo(['cd-bo-khcn']);
    const parent = (await repo.fixture.git(['rev-parse', 'HEAD'])).stdout.trim();
    const who = `${FIXTURE_IDENTITY.name} <${FIXTURE_IDENTITY.email}> 1709254800 ${FIXTURE_TZ}`;
    const missingTree = '1'.repeat(40);
    const object = `tree ${missingTree}\nparent ${parent}\nauthor ${who}\ncommitter ${who}\n\nHỏng\n`;
    const broken = (await repo.fixture.git(['hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], { input: object })).stdout.trim();
    await repo.fixture.git(['update-ref', 'HEAD', broken]);

    for (const args of [['verify', '--no-cache'], ['verify'], ['status']]) {
      const vi = runCli(args, { cwd: repo.root, env: repo.env() });
      expect(vi.code, `${args.join(' ')}: ${vi.stderr}`).toBe(2);
      const line = vi.stderr.trim();
      expect(line.split('\n')).toHaveLength(1);
      expect(line).toMatch(/^giaouoc: lệnh "git [^"]+" thất bại \(exit \d+\): .*; hãy kiểm tra kho bằng `git fsck`, sửa điều git báo rồi chạy lại$/);
      expect(line).toContain(missingTree);
      expect(line).not.toMatch(/\n\s+at /);
    }
    const en = runCli(['verify', '--no-cache', '--lang', 'en'], { cwd: repo.root, env: repo.env() });
    expect(en.code).toBe(2);
    expect(en.stderr.trim()).toMatch(/^giaouoc: "git [^"]+" failed \(exit \d+\): .*; check the repository with `git fsck`, repair what git reports and try again$/);
  });
});
