// The short rules and the boxed mark. Word draws a paragraph border from indent to indent, so each of these
// is a paragraph whose indents leave exactly the length the print stylesheet gives the rule or box.
import { BorderStyle, type IBorderOptions, type Paragraph } from 'docx';
import { textOf, type HtmlElement } from './html-tree.js';
import type { MapContext } from './context.js';
import { textWidthPt } from './measure.js';
import { greedyLines } from '../name-lines.js';
import { inlineRuns, styledParagraph } from './paragraphs.js';

const PT_TO_MM = 25.4 / 72;
/** Slack for rounding in the width of a line of text, so a measured line never wraps. */
const FIT_SLACK_MM = 0.6;

/** A solid black rule `widthPt` thick, `spacePt` away from the text. */
export function solidLine(widthPt: number, spacePt = 0): IBorderOptions {
  return { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(widthPt * 8)), color: '000000', space: spacePt };
}

/** Indents that centre a span of `lengthMm` in the current column. */
function centred(ctx: MapContext, lengthMm: number): { left: number; right: number } {
  const side = Math.max(0, (ctx.widthMm - lengthMm) / 2);
  return { left: side, right: side };
}

/**
 * An empty paragraph drawn as a short rule: under the issuer or the subject (the length the layout measured
 * from the line above, `data-rule-mm`), or an `hr` across the column. Its height is the gap above the rule.
 */
export function ruleParagraph(element: HtmlElement, ctx: MapContext): Paragraph {
  const p = ctx.profile;
  const style = ctx.styles.rule;
  const measured = Number(element.data?.['rule-mm']);
  const lengthMm = Number.isFinite(measured) && measured > 0
    ? measured
    : element.classes.has('issuer')
      ? issuerRuleMm(element, ctx)
      : ctx.widthMm;
  const marginBottom = element.classes.has('subject-rule') ? p.title.spaceBefore : 0;
  const before = ctx.flow.paragraph(0, marginBottom);
  return styledParagraph(p, style, [], {
    before,
    after: marginBottom,
    line: p.header.ruleGap,
    border: { bottom: solidLine(p.header.ruleWidth) },
    indentMm: centred(ctx, lengthMm),
  });
}

/** Under an issuer printed without the layout's measure: a share of its last line as Word wraps it. */
function issuerRuleMm(element: HtmlElement, ctx: MapContext): number {
  const font = ctx.profile.header.issuer;
  const lines = greedyLines(textOf(element), (ctx.widthMm - FIT_SLACK_MM) / PT_TO_MM, font);
  return (textWidthPt(lines[lines.length - 1] ?? '', font.size, font.bold) * PT_TO_MM) * ctx.profile.header.ruleRatio;
}

/** The motto, its rule exactly as long as the text. */
export function mottoParagraph(element: HtmlElement, ctx: MapContext): Paragraph {
  const p = ctx.profile;
  const style = ctx.styles.motto;
  const widthMm = textWidthPt(textOf(element), style.font.size, style.font.bold) * PT_TO_MM + FIT_SLACK_MM;
  const before = ctx.flow.paragraph(style.marginTop, style.marginBottom);
  return styledParagraph(p, style, inlineRuns(element), {
    before,
    align: 'center',
    border: { bottom: solidLine(p.header.ruleWidth, p.header.ruleGap) },
    indentMm: centred(ctx, widthMm),
  });
}

/** The boxed `DỰ THẢO`: centred under the number, or at the right margin when the profile puts it top right. */
export function draftMark(element: HtmlElement, ctx: MapContext): Paragraph {
  const p = ctx.profile;
  const style = ctx.styles.draft;
  const border = solidLine(p.draftMark.borderWidth, p.draftMark.paddingMm / PT_TO_MM);
  const box = { top: { ...border, space: 0 }, bottom: { ...border, space: 0 }, left: border, right: border };
  const outside = p.draftMark.paddingMm + p.draftMark.borderWidth * PT_TO_MM;
  const textMm = textWidthPt(textOf(element), style.font.size, style.font.bold) * PT_TO_MM + FIT_SLACK_MM;
  const before = ctx.flow.paragraph(style.marginTop, style.marginBottom);
  return styledParagraph(p, style, inlineRuns(element), {
    before,
    align: 'center',
    border: box,
    indentMm: element.classes.has('top-right') ? { left: Math.max(0, ctx.widthMm - outside - textMm), right: outside } : centred(ctx, textMm),
  });
}
