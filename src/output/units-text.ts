// `giaouoc don-vi`: a unit's history, or the registry on a date, for people (text) and machines (json).

import { pick, type Lang } from '../context.js';
import type { RegistrySnapshot, UnitHistory } from '../domain/history.js';
import type { OrgRegistry, UnitAt } from '../domain/registry.js';
import type { Bloc, Signatory } from '../kinds/model.js';
import { blocWords } from '../domain/bloc-words.js';

const span = (from?: string, until?: string) => `${from ?? '…'} – ${until ?? '…'}`;
/** A unit's role in a bloc, in the bloc's own words ("Cụm trưởng" in a cụm). */
const ROLE = {
  leader: (bloc: Bloc) => ({ vi: blocWords(bloc).leader, en: 'leader' }),
  deputy: (bloc: Bloc) => ({ vi: blocWords(bloc).deputy, en: 'deputy' }),
  member: (_bloc: Bloc) => ({ vi: 'thành viên', en: 'member' }),
};

function describe(state: UnitAt, registry: OrgRegistry, date: string | undefined, lang: Lang): string {
  const parts = [state.name];
  if (state.short && state.short !== state.name) parts.push(pick({ vi: `tên ngắn: ${state.short}`, en: `short: ${state.short}` }, lang));
  if (state.code) parts.push(pick({ vi: `ký hiệu: ${state.code}`, en: `code: ${state.code}` }, lang));
  if (state.upper) parts.push(pick({ vi: `cấp trên: ${registry.fullName(state.upper, date)}`, en: `upper: ${registry.fullName(state.upper, date)}` }, lang));
  if (state.place) parts.push(pick({ vi: `địa danh: ${state.place}`, en: `place: ${state.place}` }, lang));
  return parts.join(' · ');
}

function person(signatory: Signatory): string {
  return `${signatory.name}, ${signatory.title}${signatory.authority ? ` (${signatory.authority})` : ''}`;
}

export function formatUnitHistory(history: UnitHistory, registry: OrgRegistry, lang: Lang): string {
  const out: string[] = [`${registry.fullName(history.id, history.end?.date ?? '9999-12-31')} (${history.id})`];
  if (history.formerIds.length > 0) out.push(pick({ vi: `  Mã cũ: ${history.formerIds.join(', ')}`, en: `  Former ids: ${history.formerIds.join(', ')}` }, lang));
  const event = (label: { vi: string; en: string }, item?: { date: string; decision?: string; note?: string }) =>
    item ? `  ${pick(label, lang)}: ${item.date}${item.decision ? ` (${item.decision})` : ''}${item.note ? ` — ${item.note}` : ''}` : undefined;
  const events = [event({ vi: 'Thành lập', en: 'Started' }, history.start), event({ vi: 'Chấm dứt hoạt động', en: 'Ended' }, history.end)].filter((line): line is string => line !== undefined);
  out.push(...(events.length > 0 ? events : [pick({ vi: '  Thời gian hoạt động: không ghi (luôn luôn)', en: '  Life: not recorded (always)' }, lang)]));
  for (const successor of history.successors) out.push(`  ${pick({ vi: 'Kế tục', en: 'Successor' }, lang)}: ${successor.relation} ${registry.fullName(successor.unit, history.end?.date)} (${successor.unit})`);
  if (history.predecessors.length > 0) out.push(`  ${pick({ vi: 'Kế tục từ', en: 'Succeeds' }, lang)}: ${history.predecessors.join(', ')}`);
  out.push(pick({ vi: '  Tên, ký hiệu, cấp trên:', en: '  Names, codes, upper bodies:' }, lang));
  for (const period of history.periods) {
    out.push(`    ${span(period.from, period.until)}  ${describe(period.state, registry, period.from, lang)}${period.decision ? pick({ vi: ` (theo ${period.decision})`, en: ` (by ${period.decision})` }, lang) : ''}`);
  }
  out.push(pick({ vi: '  Người ký:', en: '  Signatories:' }, lang));
  if (history.signatories.length === 0) out.push(pick({ vi: '    (chưa khai báo)', en: '    (none registered)' }, lang));
  for (const signatory of history.signatories) out.push(`    ${span(signatory.from, signatory.until)}  ${person(signatory)}`);
  if (history.blocs.length > 0) {
    out.push(pick({ vi: '  Khối, cụm thi đua:', en: '  Emulation blocs:' }, lang));
    for (const role of history.blocs) out.push(`    ${role.year}  ${role.bloc.name} (${role.bloc.id}): ${pick(ROLE[role.role](role.bloc), lang)}`);
  }
  return `${out.join('\n')}\n`;
}

