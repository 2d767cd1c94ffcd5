import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { renderHtml } from '../../src/render/html.js';
import { TemplateError } from '../../src/render/template-error.js';
import { compact, config, plan, report } from './fixtures.js';

const env = createTemplateEnvironment();

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'giaouoc-render-'));
}

describe('renderHtml', () => {
  it('prints a <script> from YAML as text, in the body and in the title', () => {
    const html = renderHtml(
      { document: compact({ theme: '<script>alert(1)</script>', subject: '</title><script>x()</script>' }), config, sourceFile: 'g.yaml' },
      env,
    );
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<title>GIAO ƯỚC THI ĐUA &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
  });

  it('gives byte-identical output for the same input', () => {
    for (const document of [compact(), plan(), report()]) {
      const input = { document, config, sourceFile: 'x.yaml', plan: plan() };
      expect(renderHtml(input, env)).toBe(renderHtml(input, createTemplateEnvironment()));
    }
  });

  it('writes the semantic blocks of an official document', () => {
    const html = renderHtml({ document: plan(), config, sourceFile: 'k.yaml' }, env);
    for (const block of [
      '<div class="mark draft">DỰ THẢO</div>',
      '<header class="doc-header">',
      '<div class="issuer-upper"><span class="line">CÔNG ĐOÀN VIÊN CHỨC VIỆT NAM</span> </div>',
      '<div class="issuer" data-rule-mm="20.7"><span class="line">CÔNG ĐOÀN BỘ</span> <span class="line">KẾ HOẠCH VÀ ĐẦU TƯ</span> </div>',
      '<div class="doc-number">Số: 15/KH-CĐBKHĐT</div>',
      '<div class="national-title">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>',
      '<div class="motto">Độc lập - Tự do - Hạnh phúc</div>',
      '<p class="date-line">Hà Nội, ngày 15 tháng 01 năm 2024</p>',
      '<h1 class="doc-type">KẾ HOẠCH</h1>',
      '<h2 class="h-roman">II. NHIỆM VỤ TRỌNG TÂM</h2>',
      '<table class="timeline">',
      '<aside class="recipients">',
      '<section class="signatures single">',
    ]) {
      expect(html).toContain(block);
    }
    expect(html).not.toMatch(/style="/);
    expect(html).toContain('--body-size: 14pt;');
    expect(html).toContain('margin: 20mm 15mm 20mm 30mm;');
    expect(html).toContain('font-family: "Times New Roman", "Tinos", serif');
  });

  it('asks only for the bundled Tinos faces when fonts are embedded', () => {
    const html = renderHtml({ document: plan(), config, sourceFile: 'k.yaml' }, env, { fonts: 'embedded' });
    expect(html).toContain('--font-family: "Tinos", serif;');
    expect(html).not.toContain('Times New Roman');
    expect(html.match(/@font-face/g)).toHaveLength(12);
    expect(html).toMatch(/url\("file:\/\/[^"]+tinos-vietnamese-700-italic\.woff2"\)/);
  });

  it('leaves the ordinal of an awaited number blank, as drafts circulate; a compact and an unnumbered issuer show no number line', () => {
    const blank = '\u00a0'.repeat(8);
    const unnumbered = (document: Parameters<typeof renderHtml>[0]['document']) => renderHtml({ document, config, sourceFile: 'x.yaml', plan: plan() }, env);
    expect(unnumbered(plan({ number: undefined }))).toContain(`<div class="doc-number">Số:${blank}/KH-CĐBKHĐT</div>`);
    expect(unnumbered(report({ number: undefined }))).toContain(`<div class="doc-number">Số:${blank}/BC-CĐBKHĐT</div>`);
    expect(unnumbered(plan({ number: '07/KH-CĐBKHĐT' }))).toContain('<div class="doc-number">Số: 07/KH-CĐBKHĐT</div>');
    // The issuer has no code in the registry: no half-written number.
    expect(unnumbered(plan({ number: undefined, issuer: 'cd-khcn' }))).not.toContain('class="doc-number"');
    expect(unnumbered(compact())).not.toContain('class="doc-number"');
    const general = (type: string) => ({ kind: 'document', year: 2024, issuer: 'cd-khdt', date: '2024-05-02', type, subject: 'Việc A', body: ['Nội dung.'] }) as unknown as Parameters<typeof renderHtml>[0]['document'];
    expect(unnumbered(general('cong-van'))).toContain(`<div class="doc-number">Số:${blank}/CĐBKHĐT</div>`);
    expect(unnumbered(general('quyet-dinh'))).toContain(`<div class="doc-number">Số:${blank}/QĐ-CĐBKHĐT</div>`);
    expect(unnumbered(general('quy-che'))).not.toContain('class="doc-number"');
  });

  it('prints the line of a document issued with another between its subject and the rule, in parentheses once', () => {
    const html = renderHtml({ document: plan({ issuedWith: 'Kèm theo Quyết định số 15/QĐ-CĐBKHĐT ngày 10 tháng 01 năm 2024' }), config, sourceFile: 'k.yaml' }, env);
    const subject = html.indexOf('class="doc-subject"');
    const line = html.indexOf('<p class="doc-issued-with">(Kèm theo Quyết định số 15/QĐ-CĐBKHĐT ngày 10 tháng 01 năm 2024)</p>');
    expect(subject).toBeGreaterThan(0);
    expect(line).toBeGreaterThan(subject);
    expect(html.indexOf('class="subject-rule"')).toBeGreaterThan(line);
    const written = renderHtml({ document: plan({ issuedWith: ' (Kèm theo Quyết định số 15/QĐ-CĐBKHĐT) ' }), config, sourceFile: 'k.yaml' }, env);
    expect(written).toContain('<p class="doc-issued-with">(Kèm theo Quyết định số 15/QĐ-CĐBKHĐT)</p>');
    expect(renderHtml({ document: plan(), config, sourceFile: 'k.yaml' }, env)).not.toContain('class="doc-issued-with"');
  });

  it('drops the draft mark and shows "(Đã ký)" once every party has signed', () => {
    const html = renderHtml(
      { document: compact(), config, sourceFile: 'g.yaml', signatures: { complete: true, digest: 'sha256:ab12', commit: 'c0ffee' } },
      env,
    );
    expect(html).not.toContain('DỰ THẢO');
    expect(html.match(/\(Đã ký\)/g)).toHaveLength(4);
    // A signed copy carries its digest and commit in the file, not printed on the page.
    expect(html).not.toContain('<footer class="doc-trace">');
    expect(html).toContain('<meta name="giaouoc-digest" content="sha256:ab12">');
    expect(html).toContain('<meta name="giaouoc-digest" content="sha256:ab12">');
  });
});

describe('template overrides', () => {
  it('replaces a built-in partial with one of the same name from the repository', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'recipients.hbs'), '<aside class="recipients">Nơi nhận riêng: {{recipients.length}}</aside>\n');
    const html = renderHtml({ document: plan(), config, sourceFile: 'k.yaml' }, createTemplateEnvironment({ overridesDir: dir }));
    expect(html).toContain('Nơi nhận riêng: 3');
    expect(html).not.toContain('class="recipients-heading"');
  });

  it('ignores a repository without a templates folder', () => {
    const custom = createTemplateEnvironment({ overridesDir: join(tempDir(), 'templates') });
    expect(renderHtml({ document: plan(), config, sourceFile: 'k.yaml' }, custom)).toBe(
      renderHtml({ document: plan(), config, sourceFile: 'k.yaml' }, env),
    );
  });

  it('uses a --template file as the main template, with the built-in partials', () => {
    const file = join(tempDir(), 'mot-lan.hbs');
    writeFileSync(file, '<article class="document">{{> header}}<p class="body">{{upperVi title.docType}} riêng</p></article>\n');
    const custom = createTemplateEnvironment({ templateFile: file });
    const html = renderHtml({ document: report(), config, sourceFile: 'b.yaml' }, custom);
    expect(html).toContain('<p class="body">BÁO CÁO riêng</p>');
    expect(html).toContain('<div class="national-title">');
    expect(custom.templateFileOf('report')).toBe(file);
  });
});

