import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBackupName, isBackupName, parseBackupName } from '../../../shared/backup/backupNames';

describe('backup names', () => {
  it('round-trips any time and story count through the file name', () => {
    const time = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(9999, 11, 31) });
    fc.assert(
      fc.property(time, fc.integer({ min: 0, max: 999_999 }), (createdAt, storyCount) => {
        expect(parseBackupName(formatBackupName(createdAt, storyCount))).toEqual({ createdAt, storyCount });
      }),
    );
  });

  it('refuses paths, other files and impossible dates', () => {
    for (const name of [
      '../viva-backup-2026-01-01T00-00-00-000Z-1-stories.json',
      'viva-backup-2026-01-01T00-00-00-000Z-1-stories.json.tmp',
      'viva-backup-2026-02-31T00-00-00-000Z-1-stories.json',
      'viva-backup-2026-13-01T00-00-00-000Z-1-stories.json',
      'notes.txt',
      '',
    ]) {
      expect(isBackupName(name), name).toBe(false);
    }
  });

  it('never accepts a string with a path separator', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => !isBackupName(`${a}/${b}`) && !isBackupName(`${a}\\${b}`)));
  });
});
