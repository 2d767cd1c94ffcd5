// A commit's date as verify, status and log print it: an ISO date-time in the committer's own zone. Thousands of
// signatures each print one, and a commit's time is whatever its author wrote: a hostile commit can carry a time
// past anything a date can show.

/** Seconds either side of 1970 that a JavaScript date can show (±100,000,000 days). */
const MAX_SECONDS = 8.64e12;
const DAY = 86_400;
// The date part by day: a repository's thousands of signatures fall on far fewer days. Bounded, like every memo.
const days = new Map<number, string>();
const DAYS_KEPT = 4096;

/**
 * "2024-03-01T08:00:00+07:00". A time no date can show reads as git shows it, the epoch in UTC
 * ("1970-01-01T00:00:00+00:00"), rather than failing the whole run.
 */
export function isoTime(person: { time: number; tz: string }): string {
  let { tz } = person;
  const sign = tz.startsWith('-') ? -1 : 1;
  let seconds = person.time + sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(3, 5))) * 60;
  if (!(Math.abs(seconds) <= MAX_SECONDS)) {
    seconds = 0;
    tz = '+0000';
  }
  const day = Math.floor(seconds / DAY);
  let date = days.get(day);
  if (date === undefined) {
    date = new Date(day * DAY * 1000).toISOString().slice(0, 10);
    if (days.size >= DAYS_KEPT) days.clear();
    days.set(day, date);
  }
  const inDay = seconds - day * DAY;
  const hours = Math.floor(inDay / 3600);
  const minutes = Math.floor((inDay % 3600) / 60);
  // Joined rather than concatenated: one flat string, not a chain of pieces, for each of many signatures kept.
  return [date, 'T', two(hours), ':', two(minutes), ':', two(Math.floor(inDay % 60)), tz.slice(0, 3), ':', tz.slice(3, 5)].join('');
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
