// The registry as of a date and who signs: the answers every command shares.
import { describe, expect, it } from 'vitest';
import { registryOn, unitHistory } from '../../src/domain/history.js';
import { documentDate } from '../../src/domain/period.js';
import { OrgRegistry } from '../../src/domain/registry.js';
import { missingSigners, partiesOf, signatoryFor, signingUnitOf } from '../../src/domain/signers.js';
import type { RepositoryConfig } from '../../src/kinds/model.js';

const config: RepositoryConfig = {
  place: 'Hà Nội',
  units: [
    { id: 'tld', name: 'Tổng Liên đoàn Lao động Việt Nam' },
    { id: 'cdvc', name: 'Công đoàn Viên chức Việt Nam', upper: 'tld', end: { date: '2025-06-15', decision: '4173/TLĐ-TOC' } },
    {
      id: 'cd-moi',
      formerIds: ['cd-cu'],
      name: 'Công đoàn Bộ A',
      short: 'CĐ Bộ A',
      code: 'CĐBA',
      upper: 'cdvc',
      changes: [{ date: '2025-03-01', name: 'Công đoàn Bộ A và B', code: 'CĐBAB', decision: 'NQ 176/2025/QH15' }, { date: '2025-06-15', upper: 'tld' }],
      signatories: [
        { name: 'Người Cũ', title: 'Chủ tịch', until: '2025-05-01' },
        { name: 'Người Mới', title: 'Chủ tịch', from: '2025-05-01' },
        { name: 'Phó Một', title: 'Phó Chủ tịch', authority: 'KT. CHỦ TỊCH' },
      ],
    },
    { id: 'cd-b', name: 'Công đoàn B', upper: 'cdvc', signatories: [{ name: 'Chủ tịch B', title: 'Chủ tịch', until: '2024-01-01' }] },
  ],
  blocs: [{ id: 'khoi', name: 'Khối thi đua I', upper: 'cdvc', years: [{ year: 2024, members: ['cd-cu', 'cd-b'], leader: 'cd-cu' }, { year: 2025, members: ['cd-moi'] }] }],
};
const registry = new OrgRegistry(config);

describe('the registry as of a date', () => {
  it('applies the changes dated on or before the date, and resolves former ids', () => {
    expect(registry.unitAt('cd-cu', '2024-12-31')).toMatchObject({ id: 'cd-moi', name: 'Công đoàn Bộ A', short: 'CĐ Bộ A', code: 'CĐBA', upper: 'cdvc', alive: true });
    // A new full name without a new short one does not keep the old short name beside it.
    expect(registry.unitAt('cd-moi', '2025-03-01')).toMatchObject({ name: 'Công đoàn Bộ A và B', short: undefined, code: 'CĐBAB', upper: 'cdvc' });
    expect(registry.upperOf('cd-moi', '2025-07-01')).toBe('tld');
    expect(registry.fullName('cd-moi')).toBe('Công đoàn Bộ A');
  });

  it('knows lives: a body is outside its life from its end date on', () => {
    expect(registry.unitAt('cdvc', '2025-06-14')!.alive).toBe(true);
    expect(registry.unitAt('cdvc', '2025-06-15')!.alive).toBe(false);
    expect(registry.unitAt('tld', '1990-01-01')!.alive).toBe(true);
  });

  it('gives the signatory in office on the date, or the one named', () => {
    expect(registry.signatoryAt('cd-moi', '2025-04-30')!.name).toBe('Người Cũ');
    expect(registry.signatoryAt('cd-moi', '2025-05-01')!.name).toBe('Người Mới');
    expect(registry.signatoryAt('cd-moi', '2025-05-01', 'Phó Một')!.authority).toBe('KT. CHỦ TỊCH');
    expect(registry.signatoryAt('cd-b', '2024-06-01')).toBeUndefined();
  });

  it('tells a unit history in periods and the registry on a date', () => {
    const history = unitHistory(registry, 'cd-cu')!;
    expect(history.periods.map((period) => [period.from, period.until, period.state.name, period.state.upper])).toEqual([
      [undefined, '2025-03-01', 'Công đoàn Bộ A', 'cdvc'],
      ['2025-03-01', '2025-06-15', 'Công đoàn Bộ A và B', 'cdvc'],
      ['2025-06-15', undefined, 'Công đoàn Bộ A và B', 'tld'],
    ]);
    expect(history.blocs.map((role) => [role.year, role.role])).toEqual([[2024, 'leader'], [2025, 'member']]);
    const on = registryOn(registry, '2025-07-01');
    expect(on.units.map((entry) => entry.state.id)).toEqual(['tld', 'cd-moi', 'cd-b']);
    expect(on.ended.map((state) => state.id)).toEqual(['cdvc']);
  });
});

describe('who signs', () => {
  it('a bloc document: the leader of that year; a compact: its parties; a unit document: the unit', () => {
    expect(signingUnitOf({ issuer: 'khoi', year: 2024 }, config)).toBe('cd-cu');
    expect(signingUnitOf({ issuer: 'khoi', year: 2025 }, config)).toBeUndefined();
    expect(partiesOf({ kind: 'compact', issuer: 'khoi', parties: ['cd-cu', 'cd-b', 'cd-cu'] }, config)).toEqual(['cd-cu', 'cd-b']);
    expect(partiesOf({ kind: 'plan', issuer: 'cd-b', year: 2024 }, config)).toEqual(['cd-b']);
  });

  it('the person: named for the signing unit, else the first in office on the document date', () => {
    expect(signatoryFor({ kind: 'plan', issuer: 'khoi', year: 2024, date: '2024-03-01' }, config, 'cd-cu')!.name).toBe('Người Cũ');
    expect(signatoryFor({ kind: 'plan', issuer: 'cd-moi', year: 2025, date: '2025-09-01', signer: 'Phó Một' }, config, 'cd-moi')!.name).toBe('Phó Một');
    expect(documentDate({ year: 2024 })).toBe('2024-12-31');
  });

  it('says why nobody can sign', () => {
    expect(missingSigners({ kind: 'plan', issuer: 'khoi', year: 2023, date: '2023-05-01' }, config)).toEqual([{ code: 'bloc-year-missing', bloc: 'khoi', year: 2023 }]);
    expect(missingSigners({ kind: 'plan', issuer: 'khoi', year: 2025, date: '2025-05-01' }, config)).toEqual([{ code: 'bloc-leader-missing', bloc: 'khoi', year: 2025 }]);
    expect(missingSigners({ kind: 'compact', issuer: 'khoi', year: 2024, date: '2024-05-01', parties: ['cd-cu', 'cd-b'] }, config)).toEqual([{ code: 'no-signatory', unit: 'cd-b', date: '2024-05-01' }]);
    expect(missingSigners({ kind: 'plan', issuer: 'tld', year: 2024, date: '2024-05-01' }, config)).toEqual([]);
  });
});
