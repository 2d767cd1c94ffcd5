// The Phụ lục VI fields: decided once from the view, written by the XMP packet and the DOCX properties alike.
import { describe, expect, it } from 'vitest';
import { recipientParts } from '../../src/domain/recipients.js';
import { documentMetadata, keywordsOf, phuLucViFields } from '../../src/render/document-metadata.js';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { documentXmp } from '../../src/render/pdf/metadata.js';
import { buildViewModel } from '../../src/render/view-model/index.js';
import { renderViewDocx } from '../../src/render/docx/write-docx.js';
import type { RenderInput } from '../../src/render/view-model/types.js';
import { compact, config, plan } from './fixtures.js';
import { docxPart } from './docx/unzip.js';

const env = createTemplateEnvironment();
const metadataOf = (input: RenderInput) => documentMetadata(buildViewModel(input, env.profile), input.document.date);

describe('the metadata of a document', () => {
  it('of a plan: issuer, type, number in its two parts, date, subject, signer, recipients and copies', () => {
    const metadata = metadataOf({ document: plan(), config, sourceFile: 'k.yaml', signatures: { complete: false, digest: 'sha256:ab', commit: 'c0' } });
    expect(metadata).toMatchObject({
      title: 'KẾ HOẠCH Hoạt động công đoàn năm 2024',
      language: 'vi-VN',
      organName: 'CÔNG ĐOÀN BỘ KẾ HOẠCH VÀ ĐẦU TƯ',
      typeName: 'Kế hoạch',
      number: '15/KH-CĐBKHĐT',
      codeNumber: '15',
      codeNotation: 'KH-CĐBKHĐT',
      issuedDate: '2024-01-15',
      subject: 'Hoạt động công đoàn năm 2024',
      recipients: ['Công đoàn Viên chức Việt Nam (để b/c)', 'Các công đoàn trực thuộc'],
      // two recipients and two file copies (VT, CĐB)
      issuedAmount: 4,
      digest: 'sha256:ab',
      commit: 'c0',
    });
    expect(metadata.signers).toHaveLength(1);
    expect(metadata.signers[0]!.position).toMatch(/CHỦ TỊCH$/);
    expect(keywordsOf(metadata)).toEqual(['Kế hoạch', '15/KH-CĐBKHĐT', 'digest=sha256:ab commit=c0']);
  });

  it('of a compact: every party that signs, in order, and no number when there is none', () => {
    const metadata = metadataOf({ document: compact(), config, sourceFile: 'g.yaml' });
    expect(metadata.number).toBeUndefined();
    expect(metadata.codeNumber).toBeUndefined();
    expect(metadata.signers.length).toBe(compact().parties.length);
    const names = phuLucViFields(metadata).map((field) => field.name);
    expect(names).not.toContain('CodeNumber');
    expect(names).not.toContain('PageAmount');
    expect(names).toEqual(expect.arrayContaining(['TypeName', 'IssuedDate', 'OrganName', 'Subject', 'Language', 'Position', 'FullName']));
  });

  it('counts recipients and file copies as the outgoing register does', () => {
    expect(recipientParts(['- Như trên;', '- Ban Thường vụ;', '- Lưu: VT, CĐB.'])).toEqual({ recipients: ['Như trên', 'Ban Thường vụ'], archive: 'VT, CĐB', copies: 4 });
    expect(recipientParts(undefined)).toEqual({ recipients: [], archive: '', copies: 0 });
  });
});

describe('the XMP packet', () => {
  it('escapes markup and drops the control characters XML cannot hold', () => {
    const metadata = metadataOf({ document: plan({ subject: 'Kế hoạch <b>&</b>\u0007 năm 2024' }), config, sourceFile: 'k.yaml' });
    const xmp = documentXmp({ metadata, pages: 2, date: '2024-01-15T00:00:00+07:00', creatorTool: 'giaouoc', pdfa: true });
    expect(xmp).not.toContain('\u0007');
    expect(xmp).toContain('<vbdt:Subject>Kế hoạch &lt;b&gt;&amp;&lt;/b&gt; năm 2024</vbdt:Subject>');
    expect(xmp).toContain('<vbdt:PageAmount>2</vbdt:PageAmount>');
  });
});

describe('the DOCX properties', () => {
  it('carry the same fields: core properties and docProps/custom.xml by the Phụ lục VI names', async () => {
    const input: RenderInput = { document: plan(), config, sourceFile: 'k.yaml', signatures: { complete: false, digest: 'sha256:ab', commit: 'c0' } };
    const view = buildViewModel(input, env.profile);
    const docx = await renderViewDocx(view, env, input.document.date);
    const core = docxPart(docx, 'docProps/core.xml');
    expect(core).toContain('<dc:title>KẾ HOẠCH Hoạt động công đoàn năm 2024</dc:title>');
    expect(core).toContain('<dc:subject>Hoạt động công đoàn năm 2024</dc:subject>');
    expect(core).toContain('<dc:creator>CÔNG ĐOÀN BỘ KẾ HOẠCH VÀ ĐẦU TƯ</dc:creator>');
    expect(core).toContain('<cp:keywords>Kế hoạch; 15/KH-CĐBKHĐT; digest=sha256:ab commit=c0</cp:keywords>');
    expect(core).toContain('<cp:category>Kế hoạch</cp:category>');
    expect(core).toContain('<dc:identifier>15/KH-CĐBKHĐT</dc:identifier>');
    expect(core).toContain('<dc:language>vi-VN</dc:language>');

    const custom = docxPart(docx, 'docProps/custom.xml');
    const properties = Object.fromEntries([...custom.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)<\/vt:lpwstr>/g)].map((match) => [match[1], match[2]]));
    const expected = phuLucViFields(documentMetadata(view, input.document.date));
    expect(Object.keys(properties)).toEqual([...expected.map((field) => field.name), 'digest', 'commit']);
    expect(properties).toMatchObject({
      CodeNumber: '15',
      CodeNotation: 'KH-CĐBKHĐT',
      IssuedDate: '2024-01-15',
      ToOrganName: 'Công đoàn Viên chức Việt Nam (để b/c); Các công đoàn trực thuộc',
      IssuedAmount: '4',
      digest: 'sha256:ab',
    });
    // The package names the part, so Word and LibreOffice find it.
    expect(docxPart(docx, '[Content_Types].xml')).toContain('/docProps/custom.xml');
    expect(docxPart(docx, '_rels/.rels')).toContain('docProps/custom.xml');
  });
});
