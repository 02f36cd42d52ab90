import { beforeEach, describe, expect, it } from 'vitest';
import { VivaDatabase } from '../../../renderer/data/database';
import { createStoryRepository, StoryInvalidError } from '../../../renderer/data/storyRepository';

let db: VivaDatabase;
let now = 1_000;
const clock = () => now;

beforeEach(async () => {
  db = new VivaDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  now = 1_000;
});

describe('storyRepository', () => {
  it('lists live stories most recently edited first', async () => {
    const repo = createStoryRepository(db, clock);
    const a = await repo.create('A');
    now = 2_000;
    await repo.create('B');
    now = 3_000;
    await repo.save({ ...a, title: 'A edited' });
    expect((await repo.listLive()).map((s) => s.title)).toEqual(['A edited', 'B']);
  });

  it('keeps a summary beside every story, written in the same transaction', async () => {
    const repo = createStoryRepository(db, clock);
    const story = await repo.create('Summary');
    const summary = await db.summaries.get(story.id);
    expect(summary).toMatchObject({ id: story.id, title: 'Summary', deletedAt: null });
    expect(summary?.completeness).toHaveLength(7);
  });

  it('refuses to write an invalid story and leaves the stored one as it was', async () => {
    const repo = createStoryRepository(db, clock);
    const story = await repo.create('Valid');
    await expect(repo.save({ ...story, title: '' })).rejects.toThrow(StoryInvalidError);
    await expect(repo.save({ ...story, title: '' })).rejects.toThrow('story.title: a story needs a title');
    expect((await repo.get(story.id))?.title).toBe('Valid');
  });

  it('renames, stamping the edit time', async () => {
    const repo = createStoryRepository(db, clock);
    const story = await repo.create('Old');
    now = 5_000;
    const renamed = await repo.rename(story.id, 'New');
    expect(renamed).toMatchObject({ title: 'New', updatedAt: 5_000 });
  });

  it('duplicates a story under a new id, as the user’s own (never a sample)', async () => {
    const repo = createStoryRepository(db, clock);
    const story = await repo.insert({ ...(await repo.create('Original')), isSample: true });
    const copy = await repo.duplicate(story.id, (t) => `${t} (copy)`);
    expect(copy.id).not.toBe(story.id);
    expect(copy).toMatchObject({ title: 'Original (copy)', isSample: false });
    expect(copy.checklist.items).toEqual(story.checklist.items);
  });

  it('moves stories to the trash and back, and deletes them for good', async () => {
    const repo = createStoryRepository(db, clock);
    const story = await repo.create('Doomed');
    now = 9_000;
    await repo.trash(story.id);
    expect(await repo.listLive()).toEqual([]);
    expect((await repo.listTrash()).map((s) => [s.title, s.deletedAt])).toEqual([['Doomed', 9_000]]);
    await repo.restore(story.id);
    expect((await repo.listLive()).map((s) => s.title)).toEqual(['Doomed']);
    await repo.purge(story.id);
    expect(await repo.get(story.id)).toBeUndefined();
    expect(await db.summaries.count()).toBe(0);
  });

  it('explains a missing story in plain words', async () => {
    const repo = createStoryRepository(db, clock);
    await expect(repo.rename('nope', 'x')).rejects.toThrow('That story no longer exists');
  });
});