describe('template errors', () => {
  function errorOf(action: () => unknown): TemplateError {
    try {
      action();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      return error as TemplateError;
    }
    throw new Error('expected a TemplateError');
  }

  it('names the file and line of a syntax error', () => {
    const file = join(tempDir(), 'hong.hbs');
    writeFileSync(file, '<article>\n<p>{{title.docType}}</p>\n{{#if header}}\n<p>x</p>\n{{/each}}\n</article>\n');
    const error = errorOf(() => createTemplateEnvironment({ templateFile: file }));
    expect(error.file).toBe(file);
    expect(error.line).toBe(3);
    expect(error.text.vi).toContain(`${file}:3`);
  });

  it('names the file and line of an unclosed expression', () => {
    const file = join(tempDir(), 'hong.hbs');
    writeFileSync(file, '<article>\n\n<p>{{title.docType</p>\n</article>\n');
    const error = errorOf(() => createTemplateEnvironment({ templateFile: file }));
    expect(error.message).toContain(`${file}:3`);
  });

  it('names the partial file and line where a helper fails at render time', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    const partial = join(dir, 'partials', 'title.hbs');
    writeFileSync(partial, '<div class="doc-title">\n<h1 class="doc-type">{{title.docType}}</h1>\n  {{dateLine "Hà Nội" "không phải ngày"}}\n</div>\n');
    const custom = createTemplateEnvironment({ overridesDir: dir });
    const error = errorOf(() => renderHtml({ document: plan(), config, sourceFile: 'k.yaml' }, custom));
    expect(error.file).toBe(partial);
    expect(error.line).toBe(3);
  });

  it('names the line that calls a partial nobody provides', () => {
    const file = join(tempDir(), 'thieu.hbs');
    writeFileSync(file, '<article>\n{{> header}}\n{{> khong-co}}\n</article>\n');
    const error = errorOf(() => createTemplateEnvironment({ templateFile: file }));
    expect(error.line).toBe(3);
    expect(error.message).toContain('khong-co');
  });

  it('names the line of a helper that does not exist', () => {
    const file = join(tempDir(), 'helper.hbs');
    writeFileSync(file, '<article>\n\n\n{{khongCo title.docType}}\n</article>\n');
    const custom = createTemplateEnvironment({ templateFile: file });
    const error = errorOf(() => renderHtml({ document: plan(), config, sourceFile: 'k.yaml' }, custom));
    expect(error.file).toBe(file);
    expect(error.line).toBe(4);
  });
});
