import { describe, expect, it } from 'vitest';
import { BACKUP_INTERVAL_MS, FIRST_BACKUP_DELAY_MS, nextBackupAt } from '../../../shared/backup/backupPolicy';

describe('when the next rolling backup is due', () => {
  it('is never while nothing changed', () => {
    expect(nextBackupAt({ lastBackupAt: null, changedSince: null })).toBeNull();
    expect(nextBackupAt({ lastBackupAt: 1000, changedSince: null })).toBeNull();
  });

  it('is soon after the first change of a session, not a whole interval later', () => {
    expect(nextBackupAt({ lastBackupAt: null, changedSince: 5000 })).toBe(5000 + FIRST_BACKUP_DELAY_MS);
    expect(FIRST_BACKUP_DELAY_MS).toBeLessThanOrEqual(60_000);
  });

  it('is an interval after the last backup while changes go on', () => {
    expect(nextBackupAt({ lastBackupAt: 0, changedSince: 1000 })).toBe(BACKUP_INTERVAL_MS);
  });

  it('is soon after a change that follows a long quiet spell', () => {
    const changedSince = 3 * BACKUP_INTERVAL_MS;
    expect(nextBackupAt({ lastBackupAt: 0, changedSince })).toBe(changedSince + FIRST_BACKUP_DELAY_MS);
  });
});
