// A compact's commitments and targets written once, as typed items of its body: validate, plans and the
// year-end summary read them as they read the old shape's `commitments`, and the print shows the item's words.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/commands/render.js';
import { summaryCommand } from '../../src/commands/summary.js';
import { compactTargets, targetLabel } from '../../src/kinds/commitments.js';
import { summarizeUnit } from '../../src/yearend/summary.js';
import { issueMessage } from '../../src/output/localize.js';
import { groupNumber } from '../../src/render/vietnamese/index.js';
import { validateRepository } from '../../src/validate/run.js';
import { capture, defaults } from '../yearend/helpers.js';
import { exampleRepository } from '../scaffold/helpers.js';

const COMPACT = '2024/giao-uoc-khoi-thi-dua-1.yaml';
const PLAN = '2024/ke-hoach-cd-bo-khdt.yaml';
const REPORTS = [1, 2, 3, 4].map((quarter) => `2024/bao-cao-quy-${quarter}-cd-bo-khdt.yaml`);

interface OldTarget { id: string; text: string; measure: string; value: number | boolean; unit?: string }
interface OldCommitment { id: string; text: string; targets?: OldTarget[] }

/** The example compact rewritten in body shape: each commitment and target one item, nothing kept outside. */
function toBodyShape(old: Record<string, unknown>): Record<string, unknown> {
  const { commitments, theme, implementation, ...rest } = old as { commitments: OldCommitment[]; theme: string; implementation: string[] };
  return {
    ...rest,
    body: [
      'Thực hiện phong trào thi đua năm 2024, các đơn vị thống nhất ký kết giao ước thi đua với chủ đề:',
      { text: `***“${theme}”***`, align: 'center' },
      {
        section: 'NỘI DUNG GIAO ƯỚC',
        body: [
          {
            marker: 'thứ nhất',
            list: commitments.map((commitment) => ({
              commitment: commitment.id,
              text: commitment.text,
              ...(commitment.targets
                ? { listMarker: '-', list: commitment.targets.map(({ id, ...target }) => ({ target: id, ...target })) }
                : {}),
            })),
          },
        ],
      },
      { section: 'TỔ CHỨC THỰC HIỆN', body: implementation },
    ],
  };
}

async function summaryJson(root: string): Promise<{ units: { targets: unknown[]; targetsMet: number; targetsTotal: number }[] }> {
  const run = capture(root);
  expect(await summaryCommand({ ...defaults, format: 'json', year: '2024', issuer: 'cd-bo-khdt' }, run.ctx), run.err()).toBe(0);
  return JSON.parse(run.out());
}

