// The WordprocessingML the DOCX writer produces, read back from the zip: page, fonts, tables, page numbers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTemplateEnvironment, type TemplateEnvironment } from '../../../src/render/environment.js';
import { defaultProfile } from '../../../src/render/profile.js';
import { buildViewModel } from '../../../src/render/view-model/index.js';
import type { RenderInput } from '../../../src/render/view-model/types.js';
import { renderViewDocx } from '../../../src/render/docx/write-docx.js';
import { textWidthPt } from '../../../src/render/docx/measure.js';
import { compact, config, plan } from '../fixtures.js';
import { docxPart, entryTimes } from './unzip.js';

const env = createTemplateEnvironment();
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

async function docxOf(input: RenderInput, environment: TemplateEnvironment = env): Promise<Buffer> {
  return renderViewDocx(buildViewModel(input, environment.profile), environment, input.document.date);
}

/** Every `<w:tbl>…</w:tbl>` at the top level of the body, in order. */
function topTables(xml: string): string[] {
  const tables: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (match[0] === '<w:tbl>') {
      if (depth++ === 0) start = match.index;
    } else if (--depth === 0) {
      tables.push(xml.slice(start, match.index + match[0].length));
    }
  }
  return tables;
}

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map((match) => match[0]);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function textOf(xml: string): string {
  const raw = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  return raw.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]!);
}

