// Every scaffold parses back to what was built, starts with a modeline that points at a real schema,
// and validates with warnings only — the placeholders left to fill.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newCommand, type NewCommandOptions } from '../../src/commands/new.js';
import { parseSource } from '../../src/documents/parse.js';
import type { RepositoryConfig } from '../../src/kinds/model.js';
import { findKind } from '../../src/kinds/registry.js';
import { scaffoldCompact } from '../../src/scaffold/compact.js';
import { findIssuer } from '../../src/scaffold/issuer.js';
import { scaffoldPlan } from '../../src/scaffold/plan.js';
import { scaffoldReport } from '../../src/scaffold/report.js';
import { validateRepository } from '../../src/validate/run.js';
import { EXAMPLES, exampleRepository, quietContext, readText, TODAY } from './helpers.js';

const config = parse(await readFile(join(EXAMPLES, 'giaouoc.yaml'), 'utf8')) as RepositoryConfig;
const target = { root: '/kho', file: '/kho/2024/moi.yaml', shownPath: '2024/moi.yaml' };

function base(kindName: string, issuerId: string, year: number) {
  const kind = findKind(kindName)!;
  return { config, kind, issuer: findIssuer(config, kind, issuerId), year, date: `${year}-03-04`, target };
}

const planValue = parse(await readFile(join(EXAMPLES, '2023/ke-hoach-cd-bo-noi-vu.yaml'), 'utf8'));

describe('scaffold text', () => {
  const cases = {
    'compact of a bloc': scaffoldCompact(base('compact', 'khoi-thi-dua-1', 2024)),
    'compact of a union with its sub-unions': scaffoldCompact(base('compact', 'cd-bo-khdt', 2024)),
    'plan': scaffoldPlan(base('plan', 'cd-bo-noi-vu', 2024)),
    'report from a plan': scaffoldReport({ ...base('report', 'cd-bo-noi-vu', 2023), quarter: 1, plan: { value: planValue, relative: '2023/ke-hoach-cd-bo-noi-vu.yaml' } }),
    'report without a plan': scaffoldReport({ ...base('report', 'cd-bo-tu-phap', 2024), quarter: 4 }),
  };

  for (const [name, scaffold] of Object.entries(cases)) {
    it(`${name}: parses back to the value it was built from, modeline first`, () => {
      const parsed = parseSource(scaffold.text);
      expect(parsed.problems).toEqual([]);
      expect(parsed.value).toEqual(scaffold.value);
      expect(scaffold.text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.giaouoc\/schemas\/(compact|plan|report)\.schema\.json$/);
      expect(scaffold.text).toContain('«');
    });
  }

  it('orders a bloc’s parties leader, deputy, then members, with the upper union as witness', () => {
    const value = cases['compact of a bloc'].value;
    expect((value.parties as string[]).slice(0, 2)).toEqual(['cd-bo-khcn', 'cd-bo-ngoai-giao']);
    expect(value.parties).toHaveLength(9);
    expect(value.witness).toBe('cdvc');
    expect(value.place).toBe('Hà Nội');
    expect(cases['compact of a union with its sub-unions'].value.parties).toEqual(['cd-bo-khdt', 'cd-van-phong-bo-khdt', 'cd-cuc-dtnn', 'cd-vien-cltp']);
  });

  it('addresses a report to the upper union, which Nơi nhận then names “Như trên”; a plan informs the upper union', () => {
    const report = cases['report without a plan'].value;
    expect(report.to).toEqual(['Công đoàn Viên chức Việt Nam']);
    expect(report.recipients).toEqual(['Như trên', 'Lưu: VT']);
    expect(cases.plan.value.recipients).toEqual(['Công đoàn Viên chức Việt Nam (để b/c)', 'Lưu: VT']);
  });

  it('names the signatories and the number format from the registry', () => {
    expect(cases.plan.text).toContain('# Người ký: mặc định Vũ Đăng Minh (Chủ tịch)');
    expect(cases.plan.text).toContain('number: 01/KH-CĐBNV');
  });

  it('writes the periods of its hints in the document’s own year', () => {
    const plan = scaffoldPlan(base('plan', 'cd-bo-noi-vu', 2027)).text;
    expect(plan).toContain('due (kỳ phải xong: 2027-Q2, 2027-05, 2027-H1, 2027-2028 năm học, hoặc 2027-12-15..2028-02-28)');
    expect(plan).not.toMatch(/2025|2026/);
    const report = scaffoldReport({ ...base('report', 'cd-bo-tu-phap', 2027), quarter: 2 }).text;
    expect(report).toContain('hoặc ghi period: 2027-H1, 2027-05, 2026-2027 (năm học) thay cho quarter');
  });
});

describe('a written scaffold validates with warnings only', () => {
  const repository = exampleRepository(['2024/giao-uoc-khoi-thi-dua-1.yaml', '2023/ke-hoach-cd-bo-noi-vu.yaml', '2024/ke-hoach-cd-bo-khdt.yaml']);
  const runs: [string, string, Partial<NewCommandOptions>][] = [
    ['compact of a bloc', 'giao-uoc', { bloc: 'khoi-thi-dua-1', year: '2021' }],
    ['compact of a union', 'compact', { issuer: 'cd-bo-khdt', year: '2024' }],
    ['plan of a union, linked to its bloc’s compact', 'ke-hoach', { issuer: 'cd-bo-noi-vu', year: '2024' }],
    ['plan of a bloc', 'plan', { bloc: 'khoi-thi-dua-1', year: '2024', out: 'ke-hoach-khoi.yaml' }],
    ['report with the plan of the repository', 'bao-cao', { issuer: 'cd-bo-noi-vu', year: '2023', quarter: '2' }],
    ['fourth-quarter report', 'report', { issuer: 'cd-bo-khdt', year: '2024', quarter: '4' }],
    ['report without a plan', 'report', { issuer: 'cd-bo-tu-phap', year: '2024', quarter: '1' }],
  ];
  for (const [name, kind, flags] of runs) {
    it(name, async () => {
      const root = await repository;
      const { ctx, stdout } = quietContext(root);
      expect(await newCommand(kind, { yes: true, lang: 'vi', today: TODAY, ...flags }, ctx)).toBe(0);
      const written = /Đã tạo (\S+):/.exec(stdout())![1];
      const file = join(root, written);
      const modeline = /\$schema=(\S+)/.exec((await readText(file)).split('\n')[0])![1];
      expect(existsSync(resolve(dirname(file), modeline))).toBe(true);
      const run = await validateRepository({ cwd: root, paths: [file], cache: false });
      expect(run.issues.length).toBeGreaterThan(0);
      expect(run.issues.filter((issue) => issue.code !== 'text-placeholder')).toEqual([]);
    });
  }
});
