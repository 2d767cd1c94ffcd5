// Several addressees in Word as in the browser (templates/print.css, .to-list): “Kính gửi:” on its own line, then
// one line each with its dash under the colon, the block centred as a whole within its column.
import { lineWidthMm } from '../name-lines.js';
import { addresseeIndentMm } from '../view-model/layout.js';
import type { Block, MapContext } from './context.js';
import { textOf, type HtmlElement } from './html-tree.js';
import { inlineRuns, styledParagraph } from './paragraphs.js';

export function mapAddressees(list: HtmlElement, ctx: MapContext): Block[] {
  const lines = leaves(list).filter((element) => element.classes.has('to'));
  const p = ctx.profile;
  const indent = addresseeIndentMm(p);
  const widths = lines.map((line, index) => lineWidthMm(textOf(line), p.to) + (index > 0 ? indent : 0));
  const left = Math.max(0, (ctx.widthMm - Math.max(0, ...widths)) / 2);
  const style = ctx.styles.to;
  return lines.map((line, index) => {
    const last = index === lines.length - 1;
    const before = ctx.flow.paragraph(0, last ? style.marginBottom : 0);
    return styledParagraph(p, style, inlineRuns(line), { before, after: last ? style.marginBottom : 0, align: 'left', indentMm: { left: left + (index > 0 ? indent : 0), right: 0 } });
  });
}

function leaves(element: HtmlElement): HtmlElement[] {
  return element.children.flatMap((child) => (child.type !== 'element' ? [] : child.name === 'p' ? [child] : leaves(child)));
}
