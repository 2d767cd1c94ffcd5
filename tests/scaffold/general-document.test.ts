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
