// `giaouoc init` in an empty folder, a second time, and with --force.

import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/commands/init.js';
import { newCommand } from '../../src/commands/new.js';
import { renderCommand } from '../../src/commands/render.js';
import { KINDS } from '../../src/kinds/registry.js';
import { kindSchemaText, refreshRepositorySchemas } from '../../src/scaffold/editor-schemas.js';
import { validateRepository } from '../../src/validate/run.js';
import { EXAMPLES, quietContext, tempDir, TODAY } from './helpers.js';

const FILES = [
  'giaouoc.yaml', 'README.md', '.gitignore', '.gitattributes', '.editorconfig', '.vscode/settings.json', '.vscode/extensions.json',
  '.github/workflows/giaouoc.yml', '.gitlab-ci.yml', '.giaouoc/keys.yaml',
  '.giaouoc/schemas/compact.schema.json', '.giaouoc/schemas/config.schema.json', '.giaouoc/schemas/plan.schema.json', '.giaouoc/schemas/report.schema.json',
];
const init = (root: string, force = false, dir?: string) => initCommand(dir, { force, lang: 'vi', today: TODAY }, quietContext(root).ctx);
const read = (root: string, path: string) => readFile(join(root, path), 'utf8');

/** A schema as the package has it: the copy's `examples` are its only addition. */
function withoutExamples(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutExamples);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'examples').map(([key, value]) => [key, withoutExamples(value)]));
}

