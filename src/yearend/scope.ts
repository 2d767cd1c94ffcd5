// Whose year a command is about: one union (`--issuer`) or every member of a bloc that year (`--bloc`).

import { UserError } from '../errors.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { scoringBody } from '../domain/scored-members.js';

export interface Scope {
  kind: 'unit' | 'bloc';
  id: string;
  name: string;
  units: string[];
}

export function resolveScope(config: RepositoryConfig, year: number, choice: { issuer?: string; bloc?: string }): Scope {
  if (Boolean(choice.issuer) === Boolean(choice.bloc)) {
    throw new UserError({ vi: 'hãy chọn đúng một trong hai: --issuer <mã đơn vị> hoặc --bloc <mã khối>', en: 'give exactly one of --issuer <unit id> or --bloc <bloc id>' });
  }
  if (choice.issuer) {
    const unit = config.units.find((entry) => entry.id === choice.issuer);
    if (!unit) throw new UserError({ vi: `không có đơn vị mã “${choice.issuer}” trong giaouoc.yaml; hãy kiểm tra lại mã`, en: `there is no unit “${choice.issuer}” in giaouoc.yaml; check the id` });
    return { kind: 'unit', id: unit.id, name: unit.name, units: [unit.id] };
  }
  return { kind: 'bloc', id: choice.bloc!, name: blocTerm(config, choice.bloc!, year).name, units: blocTerm(config, choice.bloc!, year).members };
}

export function blocTerm(config: RepositoryConfig, blocId: string, year: number): { name: string; members: string[]; leader?: string } {
  const bloc = config.blocs?.find((entry) => entry.id === blocId);
  if (!bloc) throw new UserError({ vi: `không có khối thi đua mã “${blocId}” trong giaouoc.yaml; hãy kiểm tra lại mã`, en: `there is no bloc “${blocId}” in giaouoc.yaml; check the id` });
  const term = bloc.years.find((entry) => entry.year === year);
  if (!term) throw new UserError({ vi: `${bloc.name} chưa khai báo thành viên năm ${year} trong giaouoc.yaml; hãy thêm năm ${year} vào mục “years” của khối`, en: `${bloc.name} has no members for ${year} in giaouoc.yaml; add ${year} to the bloc's “years”` });
  return { name: bloc.name, members: term.members, leader: term.leader };
}

/** Whose scoring table `score` works through: a bloc (`--bloc`) or a union that issued one (`--issuer`). */
export function scoringScope(config: RepositoryConfig, year: number, choice: { issuer?: string; bloc?: string }): { id: string; name: string } {
  if (Boolean(choice.issuer) === Boolean(choice.bloc)) {
    throw new UserError({ vi: 'hãy chọn đúng một trong hai: --bloc <mã khối> hoặc --issuer <mã công đoàn ban hành bảng điểm>', en: 'give exactly one of --bloc <bloc id> or --issuer <id of the union that issued the scoring table>' });
  }
  if (choice.bloc) return { id: choice.bloc, name: blocTerm(config, choice.bloc, year).name };
  const body = scoringBody(config, choice.issuer!, year);
  if (!body || body.type !== 'unit') throw new UserError({ vi: `không có đơn vị mã “${choice.issuer}” trong giaouoc.yaml; hãy kiểm tra lại mã (một khối thi đua thì dùng --bloc)`, en: `there is no unit “${choice.issuer}” in giaouoc.yaml; check the id (for a bloc use --bloc)` });
  return { id: body.id, name: body.name };
}

export function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new UserError({ vi: `năm “${value}” không hợp lệ; hãy ghi năm bốn chữ số, ví dụ --year 2024`, en: `“${value}” is not a valid year; give four digits, e.g. --year 2024` });
  }
  return year;
}