export function formatRegistryOn(snapshot: RegistrySnapshot, registry: OrgRegistry, lang: Lang): string {
  const out = [pick({ vi: `Danh mục đơn vị ngày ${snapshot.date}:`, en: `The registry on ${snapshot.date}:` }, lang)];
  for (const { state, signatories } of snapshot.units) {
    out.push(`  ${state.id}  ${describe(state, registry, snapshot.date, lang)}`);
    for (const signatory of signatories) out.push(`      ${person(signatory)}`);
  }
  if (snapshot.ended.length > 0) {
    out.push(pick({ vi: 'Đã chấm dứt hoạt động:', en: 'Ceased:' }, lang));
    for (const state of snapshot.ended) out.push(`  ${state.id}  ${state.name}, ${state.unit.end!.date}${state.unit.end!.decision ? ` (${state.unit.end!.decision})` : ''}`);
  }
  const year = snapshot.date.slice(0, 4);
  for (const { bloc, term, alive } of snapshot.blocs) {
    if (!alive && !term) continue;
    const roles = term
      ? [term.leader && `${pick(ROLE.leader(bloc), lang)}: ${registry.shortName(term.leader, snapshot.date)}`, term.deputy && `${pick(ROLE.deputy(bloc), lang)}: ${registry.shortName(term.deputy, snapshot.date)}`, pick({ vi: `${term.members.length} thành viên`, en: `${term.members.length} members` }, lang)].filter(Boolean).join(' · ')
      : pick({ vi: `chưa khai báo năm ${year}`, en: `no entry for ${year}` }, lang);
    out.push(`${pick({ vi: '', en: 'Bloc ' }, lang)}${bloc.name} (${bloc.id}) ${year}: ${roles}`);
  }
  return `${out.join('\n')}\n`;
}

/** A bloc: its code, life, upper union and, year by year, members, leader, deputy and who confirmed them. */
export function formatBlocHistory(bloc: Bloc, registry: OrgRegistry, lang: Lang): string {
  const out = [`${bloc.name} (${bloc.id})`];
  if (bloc.code) out.push(pick({ vi: `  Ký hiệu: ${bloc.code}`, en: `  Code: ${bloc.code}` }, lang));
  out.push(pick({ vi: `  Công đoàn cấp trên: ${registry.fullName(bloc.upper)}`, en: `  Upper union: ${registry.fullName(bloc.upper)}` }, lang));
  const life = [bloc.start && pick({ vi: `  Thành lập: ${bloc.start.date}`, en: `  Started: ${bloc.start.date}` }, lang), bloc.end && `${pick({ vi: '  Chấm dứt hoạt động', en: '  Ended' }, lang)}: ${bloc.end.date}${bloc.end.decision ? ` (${bloc.end.decision})` : ''}`];
  out.push(...life.filter((line): line is string => Boolean(line)));
  for (const term of [...bloc.years].sort((a, b) => a.year - b.year)) {
    const date = `${term.year}-12-31`;
    const roles = [
      term.leader && `${pick(ROLE.leader(bloc), lang)}: ${registry.shortName(term.leader, date)}`,
      term.deputy && `${pick(ROLE.deputy(bloc), lang)}: ${registry.shortName(term.deputy, date)}`,
      pick({ vi: `${term.members.length} thành viên`, en: `${term.members.length} members` }, lang),
      term.upper && pick({ vi: `công nhận: ${registry.fullName(term.upper, date)}`, en: `confirmed by ${registry.fullName(term.upper, date)}` }, lang),
      term.decision,
    ].filter(Boolean);
    out.push(`    ${term.year}  ${roles.join(' · ')}`);
  }
  return `${out.join('\n')}\n`;
}