describe('commitments and targets in a compact’s body', () => {
  it('count in the year-end summary exactly as the same targets written in the old shape', async () => {
    const root = await exampleRepository([COMPACT, PLAN, ...REPORTS]);
    const before = await summaryJson(root);
    expect(before.units[0]!.targetsTotal).toBe(6);

    const old = parse(await readFile(join(root, COMPACT), 'utf8'));
    await writeFile(join(root, COMPACT), stringify(toBodyShape(old)));
    const run = await validateRepository({ cwd: root, paths: ['2024'], cache: false });
    expect(run.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const after = await summaryJson(root);
    expect(after.units[0]!.targets).toEqual(before.units[0]!.targets);
    expect(after.units[0]!.targetsMet).toBe(before.units[0]!.targetsMet);
  });

  it('are the targets a plan may name: an id the body lacks is an unknown target', async () => {
    const root = await exampleRepository([COMPACT, PLAN]);
    const old = parse(await readFile(join(root, COMPACT), 'utf8'));
    const shaped = toBodyShape(old);
    expect(compactTargets(shaped).map((target) => target.id)).toEqual(compactTargets(old).map((target) => target.id));
    // Drop the last target: the plan's task that serves it now points at nothing.
    const dropped = JSON.parse(JSON.stringify(shaped), (key, value) =>
      key === 'list' && Array.isArray(value) ? value.filter((item) => item?.target !== 'toa-dam-can-bo') : value,
    );
    expect(compactTargets(dropped)).toHaveLength(compactTargets(old).length - 1);
    await writeFile(join(root, COMPACT), stringify(dropped));
    const run = await validateRepository({ cwd: root, paths: ['2024'], cache: false });
    const unknown = run.issues.filter((issue) => issue.code === 'unknown-target');
    expect(unknown.map((issue) => issue.file)).toEqual([join(root, PLAN)]);
    expect(issueMessage(unknown[0]!, 'vi')).toContain('toa-dam-can-bo');
  });

  it('print the item’s own words, with the typed value where the text says {value}', async () => {
    const root = await exampleRepository([COMPACT]);
    const shaped = toBodyShape(parse(await readFile(join(root, COMPACT), 'utf8')));
    const worded = JSON.parse(JSON.stringify(shaped), (_key, value) =>
      value?.target === 'ty-le-hoc-tap-nghi-quyet' ? { ...value, text: 'Tỷ lệ đoàn viên được học tập, quán triệt Nghị quyết: đạt {value}%;' } : value,
    );
    await writeFile(join(root, COMPACT), stringify(worded));
    const run = capture(root);
    expect(await renderCommand([COMPACT], { lang: 'vi', format: 'html' } as never, run.ctx), run.err()).toBe(0);
    const html = await readFile(join(root, COMPACT.replace(/\.yaml$/, '.html')), 'utf8');
    expect(html).toContain('Tỷ lệ đoàn viên được học tập, quán triệt Nghị quyết: đạt 100%;');
    // Without the slot the value follows the words, as the old shape prints it.
    expect(html).toContain('Ban hành kế hoạch, chương trình hành động thực hiện Nghị quyết Đại hội Công đoàn các cấp: đạt');
    expect(html).toContain('Thứ nhất,');
    expect(html).toContain('Thứ năm,');
    expect(html).not.toContain('{value}');
  });

  it('may not be written twice: a compact with a body and top-level commitments fails with one sentence', async () => {
    const root = await exampleRepository([COMPACT]);
    const old = parse(await readFile(join(root, COMPACT), 'utf8'));
    await writeFile(join(root, COMPACT), stringify({ ...toBodyShape(old), commitments: old.commitments }));
    const run = await validateRepository({ cwd: root, paths: ['2024'], cache: false });
    const errors = run.issues.filter((issue) => issue.severity === 'error');
    const twice = errors.filter((issue) => issue.code === 'commitments-beside-body');
    expect(twice).toHaveLength(1);
    expect(errors.filter((issue) => issue.code.startsWith('schema-'))).toEqual([]);
    const text = await readFile(join(root, COMPACT), 'utf8');
    expect(text.split('\n')[twice[0]!.line - 2]).toMatch(/^commitments:/);
    expect(issueMessage(twice[0]!, 'vi')).toContain('bỏ mục commitments ở ngoài');
    expect(issueMessage(twice[0]!, 'en')).toContain('remove the top-level commitments');
  });

  it('word a target with its value in place of the slot, for tables and the print alike', () => {
    const format = groupNumber;
    expect(targetLabel({ text: 'Tỷ lệ đoàn viên được học tập đạt {value}%.', value: 100 }, format)).toBe('Tỷ lệ đoàn viên được học tập đạt 100%.');
    expect(targetLabel({ text: 'Tổ chức ít nhất {value} hoạt động', value: 1200 }, format)).toBe('Tổ chức ít nhất 1.200 hoạt động');
    expect(targetLabel({ text: 'Ban hành kế hoạch: {value}', value: true }, format)).toBe('Ban hành kế hoạch: đạt');
    expect(targetLabel({ text: 'Đoàn viên được học tập.', value: 100 }, format)).toBe('Đoàn viên được học tập.');
  });

  it('and a body plan’s tasks and a body report’s figures meet in the summary (pure, no files)', () => {
    const compact = {
      kind: 'compact', year: 2024, issuer: 'khoi', date: '2024-03-01', parties: ['a', 'b'],
      body: [{ list: [{ commitment: 'c1', text: 'Học tập.', list: [{ target: 't1', text: 'Số buổi: {value} buổi.', measure: 'số lượng', value: 4 }, { target: 't2', text: 'Có kế hoạch', measure: 'đạt/không đạt', value: true }] }] }],
    };
    const plan = { kind: 'plan', year: 2024, issuer: 'a', date: '2024-03-10', body: [{ section: 'Tuyên giáo', body: [{ task: 'k1', text: 'Lập kế hoạch.', due: '2024-Q2', targets: ['t2'] }] }] };
    const report = {
      kind: 'report', year: 2024, issuer: 'a', date: '2024-07-01', quarter: 2,
      body: [{ section: 'Kết quả', body: [{ result: 'k1', status: 'hoàn thành', text: 'Đã lập.' }, { figure: 'Đã tổ chức {n} buổi.', values: { n: { value: 5, target: 't1' } } }] }],
    };
    const unit = summarizeUnit({ unit: 'a', plan: { relative: 'p.yaml', doc: plan as never }, compact: { relative: 'c.yaml', doc: compact as never }, reports: [report as never] });
    expect(unit.domains[0]!.tasks[0]).toMatchObject({ id: 'k1', due: 2, status: 'hoàn thành', quarter: 2 });
    expect(unit.targets.map((target) => [target.id, target.text, target.achieved, target.met, target.source])).toEqual([
      ['t1', 'Số buổi: 4 buổi.', 5, true, 'figure'],
      ['t2', 'Có kế hoạch', true, true, 'tasks'],
    ]);
    expect([unit.targetsMet, unit.targetsTotal]).toEqual([2, 2]);
  });
});
