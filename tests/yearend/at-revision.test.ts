import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreCommand } from '../../src/commands/score.js';
import { capture, defaults } from './helpers.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/yearend/bloc/', import.meta.url));
const IDENTITY = { GIT_AUTHOR_NAME: 'Thư ký Khối', GIT_AUTHOR_EMAIL: 'khoi@example.org', GIT_COMMITTER_NAME: 'Thư ký Khối', GIT_COMMITTER_EMAIL: 'khoi@example.org' };

describe('score --at', () => {
  it('recomputes the ranking as the repository stood at that revision and names it', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'giaouoc-at-'));
    cpSync(FIXTURE, repo, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, ...IDENTITY } }).toString().trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'Phiếu chấm điểm 2024');
    const short = git('rev-parse', '--short', 'HEAD');
    // After the commit the leader lowers u-chau's c3 from 9 to 6: 15 + 1.5 = 16.5, below u-binh's 18.5.
    const sheet = join(repo, '2024/cham-diem-u-chau.yaml');
    writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('points: 9', 'points: 6'));

    const now = capture(repo);
    await scoreCommand({ ...defaults, format: 'json', year: '2024', bloc: 'khoi-thu' }, now.ctx);
    expect(JSON.parse(now.out()).ranking.map((m: any) => m.score.member)).toEqual(['u-an', 'u-binh', 'u-chau']);

    const then = capture(repo);
    expect(await scoreCommand({ ...defaults, year: '2024', bloc: 'khoi-thu', at: 'HEAD' }, then.ctx)).toBe(0);
    expect(then.out()).toContain(`(phiên bản ${short})`);
    expect(then.out()).toMatch(/1 {2}Công đoàn Châu .* 19,5/);
  });

  it('says so when the revision does not exist', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'giaouoc-at-'));
    cpSync(FIXTURE, repo, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    await expect(scoreCommand({ ...defaults, year: '2024', bloc: 'khoi-thu', at: 'khong-co' }, capture(repo).ctx)).rejects.toThrow(/khong-co/);
  });
});
