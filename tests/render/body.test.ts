// The author's body: numbering by depth or as written, Vietnamese lettered points, Chương/Điều, inline style,
// the closing mark, and figures whose numbers are data.
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../src/kinds/body.js';
import { reportFacts } from '../../src/kinds/report.js';
import { buildBody, closeBodyBlocks, markerOf } from '../../src/render/view-model/body.js';
import { inlineRuns } from '../../src/render/view-model/inline.js';
import type { BodyBlockView } from '../../src/render/view-model/types.js';
import { localRuleIssues } from '../../src/validate/local-rules.js';

const lines = (blocks: BodyBlockView[]) =>
  blocks.map((block) => `${block.chapter ? `${block.chapter} / ` : ''}${block.label ? `${block.label} ` : ''}${(block.runs ?? []).map((run) => run.text).join('')}`);

describe('numbering', () => {
  it('follows depth: I. → 1. → 1.1. → a) → - → +, sections and lists alike', () => {
    const body: BodyNode[] = [
      {
        section: 'MỤC ĐÍCH',
        body: [
          {
            section: 'Mục đích',
            body: [{ list: [{ text: 'Một', list: [{ text: 'Hai', list: [{ text: 'Ba', list: ['Bốn'] }] }] }] }],
          },
        ],
      },
    ];
    expect(lines(buildBody(body))).toEqual(['I. MỤC ĐÍCH', '1. Mục đích', '1.1. Một', 'a) Hai', '- Ba', '+ Bốn']);
  });

  it('letters points the Vietnamese way, skipping f, j, w, z and counting đ', () => {
    expect(Array.from({ length: 9 }, (_, i) => markerOf('a)', i + 1))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)', 'i)']);
    expect(markerOf('A.', 5)).toBe('Đ.');
    expect(markerOf('thứ nhất', 4)).toBe('Thứ tư,');
  });

  it('advances the author’s own counting style: a-, a., 1-, I-, (a) and the like', () => {
    const seven = (style: string) => Array.from({ length: 7 }, (_, i) => markerOf(style, i + 1));
    expect(seven('a-')).toEqual(['a-', 'b-', 'c-', 'd-', 'đ-', 'e-', 'g-']);
    expect(seven('a.')).toEqual(['a.', 'b.', 'c.', 'd.', 'đ.', 'e.', 'g.']);
    expect(seven('1-')).toEqual(['1-', '2-', '3-', '4-', '5-', '6-', '7-']);
    expect(seven('I-')).toEqual(['I-', 'II-', 'III-', 'IV-', 'V-', 'VI-', 'VII-']);
    expect(seven('(a)').slice(3, 6)).toEqual(['(d)', '(đ)', '(e)']);
    expect(seven('A-')[4]).toBe('Đ-');
    expect(markerOf('1/', 3)).toBe('3/');
    // Signs that count nothing stay as written.
    for (const sign of ['-', '+', '•', '–', '*', 'a', '(1', 'Phần']) expect(markerOf(sign, 3)).toBe(sign);
    const body: BodyNode[] = [{ list: [{ text: 'Tiêu chuẩn sau:', list: ['một;', 'hai;', 'ba;', 'bốn;', 'năm.'], listMarker: 'a-' }], marker: '1.' }];
    expect(lines(buildBody(body))).toEqual(['1. Tiêu chuẩn sau:', 'a- một;', 'b- hai;', 'c- ba;', 'd- bốn;', 'đ- năm.']);
  });

  it('keeps the author’s own markers, none where asked, and a list’s chosen style', () => {
    const body: BodyNode[] = [
      { section: 'NHIỆM VỤ', number: 'A.', body: [{ list: ['x', { text: 'y', marker: '1.1' }], marker: '+' }] },
      { section: 'QUÝ III/2021', number: '' },
    ];
    expect(lines(buildBody(body))).toEqual(['A. NHIỆM VỤ', '+ x', '1.1 y', 'QUÝ III/2021']);
  });

  it('numbers Chương and Điều through the document, khoản 1. and điểm a) inside an article', () => {
    const body: BodyNode[] = [
      { chapter: 'QUY ĐỊNH CHUNG', body: [{ article: 'Phạm vi', body: [{ list: [{ text: 'Khoản', list: ['điểm'] }] }] }] },
      { chapter: 'TỔ CHỨC THỰC HIỆN', body: [{ article: 'Hiệu lực' }] },
    ];
    expect(lines(buildBody(body))).toEqual(['Chương I / QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi', '1. Khoản', 'a) điểm', 'Chương II / TỔ CHỨC THỰC HIỆN', 'Điều 2. Hiệu lực']);
  });
});

describe('text as written', () => {
  it('prints bold and italic inside a sentence, and a stray asterisk as it is', () => {
    expect(inlineRuns('Tuyên truyền **sâu rộng** trong *đoàn viên*.')).toEqual([
      { text: 'Tuyên truyền ', bold: false, italic: false },
      { text: 'sâu rộng', bold: true, italic: false },
      { text: ' trong ', bold: false, italic: false },
      { text: 'đoàn viên', bold: false, italic: true },
      { text: '.', bold: false, italic: false },
    ]);
    expect(inlineRuns('5 * 3 = 15')).toEqual([{ text: '5 * 3 = 15', bold: false, italic: false }]);
  });

  it('keeps the author’s punctuation and closes the last paragraph with ./., or keeps the author’s own /.', () => {
    const items = buildBody([{ list: ['một;', 'hai.'] }]);
    expect(lines(items)).toEqual(['- một;', '- hai.']);
    expect(closeBodyBlocks(items)).toBe(true);
    expect(lines(items)[1]).toBe('- hai./.');
    const own = buildBody(['trước ngày 6/6/2011. /.']);
    closeBodyBlocks(own);
    expect(lines(own)).toEqual(['trước ngày 6/6/2011. /.']);
    expect(closeBodyBlocks(buildBody([{ table: { rows: [['x']] } }]))).toBe(false);
  });
});

describe('figures', () => {
  const figure = { figure: 'Tổng số đoàn viên: {tong}, nữ: {nu}', values: { tong: 1250, nu: { value: 33, target: 'ty-le-nu' } } };

  it('print the sentence with the numbers in place, grouped as Vietnamese writes them', () => {
    expect(lines(buildBody([figure]))).toEqual(['Tổng số đoàn viên: 1.250, nữ: 33']);
  });

  it('give their targets to the cross-document rules, and must match slot for slot', () => {
    const at = () => ({ line: 1, column: 1, path: '' });
    const doc = { kind: 'report', year: 2024, issuer: 'x', period: '2024', body: [figure, { figure: 'Nam: {nam}', values: { nu: 3 } }] };
    const facts = reportFacts(doc, at);
    expect(facts.targetRefs.map((ref) => ref.id)).toEqual(['ty-le-nu']);
    expect(localRuleIssues('bc.yaml', facts, doc).map((issue) => [issue.code, issue.args])).toEqual([
      ['figure-slot-missing', { id: 'nam' }],
      ['figure-value-unused', { id: 'nu' }],
    ]);
  });
});
