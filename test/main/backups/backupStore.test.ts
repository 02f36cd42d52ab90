import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupStore } from '../../../main/backups/backupStore';
import { parseBackupName } from '../../../shared/backup/backupNames';

const HOUR = 60 * 60 * 1000;

/** A whole-library backup holding `live` stories and `trashed` ones in the trash. */
function libraryBackup(live: number, trashed = 0, marker = ''): string {
  const stories = [
    ...Array.from({ length: live }, (_, i) => ({ id: `live-${i}`, deletedAt: null })),
    ...Array.from({ length: trashed }, (_, i) => ({ id: `gone-${i}`, deletedAt: '2026-01-01T00:00:00.000Z' })),
  ];
  return JSON.stringify({ format: 'viva-backup', scope: 'library', marker, stories });
}

function tempStore(clock: () => number) {
  const dir = join(mkdtempSync(join(tmpdir(), 'viva-backup-test-')), 'backups');
  return { dir, store: createBackupStore({ dir, clock }) };
}

describe('backup store (real files)', () => {
  it('creates the folder and writes a backup named after its time and live stories', async () => {
    const now = Date.UTC(2026, 2, 14, 9, 5, 0, 123);
    const { dir, store } = tempStore(() => now);
    const entry = await store.write(libraryBackup(3, 2), 3);
    expect(entry).toMatchObject({ name: 'viva-backup-2026-03-14T09-05-00-123Z-3-stories.json', createdAt: now, storyCount: 3 });
    expect(readdirSync(dir)).toEqual([entry.name]);
    expect(readFileSync(join(dir, entry.name), 'utf8')).toBe(libraryBackup(3, 2));
    expect(entry.size).toBe(Buffer.byteLength(libraryBackup(3, 2)));
  });

  it('lists newest first with size and story count, and reads a backup back', async () => {
    let now = Date.UTC(2026, 0, 1, 12);
    const { store } = tempStore(() => now);
    await store.write(libraryBackup(1, 0, 'first'), 1);
    now += HOUR;
    await store.write(libraryBackup(2, 0, 'second'), 2);
    const listed = await store.list();
    expect(listed.map((entry) => entry.storyCount)).toEqual([2, 1]);
    expect(listed[0]!.size).toBe(Buffer.byteLength(libraryBackup(2, 0, 'second')));
    expect((await store.read(listed[1]!.name)).content).toBe(libraryBackup(1, 0, 'first'));
  });

  it('gives two backups written in the same millisecond distinct names', async () => {
    const { store } = tempStore(() => Date.UTC(2026, 0, 1));
    const a = await store.write(libraryBackup(1, 0, 'a'), 1);
    const b = await store.write(libraryBackup(1, 0, 'b'), 1);
    expect(a.name).not.toBe(b.name);
    expect((await store.list()).length).toBe(2);
  });

  it('keeps the last 20 and the newest of each of the last 14 days, deleting the rest', async () => {
    // Four backups a day (local time) from 1 to 20 January: 80 in all.
    const start = new Date(2026, 0, 1, 0, 30).getTime();
    let now = start;
    const { dir, store } = tempStore(() => now);
    for (let k = 0; k < 80; k++) {
      now = start + k * 6 * HOUR;
      await store.write(libraryBackup(k % 5, 0, String(k)), k % 5);
    }
    const kept = (await store.list()).map((entry) => new Date(entry.createdAt));
    // The newest 20 cover 16–20 January; one a day (the day's last, 18:30) for 7–15 January.
    expect(kept).toHaveLength(29);
    expect(kept.slice(0, 20).every((date) => date.getDate() >= 16)).toBe(true);
    const daily = kept.slice(20);
    expect(daily.map((date) => date.getDate())).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7]);
    expect(daily.every((date) => date.getHours() === 18)).toBe(true);
    // What is on disk is exactly what is listed: no leftovers, no temporary files.
    expect(readdirSync(dir).length).toBe(29);
  });

  it('leaves files it did not write alone and refuses to read them', async () => {
    const { dir, store } = tempStore(() => Date.UTC(2026, 0, 1));
    await store.write(libraryBackup(1), 1);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    for (let i = 0; i < 25; i++) await store.write(libraryBackup(1, 0, String(i)), 1);
    expect(readdirSync(dir)).toContain('notes.txt');
    await expect(store.read('notes.txt')).rejects.toThrow(/no backup named/);
    await expect(store.read('viva-backup-2020-01-01T00-00-00-000Z-1-stories.json')).rejects.toThrow(/no backup named/);
  });

  it('refuses content that is not a whole-library backup, writing nothing', async () => {
    const { dir, store } = tempStore(() => Date.UTC(2026, 0, 1));
    await expect(store.write('{not json', 0)).rejects.toThrow(/does not begin with the header of a Viva backup/);
    await expect(store.write(JSON.stringify({ format: 'viva-backup', scope: 'story', stories: [] }), 0)).rejects.toThrow(
      /whole library/,
    );
    expect(await store.list()).toEqual([]);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('lists nothing when the folder does not exist yet', async () => {
    const { store } = tempStore(() => 0);
    expect(await store.list()).toEqual([]);
  });

  it('names files so that the listed time and count round-trip', async () => {
    const now = Date.UTC(2026, 6, 4, 23, 59, 59, 999);
    const { store } = tempStore(() => now);
    const entry = await store.write(libraryBackup(12), 12);
    expect(parseBackupName(entry.name)).toEqual({ createdAt: now, storyCount: 12 });
  });
});

