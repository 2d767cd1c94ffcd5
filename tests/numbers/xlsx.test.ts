// The register's XLSX, written without a spreadsheet library: its parts are what ECMA-376 asks, LibreOffice Calc
// reads every cell back as written, and hostile text (a formula, markup, control characters) stays inert text.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../src/register/entries.js';
import { registerXlsx } from '../../src/register/tabular.js';
import { runTool } from '../helpers/tools.js';

const entry = (ordinal: number, subject: string): RegisterEntry => ({
  relative: `2026/van-ban-${ordinal}.yaml`,
  issuer: 'cdcs-phuong-ba-dinh',
  code: 'CĐCS',
  ordinal,
  number: `${String(ordinal).padStart(2, '0')}/KH-CĐCS`,
  date: '05/03/2026',
  typeAndSubject: subject,
  signer: 'Nguyễn Thị Hoa',
  recipients: 'LĐLĐ thành phố Hà Nội (để b/c); Lưu: VT',
  archive: 'VT',
  copies: 4,
  sent: '06/03/2026',
  receipt: 'Văn thư',
  notes: '',
});

const entries = [
  entry(1, 'Kế hoạch: Tháng Công nhân năm 2026 — «Vì việc làm bền vững»'),
  entry(2, '=HYPERLINK("http://example.org","bấm") <b>&amp; "x"\u0007\u0000 ký tự điều khiển'),
];

describe('register XLSX', () => {
  it('holds the parts of a workbook, A4 landscape, the title merged, rows 4–5 frozen and printed on every page', async () => {
    const parts = unzipSync(new Uint8Array(await registerXlsx(entries, { organ: 'CÔNG ĐOÀN PHƯỜNG BA ĐÌNH', year: 2026 }, 'vi')));
    expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<mergeCells count="2"><mergeCell ref="A1:J1"/><mergeCell ref="A2:J2"/></mergeCells>');
    expect(sheet).toContain('<pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/>');
    // The formula is an inline string, never an <f>; the control characters are gone, the markup escaped.
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toMatch(/[\u0000-\u0008]/);
    expect(sheet).toContain('<t xml:space="preserve">=HYPERLINK(&quot;http://example.org&quot;,&quot;bấm&quot;) &lt;b&gt;&amp;amp; &quot;x&quot; ký tự điều khiển</t>');
    expect(sheet).toContain('<c r="G6" s="1"><v>4</v></c>');
    expect(strFromU8(parts['xl/workbook.xml']!)).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Văn bản đi 2026'!$4:$5</definedName>`);
  });

  it('gives the same bytes for the same register', async () => {
    const title = { organ: 'CÔNG ĐOÀN PHƯỜNG BA ĐÌNH', year: 2026 };
    expect(Buffer.compare(await registerXlsx(entries, title, 'vi'), await registerXlsx(entries, title, 'vi'))).toBe(0);
  });

  it('opens in LibreOffice Calc with every cell as written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-xlsx-'));
    writeFileSync(join(dir, 'so.xlsx'), await registerXlsx(entries, { organ: 'CÔNG ĐOÀN PHƯỜNG BA ĐÌNH', year: 2026 }, 'en'));
    runTool('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, '.lo')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false', '--outdir', dir, join(dir, 'so.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const lines = readFileSync(join(dir, 'so.csv'), 'utf8').split('\n');
    expect(lines[0]).toMatch(/^CÔNG ĐOÀN PHƯỜNG BA ĐÌNH,/);
    expect(lines[1]).toMatch(/^OUTGOING DOCUMENT REGISTER — YEAR 2026,/);
    expect(lines[3]).toBe('Number and symbol,Date,Type and subject,Signed by,Recipients,Unit or person keeping the file copy,Copies,Date sent,Receipt,Notes');
    expect(lines[4]).toBe('(1),(2),(3),(4),(5),(6),(7),(8),(9),(10)');
    expect(lines[5]).toBe('01/KH-CĐCS,05/03/2026,Kế hoạch: Tháng Công nhân năm 2026 — «Vì việc làm bền vững»,Nguyễn Thị Hoa,LĐLĐ thành phố Hà Nội (để b/c); Lưu: VT,VT,4,06/03/2026,Văn thư,');
    expect(lines[6]).toBe('02/KH-CĐCS,05/03/2026,"=HYPERLINK(""http://example.org"",""bấm"") <b>&amp; ""x"" ký tự điều khiển",Nguyễn Thị Hoa,LĐLĐ thành phố Hà Nội (để b/c); Lưu: VT,VT,4,06/03/2026,Văn thư,');
  }, 180_000);
});
