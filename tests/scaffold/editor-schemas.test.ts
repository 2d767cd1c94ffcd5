// validate --fix writes the repository's unit and bloc ids into its copy of the schemas (for editor completion),
// atomically and only where the text changes, and never through a link the repository plants.
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand, type ValidateCommandOptions } from '../../src/commands/validate.js';
import { refreshRepositorySchemas } from '../../src/scaffold/editor-schemas.js';
import type { RepositoryConfig } from '../../src/kinds/model.js';
import { exampleRepository, quietContext, tempDir } from './helpers.js';

const fix: ValidateCommandOptions = { format: 'text', lang: 'vi', strict: false, quiet: false, cache: false, fix: true };
const config: RepositoryConfig = { place: 'Hà Nội', units: [{ id: 'cd-a', name: 'Công đoàn A', signatories: [{ name: 'Lê Văn Bình', title: 'Chủ tịch' }] }], blocs: [] };

describe('the repository’s schemas with its ids', () => {
  it('validate --fix writes them quietly, and leaves them alone when nothing changed', async () => {
    const root = await exampleRepository();
    const first = quietContext(root);
    await validateCommand([], fix, first.ctx);
    expect(first.stderr()).toBe('');
    const file = join(root, '.giaouoc/schemas/plan.schema.json');
    const plan = JSON.parse(await readFile(file, 'utf8'));
    expect(plan.properties.issuer.examples).toEqual(expect.arrayContaining(['khoi-thi-dua-1', 'cd-bo-khdt']));

    const written = statSync(file).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await validateCommand([], fix, quietContext(root).ctx);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(await refreshRepositorySchemas(root, parse(await readFile(join(root, 'giaouoc.yaml'), 'utf8')))).toEqual([]);
  });

  it('are not given to a repository that has no .giaouoc/schemas', async () => {
    const root = await tempDir();
    expect(await refreshRepositorySchemas(root, config)).toEqual([]);
    expect(existsSync(join(root, '.giaouoc'))).toBe(false);
  });

  it('are not written through a schemas folder that links out of the repository', async () => {
    const root = await tempDir();
    const outside = await tempDir();
    await mkdir(join(root, '.giaouoc'), { recursive: true });
    await symlink(outside, join(root, '.giaouoc', 'schemas'));
    expect(await refreshRepositorySchemas(root, config)).toEqual([]);
    expect(existsSync(join(outside, 'plan.schema.json'))).toBe(false);
  });

  it('leave a schema file the repository planted as a link alone, and write the others', async () => {
    const root = await tempDir();
    const outside = await tempDir();
    await mkdir(join(root, '.giaouoc', 'schemas'), { recursive: true });
    await writeFile(join(outside, 'target.json'), 'x');
    await symlink(join(outside, 'target.json'), join(root, '.giaouoc', 'schemas', 'plan.schema.json'));
    const written = await refreshRepositorySchemas(root, config);
    expect(written).not.toContain('.giaouoc/schemas/plan.schema.json');
    expect(written).toContain('.giaouoc/schemas/report.schema.json');
    expect(await readFile(join(outside, 'target.json'), 'utf8')).toBe('x');
    const report = JSON.parse(await readFile(join(root, '.giaouoc/schemas/report.schema.json'), 'utf8'));
    expect(report.properties.signer.examples).toEqual(['Lê Văn Bình']);
    await rm(outside, { recursive: true });
  });
});
