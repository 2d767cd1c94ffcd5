// A table cell keeps the lines its author broke it into (a scoring form's "- …" lines with their points, one per
// line), in the HTML the PDF is printed from and in the DOCX built from that HTML; marks stay within their line.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { buildBody } from '../../src/render/view-model/body.js';

describe('a table cell with line breaks', () => {
  const [block] = buildBody([{ table: { rows: [['- Đại diện **NLĐ**.\n- Giám sát *TƯLĐTT*.', '2 đ\n1 đ']] } }]);
  const [text, points] = block!.table!.rows[0]!;

  it('breaks the runs where the author broke the line, and nowhere else', () => {
    expect(text!.runs).toEqual([
      { text: '- Đại diện ', bold: false, italic: false },
      { text: 'NLĐ', bold: true, italic: false },
      { text: '.', bold: false, italic: false },
      { text: '', bold: false, italic: false, lineBreak: true },
      { text: '- Giám sát ', bold: false, italic: false },
      { text: 'TƯLĐTT', bold: false, italic: true },
      { text: '.', bold: false, italic: false },
    ]);
    expect(points!.runs.map((run) => run.lineBreak ?? run.text)).toEqual(['2 đ', true, '1 đ']);
  });

  it('prints a <br> between the lines, marks kept', () => {
    const runs = Handlebars.create().compile(readFileSync(new URL('../../templates/partials/runs.hbs', import.meta.url), 'utf8'));
    expect(runs(points!.runs)).toBe('2 đ<br>1 đ');
    expect(runs(text!.runs)).toBe('- Đại diện <b>NLĐ</b>.<br>- Giám sát <i>TƯLĐTT</i>.');
  });
});
