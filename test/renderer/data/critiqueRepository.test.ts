import { beforeEach, describe, expect, it } from 'vitest';
import { createBackupRepository } from '../../../renderer/data/backupRepository';
import { createCritiqueRepository, CritiqueInvalidError } from '../../../renderer/data/critiqueRepository';
import { VivaDatabase } from '../../../renderer/data/database';
import { restoreLibrary } from '../../../renderer/data/restoreLibrary';
import { StoryConflictError } from '../../../renderer/data/storyRepository';
import { parseBackupText } from '../../../shared/backup/parseBackup';
import { serializeBackup } from '../../../shared/backup/createBackupFile';

let db: VivaDatabase;
let now = 1_000;
const clock = () => now;

beforeEach(async () => {
  db = new VivaDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  now = 1_000;
});

describe('critiqueRepository', () => {
  it('lists live critiques most recently edited first, and keeps trashed ones apart until restored', async () => {
    const repo = createCritiqueRepository(db, clock);
    const a = await repo.create('Paper A');
    now = 2_000;
    const b = await repo.create('Paper B');
    now = 3_000;
    await repo.save({ ...a, claims: [{ id: 'c1', text: 'A claim.' }] });
    expect((await repo.listLive()).map((c) => c.paper.title)).toEqual(['Paper A', 'Paper B']);
    now = 4_000;
    await repo.trash(b.id);
    expect((await repo.listLive()).map((c) => c.id)).toEqual([a.id]);
    expect((await repo.listTrash()).map((c) => c.id)).toEqual([b.id]);
    await repo.restore(b.id);
    expect(await repo.listTrash()).toEqual([]);
    await repo.purge(b.id);
    expect(await repo.get(b.id)).toBeUndefined();
  });

  it('renames the paper, and refuses an invalid critique, leaving the stored one as it was', async () => {
    const repo = createCritiqueRepository(db, clock);
    const critique = await repo.create('Old title');
    await repo.rename(critique.id, 'New title');
    expect((await repo.get(critique.id))?.paper.title).toBe('New title');
    await expect(repo.save({ ...critique, paper: { ...critique.paper, title: 'two\nlines' } })).rejects.toThrow(
      CritiqueInvalidError,
    );
    expect((await repo.get(critique.id))?.paper.title).toBe('New title');
  });

  it('never saves over a newer revision', async () => {
    const repo = createCritiqueRepository(db, clock);
    const critique = await repo.create('Paper');
    now = 2_000;
    const saved = await repo.save(critique, critique.updatedAt);
    await expect(repo.save({ ...critique, summary: critique.summary }, critique.updatedAt)).rejects.toThrow(StoryConflictError);
    expect((await repo.get(critique.id))?.updatedAt).toBe(saved.updatedAt);
  });

  it('goes into a library backup and comes back from it, by import and by restore', async () => {
    const repo = createCritiqueRepository(db, clock);
    const critique = await repo.create('Backed-up paper');
    const backups = createBackupRepository(db, clock);
    const file = await backups.exportBackup({ includeRecordings: false, appVersion: 'test' });
    expect(file.critiques.map((c) => c.paper.title)).toEqual(['Backed-up paper']);
    const parsed = parseBackupText(serializeBackup(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    const other = new VivaDatabase(`test-${crypto.randomUUID()}`);
    await other.open();
    const outcome = await createBackupRepository(other, clock).importFile(parsed.file);
    expect(outcome.ok && outcome.report.critiquesAdded).toBe(1);
    expect(await createCritiqueRepository(other, clock).get(critique.id)).toEqual(critique);

    await repo.purge(critique.id);
    await restoreLibrary(db, parsed.file);
    expect((await repo.listLive()).map((c) => c.paper.title)).toEqual(['Backed-up paper']);
  });

  it('a backup of one story carries no critiques', async () => {
    await createCritiqueRepository(db, clock).create('Paper');
    const { createStoryRepository } = await import('../../../renderer/data/storyRepository');
    const story = await createStoryRepository(db, clock).create('Story');
    const file = await createBackupRepository(db, clock).exportBackup({
      storyId: story.id,
      includeRecordings: false,
      appVersion: 't',
    });
    expect(file.critiques).toEqual([]);
  });
});
