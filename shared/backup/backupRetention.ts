import { KEEP_DAILY_DAYS, KEEP_LATEST } from './backupPolicy';

export interface RetentionPolicy {
  /** The newest this many backups are always kept. */
  keepLatest: number;
  /** The newest backup of each of the last this many days (today included) is kept too. */
  dailyDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepLatest: KEEP_LATEST, dailyDays: KEEP_DAILY_DAYS };

/** The calendar day of a time in the machine's time zone, as YYYY-MM-DD. */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `count` calendar days up to the one holding `now`, newest first. */
function recentDays(now: number, count: number, dayOf: (time: number) => string): Set<string> {
  const today = new Date(now);
  const days = new Set<string>();
  // Step by calendar date, not by 24 h, so a daylight-saving change never skips a day.
  for (let back = 0; back < count; back++) {
    days.add(dayOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 12).getTime()));
  }
  return days;
}

/**
 * Which backups to keep: the newest `keepLatest`, plus the newest of each of the last
 * `dailyDays` days. Backups dated after `now` (a clock set back) are kept: they are not stale.
 */
export function selectBackupsToKeep<T extends { name: string; createdAt: number }>(
  backups: readonly T[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  dayOf: (time: number) => string = localDay,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
  const keep = new Set(newestFirst.slice(0, policy.keepLatest).map((b) => b.name));
  const days = recentDays(now, policy.dailyDays, dayOf);
  const seenDays = new Set<string>();
  for (const backup of newestFirst) {
    if (backup.createdAt > now) keep.add(backup.name);
    const day = dayOf(backup.createdAt);
    if (!days.has(day) || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(backup.name);
  }
  return keep;
}
