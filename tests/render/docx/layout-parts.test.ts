// The small layout decisions of the DOCX writer: balanced line breaks, text widths, collapsed margins.
import { describe, expect, it } from 'vitest';
import { balancedLines } from '../../../src/render/docx/balance.js';
import { Flow } from '../../../src/render/docx/flow.js';
import { textWidthPt } from '../../../src/render/docx/measure.js';

const MM = 72 / 25.4;

describe('balancedLines', () => {
  it('breaks a name into even lines, as text-wrap: balance does', () => {
    expect(balancedLines('CÔNG ĐOÀN VIÊN CHỨC VIỆT NAM', 66 * MM, 12, false)).toEqual(['CÔNG ĐOÀN VIÊN', 'CHỨC VIỆT NAM']);
  });

  it('leaves a line that fits alone', () => {
    expect(balancedLines('CÔNG ĐOÀN BỘ NỘI VỤ', 66 * MM, 13, true)).toEqual(['CÔNG ĐOÀN BỘ NỘI VỤ']);
  });
});

describe('textWidthPt', () => {
  it('measures Vietnamese letters as their base letters, bold wider than regular', () => {
    expect(textWidthPt('Độc', 10, true)).toBeCloseTo(textWidthPt('Doc', 10, true), 5);
    expect(textWidthPt('ư', 10, false)).not.toBe(textWidthPt('u', 10, false));
    expect(textWidthPt('CÔNG ĐOÀN', 12, true)).toBeGreaterThan(textWidthPt('CÔNG ĐOÀN', 12, false));
    expect(textWidthPt('a a', 10, false)).toBeCloseTo(4.44 + 2.5 + 4.44, 5);
  });
});

describe('Flow', () => {
  it('gives the larger of two adjoining margins, like CSS, not their sum', () => {
    const flow = new Flow();
    expect(flow.paragraph(0, 6)).toBe(0);
    // 6 pt are already below the previous paragraph: 12 pt of gap need 6 more.
    expect(flow.paragraph(12, 6)).toBe(6);
    expect(flow.paragraph(0, 0)).toBe(0);
  });

  it('passes a container top margin to its first block, and adds after a table', () => {
    const flow = new Flow();
    flow.openContainer(18);
    expect(flow.paragraph(0, 0)).toBe(18);
    expect(flow.table(0, 6)).toBe(0);
    expect(flow.paragraph(0, 6)).toBe(6);
  });
});
