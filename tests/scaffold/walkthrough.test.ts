// The path a new user takes, from an empty folder: init, register the units, new compact, fill it in,
// validate, render. Also the same `new` through the built package.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/commands/init.js';
import { newCommand } from '../../src/commands/new.js';
import { validateCommand } from '../../src/commands/validate.js';
import { createTemplateEnvironment, renderHtml } from '../../src/render/index.js';
import { PROJECT, runCli } from '../helpers/run-cli.js';
import { EXAMPLES, quietContext, tempDir, TODAY } from './helpers.js';

/** What a bloc secretary writes in place of each «…» hint, from the bloc's 2024 compact. */
const FILLS: Record<string, string> = {
  'Chủ đề thi đua năm 2025':
    'Đổi mới sáng tạo, thi đua đưa Nghị quyết Đại hội Công đoàn các cấp vào cuộc sống, thiết thực lập thành tích chào mừng kỷ niệm 80 năm Ngày thành lập nước',
  'Nội dung cam kết thứ nhất, không ghi “Thứ nhất,” ở đầu':
    'tập trung tổ chức triển khai học tập, quán triệt Nghị quyết Đại hội công đoàn các cấp.',
  'Chỉ tiêu đo được của nội dung này': 'Đoàn viên công đoàn được học tập, quán triệt Nghị quyết Đại hội Công đoàn các cấp',
  'Nội dung cam kết thứ hai':
    'tích cực tổ chức các hoạt động tăng cường sự phối hợp, đoàn kết của các đơn vị trong Khối, góp phần nâng cao chất lượng hoạt động chung của Khối.',
  'Thời gian sơ kết, tổng kết việc thực hiện giao ước': 'Tháng 7 năm 2025, Khối tổ chức sơ kết 6 tháng, đánh giá kết quả thực hiện giao ước.',
};

/** The 2025 make-up of Khối thi đua I, added to the examples' registry as the user would. */
const TERM_2025 = `      - year: 2025
        members: [cd-bo-ngoai-giao, cd-bo-tu-phap, cd-bo-khcn, cd-bo-ldtbxh, cd-bo-khdt, cd-bo-vhttdl, cd-bo-tnmt, cd-bo-noi-vu, cd-bo-tai-chinh]
        leader: cd-bo-ngoai-giao
        deputy: cd-bo-tu-phap
`;

describe('from an empty folder to a printed compact', () => {
  it('init → giaouoc.yaml → new → fill in → validate → render', async () => {
    const root = await tempDir();
    const { ctx, stdout } = quietContext(root);
    expect(await initCommand(undefined, { force: false, lang: 'vi', today: TODAY }, ctx)).toBe(0);

    await copyFile(join(EXAMPLES, 'giaouoc.yaml'), join(root, 'giaouoc.yaml'));
    const registry = await readFile(join(root, 'giaouoc.yaml'), 'utf8');
    await writeFile(join(root, 'giaouoc.yaml'), registry.replace('\n# Nơi lệnh `giaouoc new`', `${TERM_2025}\n# Nơi lệnh \`giaouoc new\``));

    expect(await newCommand('compact', { bloc: 'khoi-thi-dua-1', year: '2025', yes: true, lang: 'vi', today: TODAY }, ctx)).toBe(0);
    const file = join(root, '2025/giao-uoc-khoi-thi-dua-1.yaml');
    const draft = await readFile(file, 'utf8');

    const left: string[] = [];
    const filled = draft.replace(/«✎ ([^«»\n]+)»/g, (_, hint: string) => FILLS[hint] ?? (left.push(hint), hint));
    expect(left).toEqual([]);
    await writeFile(file, filled);

    const before = stdout().length;
    expect(await validateCommand(['2025/giao-uoc-khoi-thi-dua-1.yaml'], { format: 'text', lang: 'vi', strict: true, quiet: false, cache: false, fix: false }, ctx)).toBe(0);
    expect(stdout().slice(before)).not.toMatch(/cảnh báo|lỗi:/);

    const document = parse(filled);
    const config = parse(await readFile(join(root, 'giaouoc.yaml'), 'utf8'));
    const html = renderHtml({ document, config, sourceFile: file }, createTemplateEnvironment());
    expect(html).toContain('Khối thi đua I'.toUpperCase());
    expect(html).toContain('80 năm Ngày thành lập nước');
    expect(html).toContain('Công đoàn Bộ Ngoại giao');
    expect(html).not.toContain('«');
  });
});

const built = existsSync(join(PROJECT, 'dist/commands/new.js'));

describe.skipIf(!built)('the built package (run `npm run build` first)', () => {
  it('finds its schemas and init templates from dist/ and writes a scaffold', async () => {
    const root = await tempDir();
    const script = `
      const { initCommand } = await import(${JSON.stringify(pathToFileURL(join(PROJECT, 'dist/commands/init.js')).href)});
      const { newCommand } = await import(${JSON.stringify(pathToFileURL(join(PROJECT, 'dist/commands/new.js')).href)});
      const ctx = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
      await initCommand(undefined, { force: false, lang: 'vi' }, ctx);
      process.exitCode = await newCommand('giao-uoc', { bloc: 'cum-thi-dua-1', yes: true, lang: 'vi' }, ctx);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: root } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(root, '.giaouoc/schemas/compact.schema.json'))).toBe(true);
    expect(result.stdout).toMatch(/Đã tạo \d{4}\/giao-uoc-cum-thi-dua-1\.yaml/);
  });

  it('runs `giaouoc init` and `giaouoc new` through bin/giaouoc.js', async () => {
    const root = await tempDir();
    expect(runCli(['init', '--offline'], { cwd: root }).code).toBe(0);
    const made = runCli(['new', 'giao-uoc', '--bloc', 'cum-thi-dua-1', '--yes'], { cwd: root });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const file = /Đã tạo (\d{4}\/giao-uoc-cum-thi-dua-1\.yaml)/.exec(made.stdout)?.[1];
    expect(file).toBeDefined();
    const validated = runCli(['validate', file!], { cwd: root });
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('«');
  });
});
