import { describe, expect, it } from 'vitest';
import { createTestStore } from './testStore';

describe('drills slice', () => {
  it('loads the user’s questions and practice, and records a drill rating in the shared schedule', async () => {
    const { store, services, time } = await createTestStore();
    await services.questions.add('Why not distil a smaller model instead?', ['general']);
    await services.practice.recordRating('builtin:under-tuned-baseline', 'missed', 30_000, 'rehearsal', time.now);
    await store.getState().loadDrills();
    expect(store.getState().drillStatus).toBe('ready');
    expect(store.getState().ownQuestions.map((q) => q.text)).toEqual(['Why not distil a smaller model instead?']);

    time.now += 5 * 60_000;
    const state = await store.getState().rateDrill('builtin:under-tuned-baseline', 'nailed', null);
    expect(state?.log.map((entry) => [entry.rating, entry.source])).toEqual([
      ['missed', 'rehearsal'],
      ['nailed', 'drill'],
    ]);
    expect(state?.card?.due).toBeGreaterThan(time.now);
    expect(store.getState().practice).toEqual([state]);
  });

  it('reports a rating that could not be saved instead of losing it silently', async () => {
    const { store, db } = await createTestStore();
    db.close();
    expect(await store.getState().rateDrill('builtin:under-tuned-baseline', 'shaky', null)).toBeNull();
    expect(store.getState().notices.at(-1)?.message).toMatch(/^The rating was not saved: /);
  });
});
