import { describe, expect, it } from 'vitest';
import { blocWords, checkerOf, checkingBodyOf } from '../../src/domain/bloc-words.js';

describe('a bloc names its roles with its own word', () => {
  it('a cụm thi đua has a Cụm trưởng and a Cụm phó, whatever the case or Unicode form it is typed in', () => {
    for (const name of ['Cụm thi đua số 1', 'CỤM THI ĐUA SỐ 1', '  cụm thi đua các phường', 'Cụm thi đua số 1'.normalize('NFD')]) {
      expect(blocWords({ name })).toEqual({ word: 'Cụm', leader: 'Cụm trưởng', deputy: 'Cụm phó' });
    }
  });

  it('a khối thi đua, and any bloc named otherwise, speaks as a khối', () => {
    for (const name of ['Khối thi đua I', 'Khối các công đoàn ngành Trung ương', 'Nhóm thi đua A']) {
      expect(blocWords({ name })).toEqual({ word: 'Khối', leader: 'Khối trưởng', deputy: 'Khối phó' });
    }
    // "Cụm" must be the whole first word, not its start.
    expect(blocWords({ name: 'Cụmx thi đua' }).word).toBe('Khối');
  });

  it('the checker is the table’s own, else the bloc’s leader, else the issuing union’s standing committee', () => {
    expect(checkerOf({ checker: 'LĐLĐ quận' }, { name: 'Cụm thi đua số 1' })).toBe('LĐLĐ quận');
    expect(checkerOf({}, { name: 'Cụm thi đua số 1' })).toBe('Cụm trưởng');
    expect(checkerOf({}, { name: 'Khối thi đua I' })).toBe('Khối trưởng');
    expect(checkerOf({}, undefined)).toBe('Ban Thường vụ');
    expect(checkingBodyOf({}, { name: 'Cụm thi đua số 1' })).toBe('Cụm');
    expect(checkingBodyOf({}, undefined)).toBe('Ban Thường vụ');
  });
});
