// An author-shaped body in Word: markers and inline bold as runs, a table's own widths, merged columns and rows.
import { describe, expect, it } from 'vitest';
import { createTemplateEnvironment } from '../../../src/render/environment.js';
import { buildViewModel } from '../../../src/render/view-model/index.js';
import { renderViewDocx } from '../../../src/render/docx/write-docx.js';
import type { PlanDocument } from '../../../src/kinds/model.js';
import { config } from '../fixtures.js';
import { docxPart } from './unzip.js';

const env = createTemplateEnvironment();

const plan: PlanDocument = {
  kind: 'plan',
  year: 2024,
  issuer: 'cd-bo-khdt',
  date: '2024-04-28',
  subject: 'Hoạt động tháng 5 năm 2024',
  body: [
    'Thực hiện Kế hoạch số 12/KH-CĐVC, Công đoàn xây dựng kế hoạch như sau:',
    { section: 'MỤC ĐÍCH', body: [{ list: ['Tuyên truyền **sâu rộng**;', { text: 'Tổ chức', list: ['Văn nghệ'] }] }] },
    {
      table: {
        widths: [10, 60, 30],
        head: [['STT', 'Nội dung', 'Thời gian']],
        rows: [[1, { text: 'Hội thi', rowspan: 2 }, 'Tháng 5'], [2, 'Tháng 6'], [{ text: 'Tổng cộng', colspan: 3 }]],
      },
    },
  ],
};

describe('a body in DOCX', () => {
  it('keeps the markers, the bold words, the merged cells, the head row and the author’s widths', async () => {
    const view = buildViewModel({ document: plan, config, sourceFile: 'k.yaml' }, env.profile);
    const xml = docxPart(await renderViewDocx(view, env, plan.date), 'word/document.xml');
    expect(xml).toMatch(/<w:t(?: [^>]*)?>I\.<\/w:t>/);
    expect(xml).toMatch(/<w:t(?: [^>]*)?>2\.1\.<\/w:t>/);
    expect(xml).toMatch(/<w:b\/>.*?<w:t(?: [^>]*)?>sâu rộng<\/w:t>/s);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    const table = xml.slice(xml.lastIndexOf('<w:tbl>', xml.indexOf('Hội thi')));
    const grid = [...(/<w:tblGrid>(.*?)<\/w:tblGrid>/s.exec(table)![1]!).matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid[1]! / grid[0]!).toBeGreaterThan(3);
  });
});