function gridWidths(table: string): number[] {
  const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/s.exec(table)![1]!;
  return [...grid.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
}

describe('DOCX of a compact (draft)', () => {
  let docx: Buffer;
  let body: string;
  let styles: string;
  beforeAll(async () => {
    docx = await docxOf({ document: compact(), config, sourceFile: 'g.yaml' });
    body = docxPart(docx, 'word/document.xml');
    styles = docxPart(docx, 'word/styles.xml');
  });

  it('is A4 with the margins of the layout profile', () => {
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(body)![1]!;
    const m = defaultProfile.page.margin;
    expect(margin).toContain(`w:top="${twips(m.top)}"`);
    expect(margin).toContain(`w:right="${twips(m.right)}"`);
    expect(margin).toContain(`w:bottom="${twips(m.bottom)}"`);
    expect(margin).toContain(`w:left="${twips(m.left)}"`);
  });

  it('names Times New Roman on every font slot, in the defaults and in every style', () => {
    const defaults = /<w:rPrDefault>(.*?)<\/w:rPrDefault>/s.exec(styles)![1]!;
    const slots = ['ascii', 'hAnsi', 'cs', 'eastAsia'];
    const allSlots = (rFonts: string) => slots.every((slot) => rFonts.includes(`w:${slot}="Times New Roman"`));
    expect(allSlots(/<w:rFonts [^>]*\/>/.exec(defaults)![0])).toBe(true);
    const everyRFonts = [...styles.matchAll(/<w:rFonts [^>]*\/>/g)].map((match) => match[0]);
    expect(everyRFonts.length).toBeGreaterThan(20);
    for (const rFonts of everyRFonts) expect(allSlots(rFonts), rFonts).toBe(true);
    const ourStyles = [...styles.matchAll(/<w:style [^>]*w:styleId="(GU\w+|Normal)"[^>]*>(.*?)<\/w:style>/gs)];
    expect(ourStyles.length).toBeGreaterThan(20);
    for (const [, id, style] of ourStyles) expect(style, id).toMatch(/<w:rFonts /);
    expect(styles).not.toMatch(/asciiTheme|hAnsiTheme/);
    for (const rFonts of body.matchAll(/<w:rFonts [^>]*\/>/g)) expect(allSlots(rFonts[0])).toBe(true);
  });

  it('takes sizes from the profile, in half-points, with spacing in the styles and lines at least the profile\'s height', () => {
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`, 's').exec(styles)![1]!;
    expect(style('GUBody')).toContain(`<w:sz w:val="${defaultProfile.body.size * 2}"/>`);
    expect(style('GUBody')).toMatch(/<w:jc w:val="both"\/>/);
    expect(style('GUBody')).toContain(`w:firstLine="${twips(defaultProfile.body.firstLineIndent)}"`);
    expect(style('GUIssuer')).toContain(`<w:sz w:val="${defaultProfile.header.issuer.size * 2}"/>`);
    expect(style('GUIssuer')).toMatch(/<w:b\/>/);
    expect(style('GUDateLine')).toMatch(/<w:i\/>/);
    expect(style('GURecipient')).toContain(`<w:sz w:val="${defaultProfile.recipients.line.size * 2}"/>`);
    expect(style('GUBody')).toContain(`w:line="${Math.round(defaultProfile.body.size * defaultProfile.body.lineHeight * 20)}" w:lineRule="atLeast"`);
    // Paragraphs leave spacing to their style: only a collapsed margin or a rule's height is written on one.
    const bodyParagraphs = paragraphs(body).filter((p) => p.includes('<w:pStyle w:val="GUBody"/>'));
    const direct = bodyParagraphs.filter((p) => p.includes('<w:spacing'));
    expect(direct.length).toBeLessThan(bodyParagraphs.length / 4);
    expect(styles).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('puts the header in a borderless two-column table, 40/60, with the rules under the issuer and the motto', () => {
    const [header] = topTables(body);
    const widths = gridWidths(header!);
    expect(widths).toHaveLength(2);
    const total = widths[0]! + widths[1]!;
    expect(Math.abs(total - twips(210 - 30 - 15))).toBeLessThanOrEqual(2);
    expect(widths[0]! / total).toBeCloseTo(defaultProfile.header.leftColumnPercent / 100, 2);
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(header!)![1]!;
    expect(borders.match(/w:val="none"/g)).toHaveLength(6);
    expect(textOf(header!)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // Inside a word the name's syllables are joined by no-break spaces: Word wraps it only between words.
    expect(textOf(header!).replace(/\u00a0/g, ' ')).toContain('KHỐI THI ĐUA I');
    expect(header!).not.toContain('<w:br/>');
    const motto = paragraphs(header!).find((p) => textOf(p) === 'Độc lập - Tự do - Hạnh phúc')!;
    expect(motto).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    const issuerAt = paragraphs(header!).findIndex((p) => textOf(p).replace(/\u00a0/g, ' ') === 'KHỐI THI ĐUA I');
    const rule = paragraphs(header!)[issuerAt + 1]!;
    expect(textOf(rule)).toBe('');
    expect(rule).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    // The rule is a share (ruleRatio) of the name's line, measured from the font's widths.
    const left = Number(/<w:ind w:left="(\d+)"/.exec(rule)![1]);
    const lineTwips = twips((textWidthPt('KHỐI THI ĐUA I', defaultProfile.header.issuer.size, true) * 25.4) / 72);
    expect((widths[0]! - 2 * left) / lineTwips).toBeCloseTo(defaultProfile.header.ruleRatio, 1);
  });

  it('writes the title, the numbered headings as text and the justified body', () => {
    const all = paragraphs(body);
    const byStyle = (id: string) => all.filter((p) => p.includes(`<w:pStyle w:val="${id}"/>`)).map(textOf);
    expect(byStyle('GUDocType')).toEqual(['GIAO ƯỚC THI ĐUA']);
    expect(byStyle('GUHeadingRoman')[0]).toMatch(/^I\. /);
    expect(byStyle('GUBody').some((text) => text.startsWith('Thứ nhất,'))).toBe(true);
    const lead = all.find((p) => textOf(p).startsWith('Thứ nhất,'))!;
    expect(lead).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>Thứ nhất,<\/w:t>/);
  });

  it('draws the signature grid as a borderless table, a party to a cell and the names in it', () => {
    const tables = topTables(body);
    const grid = tables.find((table) => textOf(table).includes('Hà Quốc Trung'))!;
    const columns = gridWidths(grid);
    expect(columns).toHaveLength(2 * defaultProfile.signature.gridColumns);
    expect(/<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(grid)![1]!.match(/w:val="none"/g)).toHaveLength(6);
    const rows = grid.match(/<w:tr>/g)!;
    const view = buildViewModel({ document: compact(), config, sourceFile: 'g.yaml' });
    // The last row holds the last cells (a nested table) with the witness under them, so they never part.
    expect(rows).toHaveLength(view.signatures.rows.length + 1);
    expect(grid.match(/<w:cantSplit\/>/g)).toHaveLength(rows.length);
    expect(textOf(grid)).toContain('CHỨNG KIẾN');
    for (const cell of view.signatures.cells) expect(textOf(grid)).toContain(cell.name);
    expect(grid.match(/<w:gridSpan w:val="2"\/>/g)!.length).toBe(view.signatures.cells.length);
  });

  it('has a page number field in the default header and an empty first-page header', () => {
    expect(body).toMatch(/<w:titlePg\/>/);
    const rels = docxPart(docx, 'word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(body)![1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!.slice(1).find(Boolean)!;
    };
    const numbered = docxPart(docx, `word/${target('default')}`);
    const first = docxPart(docx, `word/${target('first')}`);
    expect(numbered).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/);
    expect(numbered).toContain('<w:pStyle w:val="GUPageNumber"/>');
    const numberStyle = /<w:style [^>]*w:styleId="GUPageNumber"[^>]*>(.*?)<\/w:style>/s.exec(styles)![1]!;
    expect(numberStyle).toMatch(/<w:jc w:val="center"\/>/);
    expect(numberStyle).toContain(`<w:sz w:val="${defaultProfile.pageNumber.size * 2}"/>`);
    expect(first).not.toMatch(/PAGE/);
    expect(textOf(first)).toBe('');
  });

  it('boxes the draft mark in the header, centred under the number', () => {
    const [header] = topTables(body);
    const mark = paragraphs(header!).find((p) => p.includes('<w:pStyle w:val="GUDraftMark"/>'))!;
    expect(textOf(mark)).toBe('DỰ THẢO');
    for (const side of ['top', 'left', 'bottom', 'right']) expect(mark).toMatch(new RegExp(`<w:${side} w:val="single"`));
    const left = Number(/<w:ind w:left="(\d+)"/.exec(mark)![1]);
    const right = Number(/w:right="(\d+)"/.exec(mark)![1]);
    expect(Math.abs(left - right)).toBeLessThanOrEqual(2);
  });
});

describe('DOCX of a plan', () => {
  it('keeps the recipients beside the single signature and the timeline ruled, its head row repeated', async () => {
    const input = { document: plan(), config, sourceFile: 'k.yaml' };
    const docx = await docxOf(input);
    const signer = buildViewModel(input).signatures.cells[0]!;
    const body = docxPart(docx, 'word/document.xml');
    const tables = topTables(body);
    const closing = tables.find((table) => textOf(table).includes('Nơi nhận:'))!;
    const widths = gridWidths(closing);
    expect(widths).toHaveLength(2);
    expect(widths[0]! / (widths[0]! + widths[1]!)).toBeCloseTo(defaultProfile.recipients.columnPercent / 100, 2);
    const cells = [...closing.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((match) => textOf(match[1]!));
    expect(cells[0]).toMatch(/^Nơi nhận:/);
    expect(cells[1]).toBe(`${signer.authority}${signer.title}${signer.name}`);
    const timeline = tables.find((table) => textOf(table).includes('Đơn vị phối hợp'));
    if (timeline) {
      expect(timeline).toMatch(/<w:tblHeader\/>/);
      expect(/<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(timeline)![1]!).toMatch(/<w:top w:val="single"/);
      expect(gridWidths(timeline)).toHaveLength(defaultProfile.table.timelineColumns.length);
    }
  });
});

describe('DOCX bytes', () => {
  it('are the same for the same input, dated with the document date', async () => {
    const input = { document: compact(), config, sourceFile: 'g.yaml' };
    const [one, two] = [await docxOf(input), await docxOf(input)];
    expect(one.equals(two)).toBe(true);
    const core = docxPart(one, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-04T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-04T00:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>GIAO ƯỚC THI ĐUA Khối thi đua I năm 2024</dc:title>');
    const dosDate = ((2024 - 1980) << 9) | (3 << 5) | 4;
    expect(entryTimes(one).every((entry) => entry.date === dosDate && entry.time === 0)).toBe(true);
  });

  it('of a signed compact have no draft mark, the signed notes and the digest as keywords', async () => {
    const digest = 'sha256:9f2c4e0b7a1d';
    const docx = await docxOf({ document: compact(), config, sourceFile: 'g.yaml', signatures: { complete: true, digest } });
    const text = textOf(docxPart(docx, 'word/document.xml'));
    expect(text).not.toContain('DỰ THẢO');
    expect(text.match(/\(Đã ký\)/g)).toHaveLength(4);
    // The digest lives in the file's properties; a fully signed copy prints no trace line.
    expect(text).not.toContain('Mã nội dung');
    expect(docxPart(docx, 'docProps/core.xml')).toContain(`<cp:keywords>Giao ước thi đua; digest=${digest}</cp:keywords>`);
  });
});

describe('a repository template', () => {
  it('reaches the DOCX, and elements outside the vocabulary keep their text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-docx-templates-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(
      join(dir, 'plan.hbs'),
      [
        '<article class="document plan">',
        '{{> header}}',
        '{{> title}}',
        '<blockquote class="note">Ghi chú riêng của <em>đơn vị</em> &amp; <b>Ban Nữ công</b></blockquote>',
        '<div class="x-box"><span>Khung</span> tự do<div class="inner">Dòng trong khung</div></div>',
        '{{#each sections}}{{> section}}{{/each}}',
        '<div class="closing">{{> recipients}}{{> signature-single signatures}}</div>',
        '</article>',
      ].join('\n'),
    );
    const custom = createTemplateEnvironment({ overridesDir: dir });
    const docx = await docxOf({ document: plan(), config, sourceFile: 'k.yaml' }, custom);
    const body = docxPart(docx, 'word/document.xml');
    const texts = paragraphs(body).map(textOf);
    expect(texts).toContain('Ghi chú riêng của đơn vị & Ban Nữ công');
    expect(texts).toContain('Khung tự do');
    expect(texts).toContain('Dòng trong khung');
    expect(texts.some((text) => text.startsWith('I. '))).toBe(true);
    // The draft mark belongs to the header partial (under the number), so it comes with {{> header}}.
    expect(textOf(topTables(body)[0]!)).toContain('DỰ THẢO');
    expect(textOf(body).match(/DỰ THẢO/g)).toHaveLength(1);
  });
});
