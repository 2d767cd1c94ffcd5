// The DOCX properties as a word processor reads them: LibreOffice opens the .docx and saves it as .odt, whose
// meta.xml then holds the title, subject, keywords and every custom property it understood.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentMetadata, phuLucViFields } from '../../../src/render/document-metadata.js';
import { renderViewDocx } from '../../../src/render/docx/write-docx.js';
import { createTemplateEnvironment } from '../../../src/render/environment.js';
import { buildViewModel } from '../../../src/render/view-model/index.js';
import { runTool } from '../../helpers/tools.js';
import { plan, config } from '../fixtures.js';
import { unzipEntries } from './unzip.js';

describe('DOCX properties in LibreOffice', () => {
  it('are read back: core properties and every Phụ lục VI custom property', async () => {
    const env = createTemplateEnvironment();
    const input = { document: plan(), config, sourceFile: 'k.yaml', signatures: { complete: false, digest: 'sha256:ab', commit: 'c0' } };
    const view = buildViewModel(input, env.profile);
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-docx-props-'));
    const docx = join(dir, 'ke-hoach.docx');
    writeFileSync(docx, await renderViewDocx(view, env, input.document.date));
    const profile = mkdtempSync(join(tmpdir(), 'giaouoc-lo-profile-'));
    runTool('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'odt', '--outdir', dir, docx], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    const meta = unzipEntries(readFileSync(join(dir, 'ke-hoach.odt'))).get('meta.xml')!.toString('utf8');
    expect(meta).toContain('<dc:title>KẾ HOẠCH Hoạt động công đoàn năm 2024</dc:title>');
    expect(meta).toContain('<dc:subject>Hoạt động công đoàn năm 2024</dc:subject>');
    expect(meta).toContain('<meta:initial-creator>CÔNG ĐOÀN BỘ KẾ HOẠCH VÀ ĐẦU TƯ</meta:initial-creator>');
    expect(meta).toContain('<dc:language>vi-VN</dc:language>');
    // LibreOffice splits the keywords into words.
    expect(meta).toContain('<meta:keyword>15/KH-CĐBKHĐT</meta:keyword>');
    expect(meta).toContain('<meta:keyword>commit=c0</meta:keyword>');
    const userDefined = Object.fromEntries([...meta.matchAll(/<meta:user-defined meta:name="([^"]+)"[^>]*>([^<]*)</g)].map((match) => [match[1], match[2]]));
    for (const field of phuLucViFields(documentMetadata(view, input.document.date))) {
      expect(userDefined[field.name], field.name).toBe(Array.isArray(field.value) ? field.value.join('; ') : String(field.value));
    }
    expect(userDefined.digest).toBe('sha256:ab');
  }, 200_000);
});
