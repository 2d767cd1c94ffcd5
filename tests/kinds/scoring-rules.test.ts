// A scoring table's bonuses, penalties and tie-breaks written in its body where the author places them: score ranks
// the members exactly as from the old-shape lists, each rule prints where it sits with its points, and a rule left
// beside the body or written outside a scoring table is reported.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/commands/render.js';
import { bonusRules, penaltyRules, scoringRules, tieBreakOrder } from '../../src/kinds/scoring-criteria.js';
import { issueMessage } from '../../src/output/localize.js';
import { validateRepository } from '../../src/validate/run.js';
import { capture, defaults, scoreJson } from '../yearend/helpers.js';
import { exampleRepository } from '../scaffold/helpers.js';

const TABLE = '2024/bang-diem-khoi-thi-dua-1.yaml';
const PLAN = '2024/ke-hoach-cd-bo-khdt.yaml';
const REPORTS = [1, 2, 3, 4].map((quarter) => `2024/bao-cao-quy-${quarter}-cd-bo-khdt.yaml`);
const SHEETS = ['khcn', 'khdt', 'ldtbxh', 'ngoai-giao', 'noi-vu', 'tai-chinh', 'tnmt', 'tu-phap', 'vhttdl'].map((unit) => `2024/cham-diem-cd-bo-${unit}.yaml`);

interface OldTable {
  groups: { id: string; name: string; criteria: { id: string; text: string; max: number; evidence?: string[] }[] }[];
  bonuses: { id: string; text: string; max: number }[];
  penalties: { id: string; text: string; points: number; max?: number }[];
  tieBreaks: string[];
}

/** The example table written wholly in its body: criteria, then the rules in sections of their own. */
function toBodyShape(old: Record<string, unknown>): Record<string, unknown> {
  const { groups, bonuses, penalties, tieBreaks, ...rest } = old as unknown as OldTable & Record<string, unknown>;
  const criteria = groups.map((group) => ({ group: group.id, text: group.name, criteria: group.criteria.map(({ id, ...criterion }) => ({ criterion: id, ...criterion })) }));
  const [first, ...others] = bonuses;
  return {
    ...rest,
    body: [
      { section: 'TIÊU CHÍ CHẤM ĐIỂM', body: [{ criteria }] },
      {
        section: 'ĐIỂM THƯỞNG VÀ ĐIỂM TRỪ',
        body: [
          // One bonus stands alone with its points worded by the author; the rest and the penalties are list items.
          { bonus: first!.id, text: `${first!.text}: cộng tối đa {max} điểm.`, max: first!.max },
          { list: others.map(({ id, ...rule }) => ({ bonus: id, ...rule })) },
          'Đơn vị bị trừ điểm trong các trường hợp sau:',
          { list: penalties.map(({ id, ...rule }) => ({ penalty: id, ...rule })), marker: '+' },
        ],
      },
      { tieBreaks, text: 'Khi bằng tổng điểm, xếp trên là đơn vị có điểm hoạt động chung của Khối cao hơn, rồi ít điểm trừ hơn, rồi điểm thưởng cao hơn.' },
    ],
  };
}

