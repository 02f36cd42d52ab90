import { describe, expect, it } from 'vitest';
import { VivaDatabase } from '../../../renderer/data/database';
import { createPracticeRepository } from '../../../renderer/data/practiceRepository';

async function repository() {
  const db = new VivaDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  return createPracticeRepository(db);
}

describe('practiceRepository', () => {
  it('starts a question with no notes, no history and no card', async () => {
    const repo = await repository();
    expect(await repo.get('builtin:under-tuned-baseline')).toEqual({
      questionId: 'builtin:under-tuned-baseline',
      notes: '',
      log: [],
      card: null,
    });
  });

  it('logs each rating with its source and reschedules the question', async () => {
    const repo = await repository();
    await repo.recordRating('q1', 'missed', 95_000, 'rehearsal', 1_000);
    const state = await repo.recordRating('q1', 'nailed', 40_000, 'drill', 2_000);
    expect(state.log).toEqual([
      { at: 1_000, rating: 'missed', answerMs: 95_000, source: 'rehearsal' },
      { at: 2_000, rating: 'nailed', answerMs: 40_000, source: 'drill' },
    ]);
    expect(state.card?.reps).toBe(2);
    expect((await repo.get('q1')).card?.lastReview).toBe(2_000);
  });

  it('keeps answer notes beside the schedule', async () => {
    const repo = await repository();
    await repo.recordRating('q2', 'shaky', null, 'drill', 5);
    await repo.setNotes('q2', 'Lead with the matched-budget sweep: 64 trials each.');
    const state = await repo.get('q2');
    expect(state.notes).toBe('Lead with the matched-budget sweep: 64 trials each.');
    expect(state.log).toHaveLength(1);
  });
});
