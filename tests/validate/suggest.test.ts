import { describe, expect, it } from 'vitest';
import { closest } from '../../src/validate/suggest.js';

const tasks = ['quan-triet-nghi-quyet', 'toa-dam-can-bo-cong-doan', 'hoi-thao-can-bo-nu', 'phat-trien-doan-vien'];

describe('closest', () => {
  it('suggests the id within a small edit distance', () => {
    expect(closest('quan-triet-nghi-quyt', tasks)).toBe('quan-triet-nghi-quyet');
    expect(closest('mesure', ['measure', 'value', 'unit'])).toBe('measure');
  });

  it('suggests the one id that holds the typed words in order, or whose words the typed id holds', () => {
    expect(closest('toa-dam-can-bo', tasks)).toBe('toa-dam-can-bo-cong-doan');
    expect(closest('phat-trien-doan-vien-moi-nam', tasks)).toBe('phat-trien-doan-vien');
    expect(closest('quan-triet-nghi-quyet-dai-hoi-xiii', tasks)).toBe('quan-triet-nghi-quyet');
  });

  it('suggests nothing when the words fit several ids, fit none, or are one word', () => {
    expect(closest('can-bo', tasks)).toBeUndefined();
    expect(closest('tap-huan-nghiep-vu', tasks)).toBeUndefined();
    expect(closest('toa', tasks)).toBeUndefined();
    expect(closest('doan-phat-trien', tasks)).toBeUndefined();
  });

  it('reads the candidates once, from any iterable', () => {
    expect(closest('toa-dam-can-bo', new Set(tasks).values())).toBe('toa-dam-can-bo-cong-doan');
  });
});
