// A new year's compact or plan from last year's file: the same text, layout and ids, moved to the new year.

import { isScalar, visit, type Document } from 'yaml';
import type { ParsedSource } from '../documents/parse.js';
import { bodyItems } from '../kinds/body.js';
import { list, record } from '../kinds/facts.js';
import { commentParties, compactParties } from './compact.js';
import { moveDateToYear } from './dates.js';
import { FILL_HINT, type Scaffold, type ScaffoldBase } from './document-parts.js';
import type { CompactLink } from './plan.js';
import { schemaModeline } from './target-path.js';
import { ScaffoldYaml } from './yaml-text.js';

export interface AdvanceInput extends ScaffoldBase {
  previous: ParsedSource;
  /** The previous file as the user named it. */
  previousShown: string;
  /** The parties follow the registry's bloc for the new year (a compact issued by a bloc). */
  renewParties?: boolean;
  /** A plan's link to the new year's compact: the one the repository has, if any; absent for a kind that links none. */
  relink?: { compact?: CompactLink };
}

/** `năm 2024` → `năm 2025`, `Tháng 12/2024` → `Tháng 12/2025`; a term like `2023-2028` is left alone. */
export function advanceYearInText(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<![\\d-])${from}(?![\\d-])`, 'gu'), String(to));
}

export function advanceDocument(input: AdvanceInput): Scaffold {
  const { previous, year } = input;
  const old = record(previous.value);
  const oldYear = Number(old.year);
  const doc = previous.yaml as Document;
  const yaml = ScaffoldYaml.fromDocument(doc);

  if (Number.isInteger(oldYear)) advanceStrings(doc, oldYear, year);
  doc.set('year', year);
  doc.set('date', moveDateToYear(typeof old.date === 'string' ? old.date : '', year));
  doc.delete('number');
  yaml.dropCommentLines(['kind'], /yaml-language-server:/);

  const notes: string[] = [];
  if (input.renewParties && input.issuer.type === 'bloc') renewParties(input, old, yaml, doc);
  if (input.relink) notes.push(...relinkCompact(input, input.relink.compact, old, doc, yaml));

  const header = [
    schemaModeline(input.target.root, input.target.file, input.kind.schema),
    `Chép từ ${input.previousShown} (năm ${Number.isInteger(oldYear) ? oldYear : '?'}) sang năm ${year}: đã đổi năm, dời ngày sang năm mới, bỏ số văn bản; mã (id) giữ nguyên.`,
    ...notes,
    `Hãy đọc lại toàn bộ nội dung cho năm ${year}. ${FILL_HINT} nếu có, rồi kiểm tra: giaouoc validate ${input.target.shownPath}`,
  ];
  const text = yaml.toString(header);
  return { text, value: record(doc.toJS()) };
}

function advanceStrings(doc: Document, from: number, to: number): void {
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.value = advanceYearInText(pair.value.value, from, to);
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        if (isScalar(item) && typeof item.value === 'string') item.value = advanceYearInText(item.value, from, to);
      }
    },
  });
}

/** A bloc's members change from year to year: the parties follow the registry for the new year. */
function renewParties(input: AdvanceInput, old: Record<string, unknown>, yaml: ScaffoldYaml, doc: Document): void {
  const who = compactParties(input.config, input.issuer, input.year);
  const same = JSON.stringify(list(old.parties)) === JSON.stringify(who.parties);
  if (same && who.borrowedFrom === undefined) return;
  doc.set('parties', doc.createNode(who.parties));
  yaml.commentAbove(['parties'], [], { replace: true });
  commentParties(yaml, input.config, { ...who, witness: undefined });
}

/** A plan names the same year's compact; its target references are kept only where that compact has them. */
function relinkCompact(input: AdvanceInput, compact: CompactLink | undefined, old: Record<string, unknown>, doc: Document, yaml: ScaffoldYaml): string[] {
  if (old.compact === undefined) return [];
  if (compact) doc.set('compact', compact.issuer);
  else doc.delete('compact');
  const known = new Set(compact?.targetIds ?? []);
  let dropped = 0;
  const relink = (task: unknown, path: (string | number)[]) => {
    const targets = list(record(task).targets);
    if (targets.length === 0) return;
    const kept = targets.filter((id) => typeof id === 'string' && known.has(id));
    dropped += targets.length - kept.length;
    if (kept.length === 0) doc.deleteIn(path);
    else if (kept.length < targets.length) doc.setIn(path, doc.createNode(kept));
  };
  list(old.domains).forEach((domain, i) => {
    list(record(domain).tasks).forEach((task, j) => relink(task, ['domains', i, 'tasks', j, 'targets']));
  });
  // Tasks written in the body serve the compact's targets the same way.
  for (const { node, path } of bodyItems(old.body).tasks) relink(node, [...path, 'targets']);
  if (compact) {
    yaml.commentAbove(['compact'], `Giao ước năm ${input.year} mà các nhiệm vụ thực hiện (${compact.relative}).`, { replace: true });
    return dropped > 0 ? [`Đã bỏ ${dropped} mã chỉ tiêu không có trong giao ước năm ${input.year}; hãy xem lại targets của các nhiệm vụ.`] : [];
  }
  return [
    `Kho chưa có giao ước năm ${input.year} của ${String(old.compact)}: đã bỏ compact và targets của các nhiệm vụ;`,
    `khi có giao ước, thêm lại compact: <mã khối hoặc đơn vị> và targets.`,
  ];
}
