// A scoring table's criteria written in its body (a `criteria` table, groups nested to any depth): score ranks
// the members exactly as from the old-shape `groups`, and the print is the criteria table the body describes.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/commands/render.js';
import { criterionGroups, scoringGroups } from '../../src/kinds/scoring-criteria.js';
import { issueMessage } from '../../src/output/localize.js';
import { validateRepository } from '../../src/validate/run.js';
import { capture, defaults, scoreJson } from '../yearend/helpers.js';
import { exampleRepository } from '../scaffold/helpers.js';

const TABLE = '2024/bang-diem-khoi-thi-dua-1.yaml';
const REPORTS = [1, 2, 3, 4].map((quarter) => `2024/bao-cao-quy-${quarter}-cd-bo-khdt.yaml`);
const SHEETS = ['khcn', 'khdt', 'ldtbxh', 'ngoai-giao', 'noi-vu', 'tai-chinh', 'tnmt', 'tu-phap', 'vhttdl'].map((unit) => `2024/cham-diem-cd-bo-${unit}.yaml`);

interface OldGroup { id: string; name: string; criteria: { id: string; text: string; max: number; evidence?: string[] }[] }

/** The example table with its groups written as a body's criteria table; the second group split in two sub-groups. */
function toBodyShape(old: Record<string, unknown>, nest = false): Record<string, unknown> {
  const { groups, ...rest } = old as { groups: OldGroup[] };
  const entries = groups.map((group, index) => {
    const criteria = group.criteria.map(({ id, ...criterion }) => ({ criterion: id, ...criterion }));
    if (!nest || index !== 0 || criteria.length < 2) return { group: group.id, text: group.name, criteria };
    return {
      group: group.id,
      text: group.name,
      criteria: [
        { group: `${group.id}-a`, text: 'Học tập', criteria: criteria.slice(0, 1) },
        { group: `${group.id}-b`, text: 'Hành động', criteria: criteria.slice(1) },
      ],
    };
  });
  return { ...rest, body: ['Các đơn vị tự chấm theo bảng sau:', { section: 'TIÊU CHÍ CHẤM ĐIỂM', body: [{ criteria: entries, caption: 'Thang điểm 100 điểm' }] }] };
}

describe('criteria in a scoring table’s body', () => {
  it('rank the members exactly as the same criteria in the old shape, nested sub-groups included', async () => {
    const root = await exampleRepository([TABLE, ...SHEETS, ...REPORTS, '2024/ke-hoach-cd-bo-khdt.yaml', '2024/giao-uoc-khoi-thi-dua-1.yaml']);
    const before = await scoreJson(root);
    const old = parse(await readFile(join(root, TABLE), 'utf8'));
    expect(scoringGroups(toBodyShape(old, true))).toEqual(scoringGroups(old));

    await writeFile(join(root, TABLE), stringify(toBodyShape(old, true)));
    const run = await validateRepository({ cwd: root, paths: ['2024'], cache: false });
    expect(run.issues.filter((issue) => issue.severity === 'error').map((issue) => issueMessage(issue, 'vi'))).toEqual([]);
    const after = await scoreJson(root);
    // The table itself is printed in the JSON as written; the scores, ranking and proposals are the same.
    expect({ ...after, table: undefined }).toEqual({ ...before, table: undefined });
  });

  it('print as a ruled table: groups in bold with their sums, sub-groups with theirs, and the total', async () => {
    const root = await exampleRepository([TABLE]);
    const old = parse(await readFile(join(root, TABLE), 'utf8'));
    await writeFile(join(root, TABLE), stringify(toBodyShape(old, true)));
    const run = capture(root);
    expect(await renderCommand([TABLE], { lang: 'vi', format: 'html' } as never, run.ctx), run.err()).toBe(0);
    const html = await readFile(join(root, TABLE.replace(/\.yaml$/, '.html')), 'utf8');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Các đơn vị tự chấm theo bảng sau:');
    expect(text).toContain('TIÊU CHÍ CHẤM ĐIỂM');
    expect(text).toContain('STT Nội dung tiêu chí Điểm tối đa Tài liệu kiểm chứng');
    expect(text).toContain('I Học tập, quán triệt nghị quyết 20');
    expect(text).toContain('1 Học tập 10');
    expect(text).toContain('2 Hành động 10');
    expect(text).toContain('Tổng cộng 100');
    // Numbers sit in the middle of their cells, as in the old-shape criteria table.
    expect(html).toMatch(/<td class="align-center">[^<]*(<[^>]+>)*I(<[^>]+>)*<\/td>/);
    // Nothing of the old shape's stock parts: the body is the document.
    expect(text).not.toContain('ĐIỂM THƯỞNG');
  });

  it('nested group ids are unique ids of the table but not scoring columns', () => {
    const shaped = toBodyShape({ groups: [{ id: 'g', name: 'G', criteria: [{ id: 'c1', text: 'C1', max: 4 }, { id: 'c2', text: 'C2', max: 6 }] }] }, true);
    const [group] = criterionGroups(shaped);
    expect(group!.id).toBe('g');
    expect(group!.nested.map((nested) => nested.id)).toEqual(['g-a', 'g-b']);
    expect(group!.criteria.map((criterion) => [criterion.id, criterion.max])).toEqual([['c1', 4], ['c2', 6]]);
  });

  it('may not be written twice: a body and top-level groups fail with one sentence at groups', async () => {
    const root = await exampleRepository([TABLE]);
    const old = parse(await readFile(join(root, TABLE), 'utf8'));
    await writeFile(join(root, TABLE), stringify({ ...toBodyShape(old), groups: old.groups }));
    const run = await validateRepository({ cwd: root, paths: ['2024'], cache: false });
    const errors = run.issues.filter((issue) => issue.severity === 'error');
    expect(errors.filter((issue) => issue.code === 'groups-beside-body')).toHaveLength(1);
    expect(errors.filter((issue) => issue.code.startsWith('schema-'))).toEqual([]);
  });
});
