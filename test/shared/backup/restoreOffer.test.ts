import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../shared/backup/backupNames';
import { chooseRestoreOffer } from '../../../shared/backup/restoreOffer';

const entry = (name: string, createdAt: number, storyCount: number): BackupEntry => ({ name, createdAt, storyCount, size: 100 });
const backups = [entry('older', 1000, 5), entry('newest', 3000, 6), entry('sample-only', 4000, 1)];

describe('chooseRestoreOffer', () => {
  it('offers the newest backup holding more than the sample when the library is empty', () => {
    expect(chooseRestoreOffer(backups, { status: 'readable', ownStories: 0, liveStories: 1 }, null)?.name).toBe('newest');
  });

  it('offers the newest backup when the database cannot be opened', () => {
    expect(chooseRestoreOffer(backups, { status: 'unreadable' }, null)?.name).toBe('sample-only');
  });

  it('offers nothing when the user has stories of their own', () => {
    expect(chooseRestoreOffer(backups, { status: 'readable', ownStories: 2, liveStories: 2 }, null)).toBeNull();
  });

  it('offers nothing when there are no backups, or the offer was declined', () => {
    expect(chooseRestoreOffer([], { status: 'unreadable' }, null)).toBeNull();
    expect(chooseRestoreOffer(backups, { status: 'readable', ownStories: 0, liveStories: 0 }, 'sample-only')).toBeNull();
  });
});
