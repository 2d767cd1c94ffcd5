// Turns the layout profile into CSS: custom properties for templates/print.css, and the @page rules,
// which cannot read custom properties (Chromium ignores var() in page descriptors).
import type { FontSpec, LayoutProfile } from './profile.js';
import { addresseeIndentMm } from './view-model/layout.js';

/** CSS for the profile: `:root` custom properties and the page rules. Deterministic text. */
export function profileCss(profile: LayoutProfile, fontFamilies: string[] = profile.fontFamilies): string {
  const vars = profileVariables(profile, fontFamilies);
  const lines = Object.entries(vars).map(([name, value]) => `  --${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n${pageRules(profile, fontFamilies)}`;
}

export function fontStack(families: string[]): string {
  return [...families.map((family) => `"${family.replace(/["\\]/g, '')}"`), 'serif'].join(', ');
}

function profileVariables(p: LayoutProfile, fontFamilies: string[]): Record<string, string> {
  const mm = (value: number) => `${value}mm`;
  const pt = (value: number) => `${value}pt`;
  const textWidth = p.page.width - p.page.margin.left - p.page.margin.right;
  const blankHeight = p.signature.blankLines * p.body.lineHeight * p.body.size;
  return {
    'font-family': fontStack(fontFamilies),
    'text-width': mm(textWidth),
    'page-width': mm(p.page.width),
    'page-margin-top': mm(p.page.margin.top),
    'page-margin-right': mm(p.page.margin.right),
    'page-margin-bottom': mm(p.page.margin.bottom),
    'page-margin-left': mm(p.page.margin.left),
    'body-size': pt(p.body.size),
    'body-indent': mm(p.body.firstLineIndent),
    'body-space-after': pt(p.body.spaceAfter),
    'body-line-height': String(p.body.lineHeight),
    'header-left-width': `${p.header.leftColumnPercent}%`,
    'header-right-width': `${100 - p.header.leftColumnPercent}%`,
    // Used only when a template prints no measured length: a share of the left column.
    'issuer-rule-default': mm(((textWidth * p.header.leftColumnPercent) / 100) * p.header.ruleRatio),
    'rule-thickness': pt(p.header.ruleWidth),
    'rule-gap': pt(p.header.ruleGap),
    'letter-subject-gap': pt(p.header.letterSubjectGap),
    'screen-page-gap': mm(p.screen.pageGap),
    ...fontVariables('issuer-upper', p.header.upperBody),
    ...fontVariables('issuer', p.header.issuer),
    ...fontVariables('doc-number', p.header.number),
    ...fontVariables('national-title', p.header.nationalTitle),
    ...fontVariables('motto', p.header.motto),
    ...fontVariables('date-line', p.header.dateLine),
    ...fontVariables('doc-type', p.title.docType),
    ...fontVariables('doc-subject', p.title.subject),
    ...fontVariables('doc-issued-with', p.title.issuedWith),
    'subject-rule-default': mm((textWidth / 2) * p.title.ruleRatio),
    'title-space-before': pt(p.title.spaceBefore),
    ...fontVariables('to', p.to),
    'to-indent': mm(addresseeIndentMm(p)),
    ...fontVariables('basis', p.basis),
    ...fontVariables('h-roman', p.headings.roman),
    ...fontVariables('h-arabic', p.headings.arabic),
    'table-size': pt(p.table.size),
    'table-cell-padding': mm(p.table.cellPadding),
    ...columnVariables('timeline', p.table.timelineColumns),
    ...columnVariables('criteria', p.table.criteriaColumns),
    ...columnVariables('scores', p.table.scoresColumns),
    ...columnVariables('year-tasks', p.table.yearTasksColumns),
    ...columnVariables('year-targets', p.table.yearTargetsColumns),
    ...columnVariables('ranking', p.table.rankingColumns),
    ...columnVariables('award', p.table.awardColumns),
    ...fontVariables('sig-authority', p.signature.authority),
    ...fontVariables('sig-title', p.signature.title),
    ...fontVariables('sig-name', p.signature.name),
    'sig-space-height': pt(blankHeight),
    'sig-grid-columns': String(p.signature.gridColumns),
    'sig-cell-width': `${(100 / p.signature.gridColumns).toFixed(4)}%`,
    'sig-space-before': pt(p.signature.spaceBefore),
    'sig-cell-padding': mm(p.signature.cellPaddingMm),
    'sign-image-width': `min(60%, ${mm(p.signature.signImageMm)})`,
    'seal-size': `min(var(--sig-space-height), ${mm(p.signature.sealMm)})`,
    ...fontVariables('recipients-heading', p.recipients.heading),
    ...fontVariables('recipients-line', p.recipients.line),
    'recipients-width': `${p.recipients.columnPercent}%`,
    'signer-width': `${100 - p.recipients.columnPercent}%`,
    ...fontVariables('draft', p.draftMark),
    'draft-border': pt(p.draftMark.borderWidth),
    'draft-padding': mm(p.draftMark.paddingMm),
    ...fontVariables('trace', p.trace),
  };
}

/** `--timeline-col-1: 14%` …: one width per column of a table role. */
function columnVariables(role: string, widths: number[]): Record<string, string> {
  return Object.fromEntries(widths.map((width, index) => [`${role}-col-${index + 1}`, `${width}%`]));
}

function fontVariables(prefix: string, spec: FontSpec): Record<string, string> {
  return {
    [`${prefix}-size`]: `${spec.size}pt`,
    [`${prefix}-weight`]: spec.bold ? '700' : '400',
    [`${prefix}-style`]: spec.italic ? 'italic' : 'normal',
  };
}

/** Page size and margins; the page number sits centred in the top margin from page 2 on. */
function pageRules(p: LayoutProfile, fontFamilies: string[]): string {
  const m = p.page.margin;
  const number = p.pageNumber;
  return [
    '@page {',
    `  size: ${p.page.width}mm ${p.page.height}mm;`,
    `  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`,
    '  @top-center {',
    '    content: counter(page);',
    `    font-family: ${fontStack(fontFamilies)};`,
    `    font-size: ${number.size}pt;`,
    `    font-weight: ${number.bold ? 700 : 400};`,
    `    font-style: ${number.italic ? 'italic' : 'normal'};`,
    '    vertical-align: middle;',
    '  }',
    '}',
    '@page :first {',
    '  @top-center { content: none; }',
    '}',
    '',
  ].join('\n');
}