describe('bonuses, penalties and tie-breaks in a scoring table’s body', () => {
  it('score and rank the members exactly as the old-shape lists', async () => {
    const root = await exampleRepository([TABLE, ...SHEETS, ...REPORTS, PLAN, '2024/giao-uoc-khoi-thi-dua-1.yaml']);
    const before = await scoreJson(root);
    const old = parse(await readFile(join(root, TABLE), 'utf8'));
    const shaped = toBodyShape(old);
    expect(bonusRules(shaped).map(({ id, max }) => ({ id, max }))).toEqual(old.bonuses.map(({ id, max }: { id: string; max: number }) => ({ id, max })));
    expect(penaltyRules(shaped)).toEqual(old.penalties);
    expect(tieBreakOrder(shaped)).toEqual(old.tieBreaks);
    expect(scoringRules(shaped).penalties[1]!.path).toEqual(['body', 1, 'body', 3, 'list', 1, 'penalty']);

    await writeFile(join(root, TABLE), stringify(shaped));
    const run = await validateRepository({ cwd: root, paths: ['2024'], cache: false });
    expect(run.issues.filter((issue) => issue.file.endsWith('bang-diem-khoi-thi-dua-1.yaml')).map((issue) => issueMessage(issue, 'vi'))).toEqual([]);
    const after = await scoreJson(root);
    expect(after).toEqual(before);
  });

  it('print where the author placed them, each with its points', async () => {
    const root = await exampleRepository([TABLE]);
    await writeFile(join(root, TABLE), stringify(toBodyShape(parse(await readFile(join(root, TABLE), 'utf8')))));
    const run = capture(root);
    expect(await renderCommand([TABLE], { lang: 'vi', format: 'html' } as never, run.ctx), run.err()).toBe(0);
    const html = await readFile(join(root, TABLE.replace(/\.yaml$/, '.html')), 'utf8');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const expected = [
      'II. ĐIỂM THƯỞNG VÀ ĐIỂM TRỪ',
      'Có mô hình, cách làm sáng tạo được công đoàn cấp trên biểu dương: cộng tối đa 3 điểm.',
      '1. Đăng cai, chủ trì tổ chức một hoạt động chung của Khối: tối đa 2 điểm',
      'Đơn vị bị trừ điểm trong các trường hợp sau:',
      '+ Gửi báo cáo quý chậm so với thời hạn: trừ 1 điểm mỗi lần, tối đa 4 điểm',
      '+ Không tham gia một hoạt động chung của Khối mà không có lý do: trừ 2 điểm mỗi lần',
      'Khi bằng tổng điểm, xếp trên là đơn vị có điểm hoạt động chung của Khối cao hơn, rồi ít điểm trừ hơn, rồi điểm thưởng cao hơn./.',
    ];
    let at = 0;
    for (const line of expected) {
      const found = text.indexOf(line, at);
      expect(found, `${line}\n${text.slice(at, at + 600)}`).toBeGreaterThanOrEqual(0);
      at = found + line.length;
    }
    expect(text).not.toContain('{max}');
  });

  it('warns at rules left beside a body, and at rules outside a scoring table', async () => {
    const root = await exampleRepository([TABLE, PLAN]);
    const old = parse(await readFile(join(root, TABLE), 'utf8'));
    await writeFile(join(root, TABLE), stringify({ ...toBodyShape(old), penalties: old.penalties }));
    const plan = parse(await readFile(join(root, PLAN), 'utf8'));
    const { domains: _domains, ...planRest } = plan;
    await writeFile(join(root, PLAN), stringify({ ...planRest, body: ['Mở đầu.', { list: [{ bonus: 'thuong', text: 'Thưởng', max: 1 }] }] }));
    const run = await validateRepository({ cwd: root, paths: ['2024'], cache: false });
    const found = run.issues.filter((issue) => ['rules-beside-body', 'scoring-rule-outside-table'].includes(issue.code));
    expect(found.map((issue) => `${issue.file.slice(root.length + 1)}:${issue.line}:${issue.column} ${issue.severity} ${issueMessage(issue, 'vi')}`)).toEqual([
      `${TABLE}:107:3 warning bảng điểm có body nhưng penalties còn ghi ở ngoài nên vẫn được tính mà không được in ra; hãy chuyển điểm thưởng, điểm trừ và thứ tự xét khi bằng điểm vào body (bonus, penalty, tieBreaks) ở chỗ muốn in`,
      `${PLAN}:46:16 warning “thuong” là điểm thưởng, điểm trừ hay thứ tự xét khi bằng điểm nhưng nằm trong kế hoạch nên chỉ được in ra mà không được chấm ở đâu; hãy ghi nó trong bảng điểm thi đua, hay viết thành câu thường nếu chỉ để in`,
    ]);
    expect(issueMessage(found[0]!, 'en')).toMatch(/^the scoring table has a body but still writes penalties beside it, which counts but is never printed;/);
  });
});
