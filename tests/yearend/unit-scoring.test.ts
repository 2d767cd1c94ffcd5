// A scoring table a union issues for the units under it, for a school year: validate matches each sheet to it
// by period, `score --issuer` ranks the units, and the ranking speaks of the union, not of a bloc.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreCommand } from '../../src/commands/score.js';
import { validateRepository } from '../../src/validate/run.js';
import { capture, defaults } from './helpers.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/yearend/bloc/', import.meta.url));

/** The hand-worked bloc's repository, its bloc documents replaced by a table of `cap-tren` for 2023-2024. */
function unionRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'giaouoc-unit-scoring-'));
  cpSync(FIXTURE, root, { recursive: true });
  const dir = join(root, '2024');
  const table = readFileSync(join(dir, 'bang-diem.yaml'), 'utf8')
    .replace('year: 2024', 'year: 2023\nperiod: 2023-2024')
    .replace('issuer: khoi-thu', 'issuer: cap-tren\nchecker: Ban Thường vụ')
    .replace('date: 2024-02-01', 'date: 2023-09-15');
  rmSync(join(dir, 'bang-diem.yaml'));
  writeFileSync(join(dir, 'bang-diem-cap-tren.yaml'), table);
  for (const member of ['u-an', 'u-binh', 'u-chau', 'u-dung']) {
    const file = join(dir, `cham-diem-${member}.yaml`);
    const sheet = readFileSync(file, 'utf8').replace('bloc: khoi-thu', 'bloc: cap-tren').replace('year: 2024', 'year: 2024\nperiod: 2023-2024').replace(/^date: .*$/m, 'date: 2024-05-20');
    writeFileSync(file, sheet);
  }
  return root;
}

describe('a scoring table issued by a union, for a school year', () => {
  it('validates: each sheet follows the table whose period covers it, and a unit under the union without a sheet is named', async () => {
    const root = unionRepository();
    const run = await validateRepository({ cwd: root, paths: ['2024'], cache: false });
    const scoring = run.issues.filter((issue) => issue.code.startsWith('score') || issue.code.startsWith('scoring'));
    expect(scoring.filter((issue) => issue.severity === 'error')).toEqual([]);
    // Every unit under cap-tren is scored by its table: u-em wrote no sheet.
    expect(scoring.filter((issue) => issue.code === 'score-sheet-missing').map((issue) => issue.args.id)).toEqual(['u-em']);
    expect(scoring.filter((issue) => issue.code === 'score-sheet-not-member')).toEqual([]);
  });

  it('score --issuer ranks the units under the union with the table’s rules', async () => {
    const root = unionRepository();
    const run = capture(root);
    expect(await scoreCommand({ ...defaults, format: 'json', year: '2024', issuer: 'cap-tren' }, run.ctx), run.err()).toBe(0);
    const result = JSON.parse(run.out());
    expect(result.table).toBe('2024/bang-diem-cap-tren.yaml');
    // The bloc's hand-worked totals, and u-dung, outside the bloc, is now one of the union's own units.
    const ranked = result.ranking.map((member: { score: { member: string; total: number } }) => [member.score.member, member.score.total]);
    expect(ranked.slice(0, 3)).toEqual([['u-chau', 19.5], ['u-an', 19.5], ['u-binh', 18.5]]);
    expect(ranked.map(([member]: [string]) => member)).toContain('u-dung');
    expect(result.flags).toContainEqual({ member: 'u-em', kind: 'missing-sheet' });
    expect(result.flags.some((flag: { kind: string }) => flag.kind === 'not-member')).toBe(false);

    const text = capture(root);
    expect(await scoreCommand({ ...defaults, year: '2024', issuer: 'cap-tren', render: 'html', out: join(root, 'out') }, text.ctx), text.err()).toBe(0);
    const ranking = readFileSync(join(root, 'out', 'xep-hang-2023-cap-tren.html'), 'utf8');
    expect(ranking).toContain('Các công đoàn trực thuộc;');
    expect(ranking).not.toContain('Khối');
  });

  it('refuses --bloc and --issuer together, and a bloc given as --issuer, with a user error', async () => {
    const root = unionRepository();
    await expect(scoreCommand({ ...defaults, year: '2024', issuer: 'cap-tren', bloc: 'khoi-thu' }, capture(root).ctx)).rejects.toThrow(/exactly one of --bloc/);
    await expect(scoreCommand({ ...defaults, year: '2024', issuer: 'khoi-thu' }, capture(root).ctx)).rejects.toThrow(/for a bloc use --bloc/);
  });
});