describe('init', () => {
  it('makes an empty folder a git repository with everything a document repository needs', async () => {
    const parent = await tempDir();
    const { ctx, stdout } = quietContext(parent);
    expect(await initCommand('kho', { force: false, lang: 'vi', today: TODAY }, ctx)).toBe(0);
    const root = join(parent, 'kho');
    expect(existsSync(join(root, '.git'))).toBe(true);
    expect(stdout()).toContain('Đã tạo kho git ở kho.');
    for (const file of FILES) expect(existsSync(join(root, file)), file).toBe(true);
    expect(await read(root, '.github/workflows/giaouoc.yml')).toContain('giaouoc validate --format github');
    expect(await read(root, '.gitlab-ci.yml')).toContain('giaouoc validate --format text');
    expect((await read(root, '.gitignore')).split('\n')).toEqual(expect.arrayContaining(['out/', '*.pdf', '*.docx', '*.html']));
    expect(await read(root, '.gitattributes')).toContain('*.yaml text eol=lf');
    expect(parse(await read(root, '.giaouoc/keys.yaml'))).toEqual({ keys: {} });
    const settings = JSON.parse(await read(root, '.vscode/settings.json'));
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(root, schema)), schema).toBe(true);
    expect(JSON.parse(await read(root, '.vscode/extensions.json')).recommendations).toContain('redhat.vscode-yaml');
    // The package's schema, with the ids of the registry init wrote offered as examples.
    const compact = JSON.parse(await read(root, '.giaouoc/schemas/compact.schema.json'));
    expect(compact.properties.issuer.examples).toEqual(expect.arrayContaining(['cum-thi-dua-1', 'ldld-ha-noi']));
    expect(withoutExamples(compact)).toEqual(JSON.parse(await readFile(new URL('../../schemas/compact.schema.json', import.meta.url), 'utf8')));
    expect(await read(root, '.giaouoc/schemas/config.schema.json')).toBe(await readFile(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8'));
  });

  it('with --force gives the schema copies the ids of the registry the repository has, as validate --fix would', async () => {
    const root = await tempDir();
    await copyFile(join(EXAMPLES, 'giaouoc.yaml'), join(root, 'giaouoc.yaml'));
    const { ctx, stdout } = quietContext(root);
    await initCommand(undefined, { force: true, lang: 'vi', today: TODAY }, ctx);
    expect(stdout()).toContain('  + .giaouoc/schemas/plan.schema.json');
    const plan = JSON.parse(await read(root, '.giaouoc/schemas/plan.schema.json'));
    expect(plan.properties.issuer.examples).toEqual(expect.arrayContaining(['khoi-thi-dua-1', 'cd-bo-khdt']));
    expect(plan.properties.issuer.examples).not.toContain('ldld-ha-noi');
    const report = JSON.parse(await read(root, '.giaouoc/schemas/report.schema.json'));
    expect(report.properties.signer.examples).toEqual(expect.arrayContaining(['Hà Quốc Trung']));
    // A report is issued by a unit: no bloc is offered as its issuer.
    expect(report.properties.issuer.examples).not.toContain('khoi-thi-dua-1');
    // Nothing is left for validate --fix to write: both wrote what one module says.
    const config = parse(await read(root, 'giaouoc.yaml'));
    expect(await refreshRepositorySchemas(root, config)).toEqual([]);
    for (const kind of KINDS) expect(await read(root, `.giaouoc/schemas/${kind.schema}.schema.json`), kind.name).toBe(kindSchemaText(kind, config));
  });

  it('with --force follows a registry that changed since, and offers no ids from one with errors', async () => {
    const root = await tempDir();
    await init(root);
    const registry = await read(root, 'giaouoc.yaml');
    await writeFile(join(root, 'giaouoc.yaml'), registry.replace('units:\n', 'units:\n  - id: cd-moi-them\n    name: Công đoàn mới thêm\n'));
    await init(root, true);
    expect(JSON.parse(await read(root, '.giaouoc/schemas/plan.schema.json')).properties.issuer.examples).toContain('cd-moi-them');

    await writeFile(join(root, 'giaouoc.yaml'), 'place: Hà Nội\nunits: khong-phai-danh-sach\n');
    await init(root, true);
    expect(await read(root, '.giaouoc/schemas/plan.schema.json')).toBe(await readFile(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));
  });

  it('writes a registry that validates, with the example bloc in the current year', async () => {
    const root = await tempDir();
    await init(root);
    expect(parse(await read(root, 'giaouoc.yaml')).blocs[0].years[0].year).toBe(2025);
    const run = await validateRepository({ cwd: root, paths: [], cache: false });
    expect(run.issues).toEqual([]);
    expect(run.config?.units.length).toBeGreaterThan(1);
  });

  it('starts in today’s shape: a provincial federation and a cluster of ward unions, whose scaffolds validate and render', async () => {
    const root = await tempDir();
    await init(root);
    const text = await read(root, 'giaouoc.yaml');
    // The bodies dissolved in 2025 are not what a new repository starts with.
    expect(text).not.toMatch(/Viên chức|Công đoàn Bộ|cdvc/);
    const config = parse(text);
    expect(config.units[0].name).toBe('Liên đoàn Lao động thành phố Hà Nội');
    expect(config.blocs[0]).toMatchObject({ id: 'cum-thi-dua-1', upper: 'ldld-ha-noi' });
    const { ctx } = quietContext(root);
    const made = [
      await newCommand('compact', { bloc: 'cum-thi-dua-1', yes: true, lang: 'vi', today: TODAY }, ctx),
      await newCommand('plan', { issuer: 'cd-phuong-ba-dinh', yes: true, lang: 'vi', today: TODAY }, ctx),
      await newCommand('report', { issuer: 'cd-phuong-ba-dinh', quarter: '1', yes: true, lang: 'vi', today: TODAY }, ctx),
    ];
    expect(made).toEqual([0, 0, 0]);
    const run = await validateRepository({ cwd: root, paths: [], cache: false });
    // Only the blanks the author fills in are reported.
    expect(run.issues.filter((issue) => issue.code !== 'text-placeholder')).toEqual([]);
    expect(run.documents.map((doc) => doc.relative).sort()).toEqual(['2025/bao-cao-quy-1-cd-phuong-ba-dinh.yaml', '2025/giao-uoc-cum-thi-dua-1.yaml', '2025/ke-hoach-cd-phuong-ba-dinh.yaml']);
    expect(await renderCommand(['2025'], { format: 'html', lang: 'vi', out: join(root, 'out') }, ctx)).toBe(0);
    const html = await read(root, 'out/2025/giao-uoc-cum-thi-dua-1.html');
    expect(html).toContain('LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI');
    expect(html).toContain('Công đoàn phường Ngọc Hà');
  });

  it('refuses an existing setup, pointing to --force', async () => {
    const root = await tempDir();
    await init(root);
    await expect(init(root)).rejects.toThrow('use `giaouoc init --force` to add only the missing files');
  });

  it('with --force adds back what is missing, leaves edited files alone and refreshes the schemas', async () => {
    const root = await tempDir();
    await init(root);
    await rm(join(root, 'README.md'));
    await writeFile(join(root, '.gitignore'), 'ban-in/\n');
    await writeFile(join(root, '.giaouoc/schemas/plan.schema.json'), '{}');
    const { ctx, stdout } = quietContext(root);
    await initCommand(undefined, { force: true, lang: 'vi', today: TODAY }, ctx);
    expect(existsSync(join(root, 'README.md'))).toBe(true);
    expect(await read(root, '.gitignore')).toBe('ban-in/\n');
    expect(JSON.parse(await read(root, '.giaouoc/schemas/plan.schema.json')).title).toBe('Kế hoạch công tác năm');
    expect(stdout()).toContain('  + README.md');
    expect(stdout()).not.toContain('Đã tạo kho git');
  });

  it('with --force refuses a folder of the tool that a clone made a link, writing nothing where it points', async () => {
    const root = await tempDir();
    await init(root);
    const elsewhere = await tempDir();
    await rm(join(root, '.giaouoc'), { recursive: true });
    await symlink(elsewhere, join(root, '.giaouoc'));
    await expect(init(root, true)).rejects.toThrow(/^\.giaouoc in the repository is a symbolic link, not a folder/);
    expect(await readdir(elsewhere)).toEqual([]);
    // The schemas folder under a real .giaouoc: `--force` rewrites the schemas, so it would write through the link.
    await rm(join(root, '.giaouoc'));
    await mkdir(join(root, '.giaouoc'));
    await symlink(elsewhere, join(root, '.giaouoc', 'schemas'));
    await expect(init(root, true)).rejects.toThrow(/^\.giaouoc\/schemas in the repository is a symbolic link, not a folder/);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('does not make a new git repository inside an existing one', async () => {
    const root = await tempDir();
    await init(root);
    await mkdir(join(root, 'con'));
    const { ctx, stdout } = quietContext(root);
    await initCommand('con', { force: false, lang: 'vi', today: TODAY }, ctx);
    expect(existsSync(join(root, 'con/.git'))).toBe(false);
    expect(existsSync(join(root, 'con/giaouoc.yaml'))).toBe(true);
    expect(stdout()).not.toContain('Đã tạo kho git');
  });
});
