import { describe, expect, it } from 'vitest';
import { backupFileSchema, type LibrarySnapshot } from '../../../shared/backup/backupFile';
import { describeLibraryBackup } from '../../../shared/backup/backupContent';
import { backupBody, buildLibraryBackupText } from '../../../shared/backup/libraryBackupText';
import { newStory } from '../../../shared/model/story';

function snapshot(titles: string[]): LibrarySnapshot {
  return {
    stories: titles.map((title, i) => newStory(title, 1_700_000_000_000 + i)),
    sessions: [],
    formats: [],
    questions: [],
    practice: [],
    preferences: null,
    recordings: [],
    analyses: [],
    critiques: [],
  };
}

describe('library backup text', () => {
  it('is a valid whole-library backup file that the backup writer accepts', () => {
    const text = buildLibraryBackupText(snapshot(['A', 'B']), '1.2.3', Date.UTC(2026, 0, 1));
    const parsed = backupFileSchema.parse(JSON.parse(text));
    expect(parsed).toMatchObject({ scope: 'library', appVersion: '1.2.3', exportedAt: '2026-01-01T00:00:00.000Z' });
    expect(describeLibraryBackup(text)).toEqual({ storyCount: 2 });
  });

  it('has the same body at different times while the library is unchanged, and a new one after a change', () => {
    const library = snapshot(['A']);
    const first = buildLibraryBackupText(library, '1.0.0', 1000);
    const later = buildLibraryBackupText(library, '1.0.1', 999_999);
    expect(first).not.toBe(later);
    expect(backupBody(first)).toBe(backupBody(later));
    const edited = { ...library, stories: [{ ...library.stories[0]!, title: 'A, edited' }] };
    expect(backupBody(buildLibraryBackupText(edited, '1.0.0', 1000))).not.toBe(backupBody(first));
  });
});
