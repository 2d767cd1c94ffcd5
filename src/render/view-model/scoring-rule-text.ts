// How a scoring table's bonus and penalty rules read in print. A body item prints as the author wrote it, `{max}`
// and `{points}` filled in; without the slot the points follow the text as an old-shape table prints them, so the
// wording and the points that scoring uses never part.
import type { BonusRule, PenaltyRule } from '../../kinds/model.js';
import { formatPoints } from '../../yearend/points.js';

const SLOTS = /\{(max|points)\}/g;

/** The rule's words with its slots filled: what a score sheet names the rule by. */
export function ruleWords(rule: { text: string; max?: number; points?: number }): string {
  return rule.text.replace(SLOTS, (whole, slot: 'max' | 'points') => (rule[slot] === undefined ? whole : formatPoints(rule[slot]!)));
}

/** Splits the author's closing punctuation off, so that added words go before it. */
function withTail(text: string, added: string): string {
  const [, words, tail] = /^([\s\S]*?)([\s.;:,]*)$/u.exec(text)!;
  return `${words}${added}${tail}`;
}

export function bonusItemText(rule: BonusRule): string {
  return rule.text.includes('{max}') ? ruleWords(rule) : withTail(rule.text, `: tối đa ${formatPoints(rule.max)} điểm`);
}

export function penaltyItemText(rule: PenaltyRule): string {
  if (rule.text.includes('{points}')) return ruleWords(rule);
  const most = rule.max === undefined ? '' : `, tối đa ${formatPoints(rule.max)} điểm`;
  return withTail(ruleWords(rule), `: trừ ${formatPoints(rule.points)} điểm mỗi lần${most}`);
}
