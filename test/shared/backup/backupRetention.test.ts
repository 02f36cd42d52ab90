import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectBackupsToKeep } from '../../../shared/backup/backupRetention';

const HOUR = 3_600_000;
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10);

function backupsAt(times: number[]) {
  return times.map((createdAt, i) => ({ name: `b${i}`, createdAt }));
}

describe('selectBackupsToKeep', () => {
  it('keeps everything while there are 20 or fewer', () => {
    const backups = backupsAt(Array.from({ length: 20 }, (_, i) => i * 400 * 24 * HOUR));
    expect(selectBackupsToKeep(backups, 21 * 400 * 24 * HOUR, undefined, utcDay).size).toBe(20);
  });

  it('drops a backup older than 14 days once 20 newer ones exist', () => {
    const now = Date.UTC(2026, 5, 30, 12);
    const old = { name: 'old', createdAt: now - 15 * 24 * HOUR };
    const recent = backupsAt(Array.from({ length: 20 }, (_, i) => now - i * HOUR));
    const keep = selectBackupsToKeep([old, ...recent], now, undefined, utcDay);
    expect(keep.has('old')).toBe(false);
    expect(keep.size).toBe(20);
  });

  it('keeps the newest of a day within 14 days even beyond the last 20', () => {
    const now = Date.UTC(2026, 5, 30, 12);
    const dayEarly = { name: 'early', createdAt: Date.UTC(2026, 5, 20, 8) };
    const dayLate = { name: 'late', createdAt: Date.UTC(2026, 5, 20, 20) };
    const recent = backupsAt(Array.from({ length: 20 }, (_, i) => now - i * 60_000));
    const keep = selectBackupsToKeep([dayEarly, dayLate, ...recent], now, undefined, utcDay);
    expect(keep.has('late')).toBe(true);
    expect(keep.has('early')).toBe(false);
  });

  it('keeps backups dated in the future (a clock set back)', () => {
    const now = Date.UTC(2026, 0, 1);
    const recent = backupsAt(Array.from({ length: 25 }, (_, i) => now - i * HOUR));
    const future = { name: 'future', createdAt: now + 400 * 24 * HOUR };
    expect(selectBackupsToKeep([...recent, future], now, undefined, utcDay).has('future')).toBe(true);
  });

  it('always keeps the newest 20 and never more than 20 + 14 + future ones', () => {
    const times = fc.array(fc.integer({ min: 0, max: 60 * 24 }), { minLength: 0, maxLength: 80 });
    fc.assert(
      fc.property(times, (hoursBack) => {
        const now = Date.UTC(2026, 3, 10, 12);
        const backups = backupsAt(hoursBack.map((h) => now - h * HOUR));
        const keep = selectBackupsToKeep(backups, now, undefined, utcDay);
        const newest = [...backups].sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name)).slice(0, 20);
        expect(newest.every((b) => keep.has(b.name))).toBe(true);
        expect(keep.size).toBeLessThanOrEqual(34);
        // Nothing older than 14 days survives unless it is among the newest 20.
        for (const backup of backups) {
          if (keep.has(backup.name) && !newest.includes(backup)) expect(now - backup.createdAt).toBeLessThan(14 * 24 * HOUR);
        }
      }),
    );
  });
});
