import { describe, expect, it } from 'vitest';
import { closest, closestValue } from '../../src/validate/suggest.js';

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

describe('closestValue', () => {
  const statuses = ['hoàn thành', 'đang thực hiện', 'chưa thực hiện', 'chuyển kỳ sau'];

  it('suggests the value written the same but for capitals, marks or one letter', () => {
    expect(closestValue('Hoàn thành', statuses)).toBe('hoàn thành');
    expect(closestValue('hoan thanh', statuses)).toBe('hoàn thành');
    expect(closestValue('HOÀN  THÀNH', statuses)).toBe('hoàn thành');
    expect(closestValue('hoàn thàn', statuses)).toBe('hoàn thành');
    expect(closestValue('dang thuc hien', statuses)).toBe('đang thực hiện');
  });

  it('suggests nothing for a word of another meaning a few letters away', () => {
    expect(closestValue('đã thực hiện', statuses)).toBeUndefined();
    expect(closestValue('tỷ lệ', ['phần trăm', 'số lượng', 'đạt/không đạt'])).toBeUndefined();
  });
});

describe('suggestions for hostile values', () => {
  it('answer at once, and nothing, for a value of 200,000 characters or 20,000 words', () => {
    const long = 'x'.repeat(200_000);
    const words = Array.from({ length: 20_000 }, (_, index) => `w${index}`).join('-');
    const started = performance.now();
    expect(closest(long, tasks)).toBeUndefined();
    expect(closest(words, tasks)).toBeUndefined();
    expect(closestValue(long, ['hoàn thành', 'đang thực hiện'])).toBeUndefined();
    expect(closestValue(`${'\u0301'.repeat(100_000)}hoàn thành`, ['hoàn thành', 'đang thực hiện'])).toBe('hoàn thành');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
