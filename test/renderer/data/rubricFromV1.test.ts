/*
 * The rubric scores ride on the session record as an optional field, with no schema version of
 * their own: a session stored by version 1 must still read, validate and take a score.
 */
import { describe, expect, it } from 'vitest';
import { VivaDatabase } from '../../../renderer/data/database';
import { createSessionRepository } from '../../../renderer/data/sessionRepository';
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
});
