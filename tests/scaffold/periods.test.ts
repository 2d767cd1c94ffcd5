// Periods as unions count them: the reading of each written form, and `new report` choosing the plan tasks due
// in the reported quarter from a school-year plan whose tasks fall in two calendar years.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newCommand, type NewCommandOptions } from '../../src/commands/new.js';
import { parsePeriod, reportQuarter, taskDuePeriod } from '../../src/kinds/period.js';
import { planDomains, reportResults } from '../../src/kinds/plan-tasks.js';
import { validateRepository } from '../../src/validate/run.js';
import { quietContext, readText, tempDir, TODAY } from './helpers.js';

const REAL = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const options = (extra: Partial<NewCommandOptions>): NewCommandOptions => ({ yes: true, lang: 'vi', today: TODAY, ...extra });

describe('periods', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2021-2022', '2021-09-01', '2022-05-31'],
    ['2024-05-19', '2024-05-19', '2024-05-19'],
    ['2024-12-15..2025-02-28', '2024-12-15', '2025-02-28'],
  ])('%s runs from %s to %s', (text, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ start, end });
  });

  it.each(['2024-13', '2021-2023', '2024-02-30', '2024-05..2024-04-01', 'Q1/2024'])('%s names no period', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it('places a task without a period of its own in the plan’s period, and a quarter in the plan’s year', () => {
    const plan = parsePeriod('2024')!;
    expect(taskDuePeriod({}, plan)).toEqual(plan);
    expect(taskDuePeriod({ quarter: 3 }, plan)).toMatchObject({ start: '2024-07-01', end: '2024-09-30' });
    expect(taskDuePeriod({ due: '2025-Q1', quarter: 3 }, plan)).toMatchObject({ start: '2025-01-01' });
  });

  it('orders a report by the quarter its period ends in', () => {
    expect(reportQuarter({ year: 2022, period: '2021-2022' })).toBe(2);
    expect(reportQuarter({ year: 2024, quarter: 3 })).toBe(3);
  });
});

describe('new report from a school-year plan', () => {
  async function repository(): Promise<string> {
    const root = await tempDir();
    await copyFile(join(REAL, 'giaouoc.yaml'), join(root, 'giaouoc.yaml'));
    await mkdir(join(root, '2021'));
    // The quarter-by-quarter plan, with one task due in the next calendar year.
    const plan = (await readText(join(REAL, 'ke-hoach-theo-quy-mn-son-ca.yaml'))).replace(
      '          - task: moi-truong-lop-hoc\n            due: 2021-Q3',
      '          - task: moi-truong-lop-hoc\n            due: 2022-Q1',
    );
    await writeFile(join(root, '2021/ke-hoach-cdcs-mn-son-ca.yaml'), plan);
    return root;
  }

  it('lists the tasks due by the quarter, not those due in a later year, and takes next quarter’s as focus', async () => {
    const root = await repository();
    expect(await newCommand('report', options({ issuer: 'cdcs-mn-son-ca', year: 2021, quarter: 3 }), quietContext(root).ctx)).toBe(0);
    const report = parse(await readText(join(root, '2021/bao-cao-quy-3-cdcs-mn-son-ca.yaml')));
    expect(report.plan).toBe('2021/ke-hoach-cdcs-mn-son-ca.yaml');
    const results = reportResults(report);
    expect(results).toHaveLength(1);
    expect(results[0]!.name).toBe('QUÝ III/2021 (Tháng 7 – 9)');
    expect(results[0]!.tasks!.map((task) => task.task)).toEqual(['hoc-tap-lam-theo-bac', 'dieu-tra-do-tuoi', 'phan-cong-giao-vien']);
    expect(report.body[2].section).toBe('NHIỆM VỤ TRỌNG TÂM QUÝ IV');
    expect(report.body[2].body[0].list[0]).toMatch(/^«/);

    await newCommand('report', options({ issuer: 'cdcs-mn-son-ca', year: 2021, quarter: 4 }), quietContext(root).ctx);
    const q4 = parse(await readText(join(root, '2021/bao-cao-quy-4-cdcs-mn-son-ca.yaml')));
    const plan = parse(await readText(join(root, '2021/ke-hoach-cdcs-mn-son-ca.yaml')));
    const due = planDomains(plan).flatMap((domain) => domain.tasks).find((task) => task.id === 'moi-truong-lop-hoc')!;
    expect(q4.body[2].body[0].list).toEqual([due.content.replace(/\s+/g, ' ').trim()]);
  });

  it('finds the school-year plan for a report of the next calendar year, and the report validates against it', async () => {
    const root = await repository();
    await newCommand('report', options({ issuer: 'cdcs-mn-son-ca', year: 2022, quarter: 1 }), quietContext(root).ctx);
    const report = parse(await readText(join(root, '2022/bao-cao-quy-1-cdcs-mn-son-ca.yaml')));
    expect(report.plan).toBe('2021/ke-hoach-cdcs-mn-son-ca.yaml');
    expect(reportResults(report)[0]!.tasks!.map((task) => task.task)).toContain('moi-truong-lop-hoc');
    const run = await validateRepository({ cwd: root, paths: [], cache: false });
    expect(run.issues.filter((issue) => issue.code === 'unknown-task')).toEqual([]);
  });
});

describe('dates of documents with a period', () => {
  async function check(date: string, period: string): Promise<string[]> {
    const root = await tempDir();
    await copyFile(join(REAL, 'giaouoc.yaml'), join(root, 'giaouoc.yaml'));
    const plan = (await readText(join(REAL, 'ke-hoach-thang-mn-2-hue.yaml')))
      .replace('year: 2022\nperiod: 2022-06', `year: 2025\nperiod: ${period}`)
      .replace('date: 2022-06-01', `date: ${date}`);
    await writeFile(join(root, 'ke-hoach.yaml'), plan);
    const run = await validateRepository({ cwd: root, paths: [], cache: false });
    return run.issues.map((issue) => issue.code);
  }

  it('accepts a Tết campaign plan issued in the December before, and a draft with the day left blank', async () => {
    expect(await check('2024-12-10', '2024-12-15..2025-02-28')).toEqual([]);
    expect(await check('2025-01', '2025-01')).toEqual([]);
  });

  it('still refuses a date two years off, and a month that does not exist', async () => {
    expect(await check('2023-12-10', '2025-01')).toEqual(['date-year']);
    expect(await check('2025-13', '2025-01')).toEqual(['date-invalid']);
  });
});
