import { describe, expect, it } from 'vitest';
import { daysBetween, formatRelativeTime, localDate } from '../../../shared/text/formatRelativeTime';

const now = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('formatRelativeTime', () => {
  it('speaks of the recent past and near future in plain words', () => {
    expect(formatRelativeTime(now - 10_000, now)).toBe('just now');
    expect(formatRelativeTime(now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(formatRelativeTime(now - 3 * 3600_000, now)).toBe('3 hours ago');
    expect(formatRelativeTime(now - 24 * 3600_000, now)).toBe('yesterday');
    expect(formatRelativeTime(now + 3 * 24 * 3600_000, now)).toBe('in 3 days');
  });
});

describe('dates', () => {
  it('counts whole days between calendar dates', () => {
    expect(daysBetween('2026-11-23', '2026-12-01')).toBe(8);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
  });

  it('formats a local calendar date', () => {
    expect(localDate(new Date(2026, 0, 5, 10).getTime())).toBe('2026-01-05');
  });
});
