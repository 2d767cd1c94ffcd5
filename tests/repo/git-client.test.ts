// The simple-git edges: an environment with GIT_* and program variables, and a non-zero exit with no stderr.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanGitEnv, gitClient } from '../../src/repo/git.js';
import { createGitFixture, type GitFixture } from './helpers/git-fixture.js';

let fixture: GitFixture;
beforeAll(async () => {
  fixture = await createGitFixture();
});
afterAll(() => fixture?.cleanup());

describe('git client', () => {
  test('runs in an environment that holds GIT_DIR, EDITOR and GIT_PAGER, which simple-git would refuse', async () => {
    const env = { ...fixture.env, GIT_DIR: '/nowhere', EDITOR: 'vim', GIT_PAGER: 'less', Pager: 'more' };
    expect(Object.keys(cleanGitEnv(env))).not.toEqual(expect.arrayContaining(['GIT_DIR']));
    const git = gitClient(fixture.dir, env);
    expect((await git.run(['rev-parse', '--is-inside-work-tree'])).trim()).toBe('true');
  });

  test('a non-zero exit with an empty stderr is seen as a failure, with its code', async () => {
    const git = gitClient(fixture.dir, fixture.env);
    expect(await git.probe(['config', '--get', 'no.such.key'])).toEqual({ code: 1, stdout: '', stderr: '' });
    await expect(git.run(['config', '--get', 'no.such.key'])).rejects.toMatchObject({ text: { vi: 'lệnh `git config --get no.such.key` thất bại' } });
    const missing = await git.probe(['cat-file', '-e', 'HEAD']);
    expect(missing.code).toBe(128);
    expect(missing.stderr).toMatch(/Not a valid object name HEAD/);
  });
});
