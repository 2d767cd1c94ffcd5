// A signature block the document writes itself prints exactly its lines; signing asks for a named signer.
import { describe, expect, it } from 'vitest';
import { unnamedSigner, writtenSignature } from '../../src/domain/signature-block.js';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { renderHtml } from '../../src/render/html.js';
import { buildViewModel } from '../../src/render/view-model/index.js';
import type { PlanView } from '../../src/render/view-model/types.js';
import { config, plan } from '../render/fixtures.js';

const placeOf = (path: readonly (string | number)[]) => `k.yaml:${path.join('.')}`;
const signatureHtml = (html: string) => html.slice(html.indexOf('<section class="signatures single">'), html.indexOf('</section>', html.indexOf('<section class="signatures single">')));

describe('a written signature block', () => {
  it('reads one or several authority lines, a title and a name, each optional; false says there is none', () => {
    expect(writtenSignature({})).toBeUndefined();
    expect(writtenSignature({ signature: false })).toEqual({ absent: true });
    expect(writtenSignature({ signature: { authority: 'TM. ĐOÀN CHỦ TỊCH' } })).toEqual({ absent: false, authority: ['TM. ĐOÀN CHỦ TỊCH'] });
    expect(writtenSignature({ signature: { authority: ['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH'], title: 'Phó Chủ tịch', name: 'Lê Văn A' } })).toEqual({
      absent: false,
      authority: ['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH'],
      title: 'Phó Chủ tịch',
      name: 'Lê Văn A',
    });
  });

  it('prints exactly the lines written: no default committee line, no invented title, a blank for the name', () => {
    const env = createTemplateEnvironment();
    const input = { document: plan({ signature: { authority: ['TM. Ban Thường vụ', 'KT. Chủ tịch'], title: 'Phó Chủ tịch' } }), config, sourceFile: 'k.yaml' };
    const cell = (buildViewModel(input) as PlanView).signatures.cells[0]!;
    expect(cell).toMatchObject({ authority: 'TM. BAN THƯỜNG VỤ', authorityLines: ['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: '' });
    const html = signatureHtml(renderHtml(input, env));
    expect(html.match(/class="(authority|title|name)">[^<]*/g)).toEqual(['class="authority">TM. BAN THƯỜNG VỤ', 'class="authority">KT. CHỦ TỊCH', 'class="title">PHÓ CHỦ TỊCH', 'class="name">']);

    const onlyAuthority = signatureHtml(renderHtml({ ...input, document: plan({ signature: { authority: 'TM. ĐOÀN CHỦ TỊCH' } }) }, env));
    expect(onlyAuthority.match(/class="(authority|title|name)">[^<]*/g)).toEqual(['class="authority">TM. ĐOÀN CHỦ TỊCH', 'class="name">']);
    expect(onlyAuthority).not.toContain('Lê Thị Tường Thu');

    const none = buildViewModel({ ...input, document: plan({ signature: false }) }) as PlanView;
    expect(none.signatures.cells).toEqual([]);
    expect(signatureHtml(renderHtml({ ...input, document: plan({ signature: false }) }, env))).not.toContain('class="signature"');
  });
});

describe('signing asks for a named signer', () => {
  it('refuses a block without a name, a document without a block, and a unit with nobody registered', () => {
    const unnamed = unnamedSigner(plan({ signature: { authority: 'TM. BAN CHẤP HÀNH', title: 'Chủ tịch' } }), config, 'cd-khdt', placeOf);
    expect(unnamed).toEqual({
      vi: 'k.yaml:signature: phần ký chưa ghi họ tên người ký; hãy ghi họ tên vào signature.name rồi mới ký',
      en: 'k.yaml:signature: the signature block names no signer; write the name in signature.name before signing',
    });
    expect(unnamedSigner(plan({ signature: false }), config, 'cd-khdt', placeOf)?.vi).toMatch(/^k\.yaml:signature: văn bản ghi không có phần ký \(signature: false\) nên không ký được;/);
    expect(unnamedSigner(plan({ issuer: 'tld' }), config, 'tld', placeOf)?.vi).toBe(
      'k.yaml:issuer: Tổng Liên đoàn Lao động Việt Nam chưa có người ký trong giaouoc.yaml nên văn bản không ghi được họ tên người ký; hãy thêm người ký vào signatories của "tld" hoặc ghi signature.name rồi mới ký',
    );
  });

  it('lets a named block or the registry signatory sign', () => {
    expect(unnamedSigner(plan(), config, 'cd-khdt', placeOf)).toBeUndefined();
    expect(unnamedSigner(plan({ signature: { name: 'Lê Văn A' } }), config, 'cd-khdt', placeOf)).toBeUndefined();
  });
});
