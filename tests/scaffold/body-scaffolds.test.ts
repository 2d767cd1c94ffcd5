// `new bao-cao` and `new giao-uoc` write their usual headings and sentences into a body the author owns: what
// prints is what the file says, and a filled-in report still feeds the year-end summary by task id.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newCommand, type NewCommandOptions } from '../../src/commands/new.js';
import { renderCommand } from '../../src/commands/render.js';
import { summaryCommand } from '../../src/commands/summary.js';
import { reportResults } from '../../src/kinds/plan-tasks.js';
import { compactTargets } from '../../src/kinds/commitments.js';
import { capture, defaults } from '../yearend/helpers.js';
import { exampleRepository, quietContext, readText, TODAY } from './helpers.js';

const options = (extra: Partial<NewCommandOptions>): NewCommandOptions => ({ yes: true, lang: 'vi', today: TODAY, ...extra });
const PLAN = '2024/ke-hoach-cd-bo-khdt.yaml';
const COMPACT = '2024/giao-uoc-khoi-thi-dua-1.yaml';

async function renderHtml(root: string, file: string): Promise<string> {
  const run = capture(root);
  expect(await renderCommand([file], { lang: 'vi', format: 'html' } as never, run.ctx), run.err()).toBe(0);
  return readFile(join(root, file.replace(/\.yaml$/, '.html')), 'utf8');
}

describe('a report scaffold with a body', () => {
  it('prints its headings as written: renamed or deleted, they are gone from the print', async () => {
    const root = await exampleRepository([COMPACT, PLAN]);
    expect(await newCommand('bao-cao', options({ issuer: 'cd-bo-khdt', year: '2024', quarter: '2' }), quietContext(root).ctx)).toBe(0);
    const file = '2024/bao-cao-quy-2-cd-bo-khdt.yaml';
    const text = await readText(join(root, file));
    expect(parse(text).body.map((node: { section: string }) => node.section)).toEqual(['KẾT QUẢ CÔNG TÁC QUÝ II', 'HẠN CHẾ, NGUYÊN NHÂN', 'NHIỆM VỤ TRỌNG TÂM QUÝ III']);
    expect(await renderHtml(root, file)).toContain('KẾT QUẢ CÔNG TÁC QUÝ II');

    const renamed = text.replace('section: KẾT QUẢ CÔNG TÁC QUÝ II', 'section: KẾT QUẢ ĐẠT ĐƯỢC').replace(/\n {2}- section: HẠN CHẾ, NGUYÊN NHÂN\n(?: {4}.*\n)+/, '\n');
    await writeFile(join(root, file), renamed);
    const html = await renderHtml(root, file);
    expect(html).toContain('KẾT QUẢ ĐẠT ĐƯỢC');
    expect(html).not.toContain('KẾT QUẢ CÔNG TÁC QUÝ');
    expect(html).not.toContain('HẠN CHẾ');
    expect(html).toContain('NHIỆM VỤ TRỌNG TÂM QUÝ III');
  });

  it('feeds the summary: the statuses written in its results count for the plan’s tasks', async () => {
    const root = await exampleRepository([COMPACT, PLAN]);
    await newCommand('bao-cao', options({ issuer: 'cd-bo-khdt', year: '2024', quarter: '2' }), quietContext(root).ctx);
    const file = join(root, '2024/bao-cao-quy-2-cd-bo-khdt.yaml');
    const done = (await readText(file)).replaceAll('status: chưa thực hiện', 'status: hoàn thành');
    await writeFile(file, done);
    const results = reportResults(parse(done)).flatMap((section) => section.tasks ?? []);
    expect(results.length).toBeGreaterThan(0);

    const run = capture(root);
    expect(await summaryCommand({ ...defaults, format: 'json', year: '2024', issuer: 'cd-bo-khdt' }, run.ctx), run.err()).toBe(0);
    const summary = JSON.parse(run.out());
    const tasks = JSON.stringify(summary);
    for (const result of results) expect(tasks).toContain(`"id":"${result.task}"`);
    expect(tasks.match(/"status":"hoàn thành"/g)).toHaveLength(results.length);
  });
});

describe('a compact scaffold with a body', () => {
  it('prints the opening, the theme and the headings from the body, and keeps its targets typed in it for plans', async () => {
    const root = await exampleRepository();
    expect(await newCommand('giao-uoc', options({ issuer: 'cd-bo-khdt', year: '2024' }), quietContext(root).ctx)).toBe(0);
    const file = '2024/giao-uoc-cd-bo-khdt.yaml';
    const text = await readText(join(root, file));
    const value = parse(text);
    expect(value.theme).toBeUndefined();
    // The typed targets are items of the body, beside their words: nothing is written twice.
    expect(value.commitments).toBeUndefined();
    expect(compactTargets(value).map((target) => target.id)).toEqual(['chi-tieu-1']);
    const printed = await renderHtml(root, file);
    expect(printed).toContain('thống nhất ký kết giao ước thi đua với chủ đề:');
    expect(printed).toMatch(/: đạt 100%\./);

    await writeFile(join(root, file), text.replace(/\n {2}- >-\n {4}Thực hiện phong trào thi đua năm 2024, các đơn vị thống nhất ký kết giao ước thi đua với chủ đề:\n/, '\n').replace('section: NỘI DUNG GIAO ƯỚC', 'section: CÁC NỘI DUNG THI ĐUA'));
    const html = await renderHtml(root, file);
    expect(html).not.toContain('thống nhất ký kết');
    expect(html).not.toContain('NỘI DUNG GIAO ƯỚC');
    expect(html).toContain('CÁC NỘI DUNG THI ĐUA');
    expect(html).toContain('Thứ nhất,');
  });
});
