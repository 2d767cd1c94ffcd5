import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreCommand } from '../../src/commands/score.js';
import { summaryCommand } from '../../src/commands/summary.js';
import { capture, defaults } from './helpers.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/yearend/bloc/', import.meta.url));

describe('score on the hand-worked bloc', () => {
  it('totals, ranks with the tie-breaks, proposes and flags as worked out by hand', async () => {
    const run = capture(FIXTURE);
    expect(await scoreCommand({ ...defaults, format: 'json', year: '2024', bloc: 'khoi-thu' }, run.ctx)).toBe(0);
    const result = JSON.parse(run.out());
    // u-an:   c1 5 + c2 4.5 + c3 checked 8 (not the 9 claimed) = 17.5; bonus b1 2; no penalty → 19.5
    // u-binh: 5 + 5 + 7.5 = 17.5; bonus 2 + 1.5 = 3.5 capped at bonusCap 3; p1 2 × 1.5 = 3 capped at 2 → 18.5
    // u-chau: 4 + 5 + 9 = 18; bonus b2 1.5; p1 claimed once but checked 0 → 19.5
    // u-an and u-chau tie at 19.5; first tie-break g2: u-chau 9 > u-an 8.
    const rows = result.ranking.map((m: any) => [m.rank, m.score.member, m.score.base, m.score.bonus, m.score.penalty, m.score.total, m.decidedBy ?? null, m.tied]);
    expect(rows).toEqual([
      [1, 'u-chau', 18, 1.5, 0, 19.5, null, false],
      [2, 'u-an', 17.5, 2, 0, 19.5, 'g2', false],
      [3, 'u-binh', 17.5, 3, 2, 18.5, null, false],
    ]);
    expect(result.proposals.map((p: any) => [p.award, p.members.map((m: any) => m.score.member)])).toEqual([
      ['Cờ thi đua', ['u-chau']],
      ['Bằng khen', ['u-an']],
    ]);
    expect(result.flags).toEqual([
      { member: 'u-binh', kind: 'evidence-missing', criterion: 'c1' },
      { member: 'u-dung', kind: 'not-member' },
      { member: 'u-em', kind: 'missing-sheet' },
    ]);
    expect(result.table).toBe('2024/bang-diem.yaml');
  });

  it('prints an aligned Vietnamese table with decimal commas', async () => {
    const run = capture(FIXTURE);
    await scoreCommand({ ...defaults, year: '2024', bloc: 'khoi-thu' }, run.ctx);
    const text = run.out();
    expect(text).toContain('Hạng  Đơn vị');
    expect(text).toMatch(/1 {2}Công đoàn Châu +9 +9 +18 +1,5 +0 +19,5/);
    expect(text).toContain('- Cờ thi đua: Công đoàn Châu');
    expect(run.err()).toContain('[score-sheet-missing]');
  });

  it('rejects an over-maximum score with the place of the points', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'giaouoc-yearend-'));
    cpSync(FIXTURE, copy, { recursive: true });
    const sheet = join(copy, '2024/cham-diem-u-chau.yaml');
    writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('points: 9', 'points: 11'));
    const run = capture(copy);
    expect(await scoreCommand({ ...defaults, year: '2024', bloc: 'khoi-thu' }, run.ctx)).toBe(1);
    // "  - criterion: c3" is line 13 of the sheet; "    points: 11" is line 14, the number at column 13.
    expect(run.out()).toContain('2024/cham-diem-u-chau.yaml:14:13 lỗi điểm tự chấm 11 vượt quá điểm tối đa 10 của tiêu chí “c3” trong bảng điểm “2024/bang-diem.yaml”');
    expect(run.out()).not.toContain('Hạng');
  });
});

describe('summary on the hand-worked unit', () => {
  it('takes the latest status and figure per task and target', async () => {
    const run = capture(FIXTURE);
    expect(await summaryCommand({ ...defaults, format: 'json', year: '2024', issuer: 'u-an' }, run.ctx)).toBe(0);
    const [unit] = JSON.parse(run.out()).units;
    // k1: Q1 đang thực hiện, Q2 hoàn thành → Q2; k2: Q1 chưa thực hiện, Q2 hoàn thành; k3: only Q1 hoàn thành.
    expect(unit.domains.flatMap((d: any) => d.tasks.map((t: any) => [t.id, t.status, t.quarter]))).toEqual([
      ['k1', 'hoàn thành', 2],
      ['k2', 'hoàn thành', 2],
      ['k3', 'hoàn thành', 1],
    ]);
    // t-pct 95 (Q2, not Q1's 50) ≥ 90, 95/90 = 1.0556 → 1.056; t-count 3 (Q2 section figure) < 4, 3/4 = 0.75;
    // t-bool figure 0 → not met; t-bool2 has no figure, its only task k2 is done → met; t-none has nothing.
    expect(unit.targets.map((t: any) => [t.id, t.achieved ?? null, t.met ?? null, t.ratio ?? null, t.source])).toEqual([
      ['t-pct', 95, true, 1.056, 'figure'],
      ['t-count', 3, false, 0.75, 'figure'],
      ['t-bool', false, false, null, 'figure'],
      ['t-bool2', true, true, null, 'tasks'],
      ['t-none', null, null, null, 'none'],
    ]);
    expect([unit.tasksDone, unit.tasksTotal, unit.targetsMet, unit.targetsTotal]).toEqual([3, 3, 2, 5]);
  });

  it('refuses a scope that is neither one unit nor one bloc', async () => {
    const run = capture(FIXTURE);
    await expect(summaryCommand({ ...defaults, year: '2024' }, run.ctx)).rejects.toThrow(/--issuer/);
  });
});
