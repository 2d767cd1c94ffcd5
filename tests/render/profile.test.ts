import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTemplatesDir } from '../../src/render/environment.js';
import { profileCss } from '../../src/render/profile-css.js';
import { defaultProfile, withProfile } from '../../src/render/profile.js';

const printCss = readFileSync(join(builtinTemplatesDir(), 'print.css'), 'utf8');

describe('layout profile', () => {
  it('holds the defaults of FORMAT.md', () => {
    expect(defaultProfile.page).toEqual({ width: 210, height: 297, margin: { top: 20, bottom: 20, left: 30, right: 15 } });
    expect(defaultProfile.body.size).toBe(14);
    // Wide enough that "CÔNG ĐOÀN VIÊN CHỨC VIỆT NAM" (12 pt) fits on one line; the rest holds the national title.
    expect(defaultProfile.header.leftColumnPercent).toBe(45);
    expect(defaultProfile.header.ruleRatio).toBeGreaterThanOrEqual(1 / 3);
    expect(defaultProfile.header.ruleRatio).toBeLessThanOrEqual(1 / 2);
    expect(defaultProfile.title.ruleRatio).toBe(defaultProfile.header.ruleRatio);
    expect(defaultProfile.documentNumber.minDigits).toBe(2);
    expect(defaultProfile.draftMark.place).toBe('under-number');
  });

  it('pads a document number below 10 with a leading zero', async () => {
    const { paddedNumber } = await import('../../src/render/view-model/layout.js');
    expect(paddedNumber('Số: 7/KH-CĐBNV', defaultProfile)).toBe('Số: 07/KH-CĐBNV');
    expect(paddedNumber('Số: 12/KH-CĐBNV', defaultProfile)).toBe('Số: 12/KH-CĐBNV');
    expect(paddedNumber('Số:\u00a0\u00a0/TTr-X', defaultProfile)).toBe('Số:\u00a0\u00a0/TTr-X');
  });

  it('turns into the page rules and custom properties', () => {
    const css = profileCss(withProfile({ page: { margin: { left: 35 } }, body: { size: 13 } }));
    expect(css).toContain('margin: 20mm 15mm 20mm 35mm;');
    expect(css).toContain('size: 210mm 297mm;');
    expect(css).toContain('--body-size: 13pt;');
    expect(css).toContain('--text-width: 160mm;');
    expect(css).toContain('--header-left-width: 45%;');
    expect(css).toMatch(/@page :first \{\s+@top-center \{ content: none; \}/);
  });

  it('defines every property print.css reads, and print.css has no lengths of its own', () => {
    const defined = new Set([...profileCss(defaultProfile).matchAll(/--([a-z0-9-]+):/g)].map((m) => m[1]));
    const used = new Set([...printCss.matchAll(/var\(--([a-z0-9-]+)\)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
    expect(printCss.match(/\d(mm|pt|cm|px|in)\b/g)).toBeNull();
  });
});

describe('where names and subjects wrap', () => {
  it('breaks between words only, balancing the lines', async () => {
    const { breakAllowed, wrapLines, glueWords } = await import('../../src/render/name-lines.js');
    expect(breakAllowed('LAO', 'ĐỘNG')).toBe(false);
    expect(breakAllowed('Y', 'TẾ')).toBe(false);
    expect(breakAllowed('tuyên', 'truyền')).toBe(false);
    expect(breakAllowed('ĐỘNG', 'TỈNH')).toBe(true);
    const font = { size: 13, bold: true };
    // 60 mm at 13 pt bold: the name needs two lines, split between words.
    expect(wrapLines('LIÊN ĐOÀN LAO ĐỘNG TỈNH SÓC TRĂNG', (60 * 72) / 25.4, font)).toEqual(['LIÊN ĐOÀN LAO ĐỘNG', 'TỈNH SÓC TRĂNG']);
    expect(wrapLines('CÔNG ĐOÀN NGÀNH Y TẾ VIỆT NAM', (45 * 72) / 25.4, font)).not.toContain('CÔNG ĐOÀN NGÀNH Y');
    expect(glueWords('CÔNG ĐOÀN BỘ Y TẾ')).toBe('CÔNG\u00a0ĐOÀN BỘ Y\u00a0TẾ');
  });
});
