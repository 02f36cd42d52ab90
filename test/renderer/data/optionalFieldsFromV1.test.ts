/*
 * The rubric scores ride on the session record, and the STAR bank on the story, as optional
 * fields with no schema version of their own: records stored by version 1, and a version-1
 * backup file, must still read, validate, and take the new fields.
 */
import { describe, expect, it } from 'vitest';
import { VivaDatabase } from '../../../renderer/data/database';
import { createSessionRepository } from '../../../renderer/data/sessionRepository';
import { createStoryRepository } from '../../../renderer/data/storyRepository';
import { parseBackupText } from '../../../shared/backup/parseBackup';
import { newStarStory, starStoriesOf } from '../../../shared/model/starStory';
import { storySchema } from '../../../shared/model/story';
import { rehearsalSessionSchema } from '../../../shared/model/rehearsalSession';
import { historyByFormat } from '../../../shared/rehearsal/historyTrend';
import { loadFixtures, restoreFixture } from '../../support/databaseFixtures';

describe('rubric scores on sessions stored before they existed', () => {
  const v1 = loadFixtures().find((f) => f.name === 'v1.json')!;

  it('opens the version-1 session, which has no rubric, and scores it', async () => {
    const name = `rubric-v1-${crypto.randomUUID()}`;
    await restoreFixture(name, v1.fixture);
    const db = new VivaDatabase(name);
    await db.open();
    const sessions = createSessionRepository(db);
    const [stored] = await sessions.list();
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('rubric');
    expect(rehearsalSessionSchema.safeParse(stored).error).toBeUndefined();
    // History reads it as unscored.
    expect(historyByFormat([stored!])[0]?.points[0]?.rubricScore).toBeNull();

    const scored = await sessions.setRubric(stored!.id, { hypothesis: 4, design: 3, scalability: 2, risk: 5, clarity: 4 });
    expect(scored.rubric?.risk).toBe(5);
    expect((await sessions.get(stored!.id))?.rubric).toEqual({ hypothesis: 4, design: 3, scalability: 2, risk: 5, clarity: 4 });
    expect(historyByFormat([scored])[0]?.points[0]?.rubricScore).toBe(3.5);
    db.close();
  });

  it('refuses a score outside 1 to 5, and keeps what was stored', async () => {
    const name = `rubric-v1-bad-${crypto.randomUUID()}`;
    await restoreFixture(name, v1.fixture);
    const db = new VivaDatabase(name);
    await db.open();
    const sessions = createSessionRepository(db);
    const [stored] = await sessions.list();
    await expect(
      sessions.setRubric(stored!.id, { hypothesis: 6, design: null, scalability: null, risk: null, clarity: null }),
    ).rejects.toThrow(/rubric/);
    expect((await sessions.get(stored!.id))?.rubric).toBeUndefined();
    db.close();
  });

  it('opens the version-1 stories, which have no STAR bank, and saves one into them', async () => {
    const name = `star-v1-${crypto.randomUUID()}`;
    await restoreFixture(name, v1.fixture);
    const db = new VivaDatabase(name);
    await db.open();
    const stories = createStoryRepository(db);
    const [stored] = await stories.listLiveStories();
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('starStories');
    expect(starStoriesOf(stored!)).toEqual([]);
    const star = { ...newStarStory(), title: 'The leaked benchmark', result: 'Gain fell from 6 to 2.5 points.' };
    await stories.save({ ...stored!, starStories: [star] }, stored!.updatedAt);
    expect(starStoriesOf((await stories.get(stored!.id))!)).toEqual([star]);
    db.close();
  });

  it('reads a version-1 backup file made of the version-1 records, with neither field', () => {
    const tables = v1.fixture.tables;
    const file = {
      format: 'viva-backup',
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-01T09:00:00.000Z',
      scope: 'library',
      stories: tables['stories'],
      sessions: tables['sessions'],
      formats: tables['formats'],
      questions: tables['questions'],
      practice: tables['practice'],
      preferences: null,
      recordings: [],
    };
    const read = parseBackupText(JSON.stringify(file));
    if (!read.ok) throw new Error(JSON.stringify(read));
    expect(read.file.stories.length).toBe(tables['stories']!.length);
    for (const story of read.file.stories) {
      expect(storySchema.safeParse(story).error).toBeUndefined();
      expect(story.starStories).toBeUndefined();
    }
    expect(read.file.sessions.every((session) => session.rubric === undefined)).toBe(true);
  });
});
