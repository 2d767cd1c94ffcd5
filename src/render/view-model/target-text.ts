// How a compact target reads in print: the value comes from the typed item, so wording and value never part.
import type { TargetNode } from '../../kinds/body.js';
import type { Target } from '../../kinds/model.js';
import { targetLabel } from '../../kinds/commitments.js';
import { groupNumber } from '../vietnamese/index.js';

/** "Tỷ lệ đoàn viên …: đạt 100%", "Số hoạt động: 1.200 hoạt động", "…: đạt". */
export function targetText(target: Pick<Target, 'text' | 'measure' | 'value' | 'unit'>): string {
  const text = target.text.replace(/[\s.;:]+$/u, '');
  if (target.measure === 'phần trăm') return `${text}: đạt ${groupNumber(Number(target.value))}%`;
  if (target.measure === 'số lượng') {
    const unit = target.unit ? ` ${target.unit}` : '';
    return `${text}: ${groupNumber(Number(target.value))}${unit}`;
  }
  return `${text}: ${target.value === false ? 'không đạt' : 'đạt'}`;
}

/**
 * A body target as the author worded it: `{value}` prints the value (grouped as Vietnamese writes numbers;
 * "đạt"/"không đạt" for a pass/fail target) and the rest is printed as written, punctuation included.
 * Without the slot the value follows the text as an old-shape compact prints it.
 */
export function targetItemText(node: Pick<TargetNode, 'text' | 'measure' | 'value' | 'unit'>): string {
  return node.text.includes('{value}') ? targetLabel(node, groupNumber) : targetText(node);
}
