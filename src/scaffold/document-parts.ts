// Parts every scaffold shares: the header, the issuer's basics, bases and recipients taken from the registry,
// and the hints about number and signer.

import type { RepositoryConfig, Unit } from '../kinds/model.js';
import type { KindSpec } from '../kinds/registry.js';
import { placeholder } from '../validate/text/placeholder.js';
import { schemaModeline } from './target-path.js';
import { issuerName, signingUnit, upperOf, type Issuer } from './issuer.js';
import type { ScaffoldYaml } from './yaml-text.js';
import { shellArg } from '../output/shell-quote.js';

export interface ScaffoldTarget {
  /** Repository root (where giaouoc.yaml is). */
  root: string;
  /** Absolute path of the new file. */
  file: string;
  /** How the user will name the file in `giaouoc validate …`. */
  shownPath: string;
}

export interface ScaffoldBase {
  config: RepositoryConfig;
  kind: KindSpec;
  issuer: Issuer;
  year: number;
  date: string;
  target: ScaffoldTarget;
}

/** A new document's text and the value it parses to. */
export interface Scaffold {
  text: string;
  value: Record<string, unknown>;
}

/** Written without a pair of guillemets around text, so the hint itself is never taken for a placeholder. */
export const FILL_HINT = 'Thay mỗi chỗ trống đánh dấu ✎ trong ngoặc «» bằng nội dung thật (xóa cả ngoặc lẫn dấu ✎)';

export function header(base: ScaffoldBase, description: string, extra: readonly string[] = []): string[] {
  return [
    schemaModeline(base.target.root, base.target.file, base.kind.schema),
    description,
    ...extra,
    `${FILL_HINT}, rồi kiểm tra: giaouoc validate ${shellArg(base.target.shownPath)}`,
  ];
}

/** kind, year, issuer, place and date: the fields that open every document. */
export function opening(base: ScaffoldBase): Record<string, unknown> {
  return { kind: base.kind.name, year: base.year, issuer: base.issuer.id, place: base.config.place, date: base.date };
}

export function commentOpening(yaml: ScaffoldYaml, base: ScaffoldBase, hints: readonly string[] = []): void {
  yaml.commentAfter(['issuer'], issuerName(base.issuer));
  yaml.commentAfter(['place'], 'địa danh ở dòng ngày tháng; bỏ dòng này thì dùng địa danh trong giaouoc.yaml');
  if (hints.length > 0) yaml.commentAbove(['date'], hints);
  yaml.commentAfter(['date'], 'ngày ban hành, viết năm-tháng-ngày; sửa lại cho đúng ngày ký');
}

/** `Căn cứ Kế hoạch hoạt động năm 2025 của Công đoàn Viên chức Việt Nam` when the upper union is registered. */
export function upperPlanBasis(config: RepositoryConfig, issuer: Issuer, year: number): string[] {
  const upper = upperOf(config, issuer);
  return upper ? [`Căn cứ Kế hoạch hoạt động năm ${year} của ${upper.name}`] : [placeholder('Căn cứ văn bản nào (mỗi căn cứ một dòng)')];
}

/**
 * Nơi nhận: the upper union for its information, and the archive. A document sent to someone under “Kính gửi”
 * (`addressedTo`) names them as “Như trên” first (NĐ 30/2020 Phụ lục I, II.9.b), and the upper union only when it
 * is not the one addressed.
 */
export function recipients(config: RepositoryConfig, issuer: Issuer, addressedTo?: string): string[] {
  const upper = upperOf(config, issuer);
  const informed = upper && upper.name !== addressedTo ? [`${upper.name} (để b/c)`] : [];
  return [...(addressedTo !== undefined ? ['Như trên'] : []), ...informed, 'Lưu: VT'];
}

/** Hints above the date: how to write the number with the issuer's code, and who may sign. */
export function numberAndSignerHints(base: ScaffoldBase): string[] {
  const unit = signingUnit(base.config, base.issuer, base.year);
  const hints: string[] = [];
  if (base.kind.typeCode && unit?.code) hints.push(`Số văn bản, khi đã có số: number: 01/${base.kind.typeCode}-${unit.code}`);
  const people = unit?.signatories ?? [];
  if (people.length > 0) {
    const first = people[0];
    const others = people.length > 1 ? ` — một trong: ${people.map((person) => person.name).join(', ')}` : '';
    hints.push(`Người ký: mặc định ${first.name} (${first.title}); người khác ký thì thêm signer: <họ và tên>${others}`);
  }
  return hints;
}

/** `cd-bo-khcn # Công đoàn Bộ KH&CN` — short names beside ids, so staff can read a list of ids. */
export function unitLabel(unit: Unit | undefined): string | undefined {
  return unit ? (unit.short ?? unit.name) : undefined;
}

/** A task's text cut to fit a comment line. */
export function shortened(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