describe('backup store: reading only what it wrote', () => {
  it('does not list or read a link in the backups folder, which could point anywhere', async () => {
    const { symlinkSync, mkdirSync } = await import('node:fs');
    const { dir, store } = tempStore(() => Date.UTC(2026, 0, 1));
    mkdirSync(dir, { recursive: true });
    const secret = join(dir, '..', 'secret.txt');
    writeFileSync(secret, 'not a backup');
    const name = 'viva-backup-2026-01-01T00-00-00-000Z-1-stories.json';
    symlinkSync(secret, join(dir, name));
    expect(await store.list()).toEqual([]);
    await expect(store.read(name)).rejects.toThrow(`There is no backup named “${name}”`);
  });

  it('refuses a backup that is not valid UTF-8, naming the byte', async () => {
    const { dir, store } = tempStore(() => Date.UTC(2026, 0, 1));
    const entry = await store.write(libraryBackup(1), 1);
    writeFileSync(join(dir, entry.name), Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    await expect(store.read(entry.name)).rejects.toThrow(/cannot be read: The file is not valid UTF-8 .*\(at byte 3\)$/);
  });

  it('refuses a backup grown past the limit without reading it whole', async () => {
    const { truncateSync } = await import('node:fs');
    const { MAX_BACKUP_BYTES } = await import('../../../shared/backup/backupLimits');
    const { dir, store } = tempStore(() => Date.UTC(2026, 0, 1));
    const entry = await store.write(libraryBackup(1), 1);
    truncateSync(join(dir, entry.name), MAX_BACKUP_BYTES + 1);
    await expect(store.read(entry.name)).rejects.toThrow(
      /cannot be read: The file is .+, larger than the .+ a Viva backup may be/,
    );
  });
});

describe('backup store: main checks the header only', () => {
  it('accepts a backup by its header without parsing the records after it', async () => {
    const { dir, store } = tempStore(() => Date.UTC(2026, 0, 1));
    // Records main never reads: a parse of the whole text would fail on them.
    const content = `{"format":"viva-backup","schemaVersion":9,"scope":"library","stories":[${'x'.repeat(10_000)}`;
    const entry = await store.write(content, 4);
    expect(entry.storyCount).toBe(4);
    expect(readFileSync(join(dir, entry.name), 'utf8')).toBe(content);
  });

  it('refuses a header hidden past the first kilobytes', async () => {
    const { store } = tempStore(() => Date.UTC(2026, 0, 1));
    const content = `{"padding":"${' '.repeat(5000)}","format":"viva-backup","scope":"library","stories":[]}`;
    await expect(store.write(content, 0)).rejects.toThrow(/does not begin with the header of a Viva backup/);
  });
});
