// `giaouoc new` in-process: flags, --from, prompts through a fake terminal, and refusals.

import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newCommand, type NewCommandOptions } from '../../src/commands/new.js';
import { planDomains, reportResults } from '../../src/kinds/plan-tasks.js';
import { validateRepository } from '../../src/validate/run.js';
import { exampleRepository, quietContext, readText, terminalContext, TODAY } from './helpers.js';

const options = (extra: Partial<NewCommandOptions>): NewCommandOptions => ({ yes: true, lang: 'vi', today: TODAY, ...extra });

describe('new with flags', () => {
  it('writes a compact where the convention says and prints the path and the next step', async () => {
    const root = await exampleRepository();
    const { ctx, stdout } = quietContext(root);
    expect(await newCommand('giao-uoc', options({ bloc: 'khoi-thi-dua-1', year: '2021' }), ctx)).toBe(0);
    expect(stdout()).toContain('Đã tạo 2021/giao-uoc-khoi-thi-dua-1.yaml: giao ước thi đua năm 2021 của ');
    expect(stdout()).toContain('giaouoc validate 2021/giao-uoc-khoi-thi-dua-1.yaml');
    const value = parse(await readText(join(root, '2021/giao-uoc-khoi-thi-dua-1.yaml')));
    expect(value.parties.slice(0, 2)).toEqual(['cd-bo-noi-vu', 'cd-bo-tai-chinh']);
    expect(value).toMatchObject({ kind: 'compact', year: 2021, issuer: 'khoi-thi-dua-1', witness: 'cdvc', date: '2021-01-02' });
  });

  it('follows the paths of giaouoc.yaml and writes --out relative to the working folder', async () => {
    const root = await exampleRepository();
    const registry = await readFile(join(root, 'giaouoc.yaml'), 'utf8');
    await writeFile(join(root, 'giaouoc.yaml'), registry.replace('plan: "{year}/ke-hoach-{issuer}.yaml"', 'plan: "ke-hoach/{issuer}-{year}.yaml"'));
    await newCommand('plan', options({ issuer: 'cd-bo-noi-vu', year: 2025 }), quietContext(root).ctx);
    expect(existsSync(join(root, 'ke-hoach/cd-bo-noi-vu-2025.yaml'))).toBe(true);
    const reported = quietContext(join(root, 'ke-hoach'));
    await newCommand('report', options({ issuer: 'cd-bo-noi-vu', year: 2025, quarter: 1, out: 'nhap/bc.yaml' }), reported.ctx);
    expect(reported.stdout()).toContain('Đã tạo nhap/bc.yaml: báo cáo quý I năm 2025 của ');
    const report = await readText(join(root, 'ke-hoach/nhap/bc.yaml'));
    expect(report.split('\n')[0]).toBe('# yaml-language-server: $schema=../../.giaouoc/schemas/report.schema.json');
    expect(parse(report).plan).toBe('ke-hoach/cd-bo-noi-vu-2025.yaml');
  });

  it('falls back to the bloc’s latest members when the year is not registered, and says so', async () => {
    const root = await exampleRepository();
    const { ctx, stdout } = quietContext(root);
    await newCommand('compact', options({ bloc: 'khoi-thi-dua-1', year: 2026 }), ctx);
    expect(stdout()).toContain('hãy cập nhật giaouoc.yaml');
    const text = await readText(join(root, '2026/giao-uoc-khoi-thi-dua-1.yaml'));
    expect(text).toContain('danh sách dưới đây lấy theo năm 2024');
    const run = await validateRepository({ cwd: root, paths: ['2026'], cache: false });
    const codes = run.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
    expect(codes[0]).toBe('bloc-year-missing');
    // The bloc and its ministry unions ceased on 15/6/2025 (examples/giaouoc.yaml), so a 2026 compact names bodies outside their life.
    expect(new Set(codes)).toEqual(new Set(['bloc-year-missing', 'unit-outside-life']));
  });
});

