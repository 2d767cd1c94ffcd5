// A commit's date as verify, status and log print it. The reading by day and arithmetic must print what the plain
// Date reading printed for every time a date can show, and a hostile commit's time past that range must not fail
// the run (it failed every command that prints history with "RangeError: Invalid time value").
import { describe, expect, test } from 'vitest';
import { isoTime } from '../../src/repo/iso-time.js';
import { seededRandom } from '../helpers/seeded-random.js';

/** The reading of before, for the times it could show. */
function plainReading(person: { time: number; tz: string }): string {
  const sign = person.tz.startsWith('-') ? -1 : 1;
  const offsetMinutes = sign * (Number(person.tz.slice(1, 3)) * 60 + Number(person.tz.slice(3, 5)));
  const local = new Date((person.time + offsetMinutes * 60) * 1000).toISOString().slice(0, 19);
  return `${local}${person.tz.slice(0, 3)}:${person.tz.slice(3, 5)}`;
}

describe('isoTime', () => {
  test('prints a commit time in its own zone', () => {
    expect(isoTime({ time: 1709254800, tz: '+0700' })).toBe('2024-03-01T08:00:00+07:00');
    expect(isoTime({ time: 0, tz: '-0130' })).toBe('1969-12-31T22:30:00-01:30');
    expect(isoTime({ time: 86_399, tz: '+0000' })).toBe('1970-01-01T23:59:59+00:00');
  });

  test('agrees with the plain Date reading on 50,000 generated times and zones', () => {
    const random = seededRandom(17);
    const zone = () => `${random() < 0.5 ? '-' : '+'}${String(Math.floor(random() * 15)).padStart(2, '0')}${String(Math.floor(random() * 60)).padStart(2, '0')}`;
    for (let index = 0; index < 50_000; index++) {
      // Mostly recent times, some up to year 9999, some on day and minute boundaries.
      const span = index % 3 === 0 ? 253_402_300_799 : 2_000_000_000;
      const time = index % 7 === 0 ? Math.floor(random() * 20_000) * 86_400 + Math.floor(random() * 3) * 3600 : Math.floor(random() * span);
      const person = { time, tz: zone() };
      expect(isoTime(person), `${time} ${person.tz}`).toBe(plainReading(person));
    }
  });

  test('a time no date can show reads as git shows it, the epoch in UTC', () => {
    for (const time of [99_999_999_999_999_999, 8.64e12 + 1, Number('9'.repeat(400))]) {
      expect(isoTime({ time, tz: '+0700' })).toBe('1970-01-01T00:00:00+00:00');
    }
  });
});
