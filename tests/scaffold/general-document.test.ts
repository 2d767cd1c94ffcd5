// `giaouoc new van-ban --type …`: any type of the table, the usual frame and a body skeleton the author rewrites.
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newCommand, type NewCommandOptions } from '../../src/commands/new.js';
import { KINDS } from '../../src/kinds/registry.js';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { renderHtml } from '../../src/render/html.js';
import { validateRepository } from '../../src/validate/run.js';
import { exampleRepository, quietContext, readText, TODAY } from './helpers.js';

const options = (extra: Partial<NewCommandOptions>): NewCommandOptions => ({ yes: true, lang: 'vi', today: TODAY, ...extra });

describe('new van-ban', () => {
  it('writes a guidance with its type, a body skeleton and the issuer’s recipients, which validates and prints', async () => {
    const root = await exampleRepository();
    const { ctx, stdout } = quietContext(root);
    expect(await newCommand('van-ban', options({ issuer: 'cd-bo-khdt', year: 2025, type: 'huong-dan' }), ctx)).toBe(0);
    expect(stdout()).toContain('Đã tạo 2025/van-ban-cd-bo-khdt.yaml: văn bản năm 2025');
    const text = await readText(join(root, '2025/van-ban-cd-bo-khdt.yaml'));
    const value = parse(text);
    expect(value).toMatchObject({ kind: 'document', type: 'huong-dan', issuer: 'cd-bo-khdt', year: 2025 });
    expect(value.body.some((node: unknown) => typeof node === 'object' && node !== null && 'section' in node)).toBe(true);
    expect(text).toContain('# in là “HƯỚNG DẪN”');
    const run = await validateRepository({ cwd: root, paths: [], cache: false });
    expect(run.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const html = renderHtml({ document: value, config: run.config!, sourceFile: 'van-ban.yaml' }, createTemplateEnvironment());
    expect(html).toContain('<h1 class="doc-type">HƯỚNG DẪN</h1>');
    expect(html).toContain('<h2 class="h-roman"><span class="marker">I.</span>');
  });

  it('a công văn is addressed (Kính gửi) and shown its number without a type code; a tờ trình goes to the upper union', async () => {
    const root = await exampleRepository();
    const { ctx } = quietContext(root);
    expect(await newCommand('van-ban', options({ issuer: 'cd-bo-khdt', year: 2025, type: 'cong-van' }), ctx)).toBe(0);
    const text = await readText(join(root, '2025/van-ban-cd-bo-khdt.yaml'));
    expect(parse(text).to).toEqual(['«✎ Nơi gửi đến, ví dụ: Công đoàn Viên chức Việt Nam»']);
    expect(text).toMatch(/# Số văn bản, khi đã có số: number: 01\/CĐBKHĐT \(không có chữ viết tắt tên loại;/);
    expect(await newCommand('van-ban', options({ issuer: 'cd-bo-khdt', year: 2025, type: 'to-trinh', out: 'to-trinh.yaml' }), ctx)).toBe(0);
    const submission = await readText(join(root, 'to-trinh.yaml'));
    expect(parse(submission).to).toEqual(['Công đoàn Viên chức Việt Nam']);
    // Nơi nhận names the addressee as “Như trên” (NĐ 30/2020 Phụ lục I, II.9.b), the upper union once.
    expect(parse(submission).recipients).toEqual(['Như trên', 'Lưu: VT']);
    expect(parse(text).recipients).toEqual(['Như trên', 'Công đoàn Viên chức Việt Nam (để b/c)', 'Lưu: VT']);
    expect(submission).toContain('# Số văn bản, khi đã có số: number: 01/TTr-CĐBKHĐT');
    const run = await validateRepository({ cwd: root, paths: [], cache: false });
    expect(run.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const html = renderHtml({ document: parse(submission), config: run.config!, sourceFile: 'to-trinh.yaml' }, createTemplateEnvironment());
    expect(html).toContain('<p class="to">Kính gửi: Công đoàn Viên chức Việt Nam</p>');
  });

  it('a quy chế is shown how to cite the decision it is issued with, and no number of its own', async () => {
    const root = await exampleRepository();
    expect(await newCommand('van-ban', options({ issuer: 'cd-bo-khdt', year: 2025, type: 'quy-che' }), quietContext(root).ctx)).toBe(0);
    const text = await readText(join(root, '2025/van-ban-cd-bo-khdt.yaml'));
    expect(text).toContain('# Ban hành kèm theo quyết định thì thêm: issuedWith: Ban hành kèm theo Quyết định số … ngày … của …');
    expect(text).not.toContain('Số văn bản');
  });

  it('a compact written as a general document is not shown a number to write', async () => {
    const root = await exampleRepository();
    expect(await newCommand('van-ban', options({ issuer: 'cd-bo-khdt', year: 2025, type: 'giao-uoc-thi-dua' }), quietContext(root).ctx)).toBe(0);
    expect(await readText(join(root, '2025/van-ban-cd-bo-khdt.yaml'))).not.toContain('Số văn bản');
  });

  it('refuses a type that is not in the table, naming the types there are', async () => {
    const root = await exampleRepository();
    await expect(newCommand('van-ban', options({ issuer: 'cd-bo-khdt', year: 2025, type: 'to-trinh-mieng' }), quietContext(root).ctx)).rejects.toMatchObject({
      text: { vi: expect.stringMatching(/^không có tên loại văn bản “to-trinh-mieng”; hãy dùng --type với một trong: .*to-trinh/) },
    });
  });

  it('every kind of the registry has a scaffolder of its own', async () => {
    const scaffolders = await Promise.all(KINDS.map((kind) => kind.scaffold()));
    expect(new Set(scaffolders).size).toBe(KINDS.length);
    for (const scaffolder of scaffolders) expect(typeof scaffolder).toBe('function');
  });
});