describe('new --from', () => {
  it('moves last year’s compact to the new year: year, date, number, ids', async () => {
    const root = await exampleRepository(['2024/giao-uoc-khoi-thi-dua-1.yaml']);
    const previous = join(root, '2024/giao-uoc-khoi-thi-dua-1.yaml');
    await writeFile(previous, (await readText(previous)).replace('date: 2024-03-01', 'number: 01/GƯ-KTĐI\ndate: 2024-02-29'));
    await newCommand('compact', options({ from: '2024/giao-uoc-khoi-thi-dua-1.yaml' }), quietContext(root).ctx);
    const text = await readText(join(root, '2025/giao-uoc-khoi-thi-dua-1.yaml'));
    const [before, after] = [parse(await readText(previous)), parse(text)];
    expect(after).toMatchObject({ year: 2025, date: '2025-02-28', subject: 'Giao ước thi đua năm 2025' });
    expect(after.number).toBeUndefined();
    expect(after.commitments.map((c: { id: string }) => c.id)).toEqual(before.commitments.map((c: { id: string }) => c.id));
    expect(after.implementation).toContain('Tháng 7 năm 2025, Khối tổ chức sơ kết 6 tháng, đánh giá kết quả thực hiện giao ước.');
    expect(text).toContain('# Chép từ 2024/giao-uoc-khoi-thi-dua-1.yaml (năm 2024) sang năm 2025');
    expect(text.match(/yaml-language-server/g)).toHaveLength(1);
  });

  it('moves a plan and drops target references when the new year has no compact yet', async () => {
    const root = await exampleRepository(['2024/giao-uoc-khoi-thi-dua-1.yaml', '2024/ke-hoach-cd-bo-khdt.yaml']);
    await newCommand('ke-hoach', options({ from: '2024/ke-hoach-cd-bo-khdt.yaml' }), quietContext(root).ctx);
    const plan = parse(await readText(join(root, '2025/ke-hoach-cd-bo-khdt.yaml')));
    expect(plan.compact).toBeUndefined();
    expect(JSON.stringify(plan)).not.toContain('"targets"');
    const run = await validateRepository({ cwd: root, paths: ['2025'], cache: false });
    expect(run.issues).toEqual([]);
  });

  it('drops the target references of tasks written in a plan’s body too', async () => {
    const root = await exampleRepository(['2024/giao-uoc-khoi-thi-dua-1.yaml']);
    const plan = [
      'kind: plan', 'year: 2024', 'issuer: cd-bo-khdt', 'date: 2024-03-15', 'subject: Kế hoạch công tác công đoàn năm 2024', 'compact: khoi-thi-dua-1',
      'body:', '  - section: NHIỆM VỤ', '    body:', '      - task: hoc-tap', '        text: Tổ chức học tập nghị quyết.', '        targets: [ty-le-hoc-tap-nghi-quyet]',
      '',
    ].join('\n');
    await writeFile(join(root, '2024/ke-hoach-cd-bo-khdt.yaml'), plan);
    expect((await validateRepository({ cwd: root, paths: ['2024'], cache: false })).issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    await newCommand('ke-hoach', options({ from: '2024/ke-hoach-cd-bo-khdt.yaml' }), quietContext(root).ctx);
    const moved = parse(await readText(join(root, '2025/ke-hoach-cd-bo-khdt.yaml')));
    expect(moved.body[0].body[0]).toEqual({ task: 'hoc-tap', text: 'Tổ chức học tập nghị quyết.' });
    const run = await validateRepository({ cwd: root, paths: ['2025'], cache: false });
    expect(run.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('lists a plan’s tasks due by the quarter with a status to fill, and next quarter’s as focus', async () => {
    const root = await exampleRepository(['2024/giao-uoc-khoi-thi-dua-1.yaml', '2024/ke-hoach-cd-bo-khdt.yaml']);
    await newCommand('bao-cao', options({ from: '2024/ke-hoach-cd-bo-khdt.yaml', quarter: '2' }), quietContext(root).ctx);
    const text = await readText(join(root, '2024/bao-cao-quy-2-cd-bo-khdt.yaml'));
    const report = parse(text);
    const listed = reportResults(report).flatMap((section) => section.tasks ?? []);
    expect(listed.map((task: { task: string }) => task.task)).toEqual([
      'quan-triet-nghi-quyet', 'tuyen-truyen-luat-cong-doan', 'hoc-tap-lam-theo-bac', 'toa-dam-can-bo-cong-doan',
      'van-nghe-79-nam-nganh', 'kien-toan-bch', 'cham-lo-doi-song', 'hoi-nghi-cbccvc', 'ngay-phu-nu',
      'giam-sat-chu-truong-moi', 'phat-dong-thi-dua', 'du-toan-quyet-toan',
    ]);
    expect(new Set(listed.map((task: { status: string }) => task.status))).toEqual(new Set(['chưa thực hiện']));
    expect(text).toContain('status: chưa thực hiện # hoàn thành | đang thực hiện | chưa thực hiện | chuyển kỳ sau');
    const plan = parse(await readText(join(root, '2024/ke-hoach-cd-bo-khdt.yaml')));
    const content = new Map(planDomains(plan).flatMap((domain) => domain.tasks).map((task) => [task.id, task.content.replace(/\s+/g, ' ').trim()]));
    expect(report.body[2].section).toBe('NHIỆM VỤ TRỌNG TÂM QUÝ III');
    expect(report.body[2].body[0].list).toEqual(['giai-bong-da-mini', 'kiem-tra-tai-chinh', 'so-ket-6-thang'].map((id) => content.get(id)));
    expect(report).toMatchObject({ year: 2024, quarter: 2, issuer: 'cd-bo-khdt', plan: '2024/ke-hoach-cd-bo-khdt.yaml' });
  });
});

describe('new in a terminal', () => {
  it('asks for the bloc, the year and nothing else for a compact', async () => {
    const root = await exampleRepository();
    const { ctx, stdout, answer } = terminalContext(root);
    answer('1');
    answer('2021');
    expect(await newCommand('compact', { yes: false, lang: 'vi', today: TODAY }, ctx)).toBe(0);
    expect(stdout()).toContain('Giao ước của khối thi đua (hoặc đơn vị) nào?');
    expect(stdout()).toMatch(/ 1\. Khối thi đua I \(khoi-thi-dua-1\)/);
    expect(stdout()).toContain('Năm của văn bản [2025]: ');
    expect(existsSync(join(root, '2021/giao-uoc-khoi-thi-dua-1.yaml'))).toBe(true);
  });

  it('accepts an id, asks again after a wrong answer, and takes defaults on empty lines', async () => {
    const root = await exampleRepository(['2023/ke-hoach-cd-bo-noi-vu.yaml']);
    const { ctx, stdout, answer } = terminalContext(root);
    for (const line of ['cd-bo-noi-vu', '1999', '2023', '']) answer(line);
    await newCommand('report', { yes: false, lang: 'vi', today: TODAY }, ctx);
    expect(stdout()).toContain('Hãy gõ một số từ 2000 đến 2100.');
    expect(stdout()).toContain('Báo cáo quý mấy (1–4) [4]: ');
    expect(parse(await readText(join(root, '2023/bao-cao-quy-4-cd-bo-noi-vu.yaml'))).quarter).toBe(4);
  });

  it('asks nothing with --yes, even in a terminal', async () => {
    const root = await exampleRepository();
    const { ctx, stdout } = terminalContext(root);
    await expect(newCommand('plan', { yes: true, lang: 'vi', today: TODAY }, ctx)).rejects.toThrow(/missing --issuer/);
    expect(stdout()).toBe('');
  });

  it('stops with a clear error when the input ends before an answer', async () => {
    const root = await exampleRepository();
    const { ctx } = terminalContext(root);
    (ctx.stdin as unknown as { end(): void }).end();
    await expect(newCommand('plan', { yes: false, lang: 'vi', today: TODAY }, ctx)).rejects.toMatchObject({ text: { vi: 'đã dừng vì không nhận được câu trả lời' } });
  });
});

describe('new refuses', () => {
  it('a missing bloc without a terminal, naming the flag', async () => {
    const root = await exampleRepository();
    await expect(newCommand('compact', options({ year: 2025 }), quietContext(root).ctx)).rejects.toMatchObject({
      text: { vi: 'thiếu --bloc: hãy ghi mã khối thi đua của giao ước (ví dụ --bloc khoi-thi-dua-1), hoặc --issuer <mã đơn vị>' },
    });
  });

  it('to overwrite an existing file', async () => {
    const root = await exampleRepository(['2024/giao-uoc-khoi-thi-dua-1.yaml']);
    const before = await readText(join(root, '2024/giao-uoc-khoi-thi-dua-1.yaml'));
    await expect(newCommand('compact', options({ bloc: 'khoi-thi-dua-1', year: 2024 }), quietContext(root).ctx)).rejects.toThrow(
      /2024\/giao-uoc-khoi-thi-dua-1\.yaml already exists; giaouoc new never overwrites a file/,
    );
    expect(await readText(join(root, '2024/giao-uoc-khoi-thi-dua-1.yaml'))).toBe(before);
  });

  it('unknown blocs and issuers, with a suggestion', async () => {
    const root = await exampleRepository();
    const { ctx } = quietContext(root);
    await expect(newCommand('compact', options({ bloc: 'khoi-thi-dua-l', year: 2024 }), ctx)).rejects.toThrow('did you mean khoi-thi-dua-1?');
    await expect(newCommand('plan', options({ issuer: 'cd-bo-noivu', year: 2024 }), ctx)).rejects.toThrow('did you mean cd-bo-noi-vu?');
    await expect(newCommand('report', options({ bloc: 'khoi-thi-dua-1' }), ctx)).rejects.toThrow('use --issuer <unit id>');
  });

  it('unknown kinds, bad numbers and a --from of the wrong kind', async () => {
    const root = await exampleRepository(['2024/giao-uoc-khoi-thi-dua-1.yaml']);
    const { ctx } = quietContext(root);
    await expect(newCommand('nghi-quyet', options({}), ctx)).rejects.toThrow('there is no document kind "nghi-quyet"; use one of: compact (giao-uoc), plan (ke-hoach), report (bao-cao)');
    await expect(newCommand('report', options({ issuer: 'cd-bo-noi-vu', quarter: '5' }), ctx)).rejects.toThrow('--quarter must be a whole number from 1 to 4');
    await expect(newCommand('plan', options({ issuer: 'cd-bo-noi-vu', quarter: '1' }), ctx)).rejects.toThrow('--quarter is only for quarterly reports');
    await expect(newCommand('report', options({ from: '2024/giao-uoc-khoi-thi-dua-1.yaml' }), ctx)).rejects.toThrow('is not a readable plan');
  });
});
