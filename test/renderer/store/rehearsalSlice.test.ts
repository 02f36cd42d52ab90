import { describe, expect, it } from 'vitest';
import { findPreset } from '../../../shared/content/rehearsalPresets';
import { createTestStore } from './testStore';

describe('the rehearsal slice', () => {
  it('records a rated answer from a rehearsal with its time, and reschedules the question', async () => {
    const { store, time } = await createTestStore();
    await store.getState().recordAnswer('builtin:why-this-metric', 'missed', 42_500);
    const [practice] = store.getState().practice;
    expect(practice?.log).toEqual([{ at: time.now, rating: 'missed', answerMs: 42_500, source: 'rehearsal' }]);
    expect(practice?.card).not.toBeNull();
  });

  it('deletes a question of the user’s with an undo that brings it back as it was', async () => {
    const { store } = await createTestStore();
    await store.getState().addQuestion('  What would a reviewer attack first?  ', ['results']);
    const [question] = store.getState().ownQuestions;
    expect(question).toMatchObject({ text: 'What would a reviewer attack first?', tags: ['results'] });
    await store.getState().removeQuestion(question?.id ?? '');
    expect(store.getState().ownQuestions).toEqual([]);
    const notice = store.getState().notices.at(-1);
    expect(notice?.message).toBe('Question deleted.');
    notice?.action?.run();
    await expect.poll(() => store.getState().ownQuestions).toEqual([question]);
  });

  it('refuses an empty question with a message that says what to do', async () => {
    const { store } = await createTestStore();
    await expect(store.getState().addQuestion('   ', [])).rejects.toThrow('Write the question first.');
  });

  it('keeps an edited preset under the preset’s id, and forgets it on reset', async () => {
    const { store } = await createTestStore();
    const pitch = findPreset('preset-hypothesis-pitch');
    if (!pitch) throw new Error('the hypothesis pitch preset is missing');
    await store.getState().saveFormat({ ...pitch, name: 'Elevator pitch', totalMs: 45_000 });
    expect(store.getState().storedFormats).toEqual([expect.objectContaining({ id: pitch.id, name: 'Elevator pitch' })]);
    await store.getState().removeFormat(pitch.id);
    expect(store.getState().storedFormats).toEqual([]);
  });

  it('refuses a format that breaks the schema, saying which field', async () => {
    const { store } = await createTestStore();
    const pitch = findPreset('preset-hypothesis-pitch');
    if (!pitch) throw new Error('the hypothesis pitch preset is missing');
    await expect(store.getState().saveFormat({ ...pitch, warnAtFraction: 2 })).rejects.toThrow(/warnAtFraction/);
    expect(store.getState().storedFormats).toEqual([]);
  });
});
