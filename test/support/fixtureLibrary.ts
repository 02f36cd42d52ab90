import type { VivaDatabase } from '../../renderer/data/database';
import { createCritiqueRepository } from '../../renderer/data/critiqueRepository';
import { createFormatRepository } from '../../renderer/data/formatRepository';
import { createPracticeRepository } from '../../renderer/data/practiceRepository';
import { createQuestionRepository } from '../../renderer/data/questionRepository';
import { createSessionRepository } from '../../renderer/data/sessionRepository';
import { createSettingsRepository } from '../../renderer/data/settingsRepository';
import { createStoryRepository } from '../../renderer/data/storyRepository';
import { docFromText } from '../../shared/model/richText';

/** A small but varied library, as a user of the current version would have it: a record in every table. */
export async function fixtureLibrary(db: VivaDatabase): Promise<void> {
  let now = Date.UTC(2026, 10, 1);
  const stories = createStoryRepository(db, () => now++);
  const settings = createSettingsRepository(db);
  const blank = await stories.create('Blank story');
  const filled = await stories.create('Filled story', 'thesisDefense');
  await stories.save({
    ...filled,
    fieldMap: {
      ...filled.fieldMap,
      broadField: 'Machine learning',
      subArea: 'Retrieval for long-context QA',
      coreTask: docFromText('Answer questions over 100k-token documents.'),
    },
  });
  await stories.trash(blank.id);
  await settings.setPreferences({ theme: 'dark', wordsPerMinute: 150 });
  await settings.setFlag('sampleSeeded', true);

  const format = await createFormatRepository(db).save({
    id: '0b7f0d5e-8a51-4c55-9a3c-3f1e6f0a2b11',
    name: 'Lab meeting',
    presetKey: null,
    source: 'segments',
    totalMs: 600_000,
    segments: [
      { id: '5d0c1b7e-2f43-4a8e-8f0e-6a4c1d9b3e21', title: 'Problem', budgetMs: 240_000, tags: ['framing'] },
      { id: '9a6e4c2d-1b35-4f7a-b8d9-0e2f4a6c8b31', title: 'Results', budgetMs: 360_000, tags: ['impact'] },
    ],
    warnAtFraction: 0.8,
  });
  const question = await createQuestionRepository(db, () => now++).add('Why not simply fine-tune a larger model?', ['solution']);
  await createPracticeRepository(db).recordRating(question.id, 'shaky', 42_000, 'drill', now++);
  const startedAt = now++;
  await createSessionRepository(db).save(
    {
      id: '3c9e7a5b-6d21-4f8e-a0b4-7e5d3c1a9f41',
      storyId: filled.id,
      formatId: format.id,
      formatName: format.name,
      startedAt,
      endedAt: startedAt + 610_000,
      segments: [
        { title: 'Problem', budgetMs: 240_000, actualMs: 250_000, beatId: null },
        { title: 'Results', budgetMs: 360_000, actualMs: 360_000, beatId: null },
      ],
      challenges: [
        { questionId: question.id, text: question.text, segmentIndex: 1, askedAtMs: 300_000, answerMs: 40_000, rating: 'shaky' },
      ],
      pausedMs: 0,
      isNoNotes: false,
      note: 'Cut the related-work slide.',
      outlineWords: 1200,
      recording: { mimeType: 'audio/webm', durationMs: 610_000, markers: [{ segmentIndex: 1, atMs: 250_000 }] },
    },
    { blob: new Blob([new Uint8Array([26, 69, 223, 163, 1, 2, 3])], { type: 'audio/webm' }), mimeType: 'audio/webm' },
  );
  if (db.verno < 2) return;
  // Version 2: the recording's delivery analysis.
  const stats = (startMs: number, endMs: number, wordsPerMinute: number) => ({
    startMs,
    endMs,
    speakingMs: Math.round((endMs - startMs) * 0.8),
    silenceMs: Math.round((endMs - startMs) * 0.2),
    pauses: [{ atMs: startMs + 30_000, durationMs: 2_400 }],
    syllables: Math.round(((wordsPerMinute * 1.5 * (endMs - startMs)) / 60_000) * 0.8),
    wordsPerMinute,
    pitch: { medianHz: 118, spreadSemitones: 5.2, voicedMs: Math.round((endMs - startMs) * 0.5) },
    isFlat: false,
    sentences: 40,
    fadingEndsMs: [startMs + 61_000],
  });
  await createSessionRepository(db).saveAnalysis({
    sessionId: '3c9e7a5b-6d21-4f8e-a0b4-7e5d3c1a9f41',
    method: 1,
    analysedAt: now++,
    result: {
      ok: true,
      durationMs: 610_000,
      whole: stats(0, 610_000, 152),
      segments: [
        { segmentIndex: 0, ...stats(0, 250_000, 164) },
        { segmentIndex: 1, ...stats(250_000, 610_000, 143) },
      ],
      pace: [
        { atMs: 0, wordsPerMinute: null },
        { atMs: 5_000, wordsPerMinute: 160 },
      ],
    },
  });
  if (db.verno < 3) return;
  // Version 3: a paper critique.
  const critiques = createCritiqueRepository(db, () => now++);
  const critique = await critiques.create('Sparse Mixtures of Adapters');
  await critiques.save({
    ...critique,
    paper: { ...critique.paper, authors: 'R. Okafor et al.', link: 'https://example.org/adapters.pdf' },
    claims: [{ id: 'a8d2c6e4-1f3b-4d5a-9c7e-2b4f6a8c0d11', text: 'Routing beats one shared adapter at equal size.' }],
    lenses: { ...critique.lenses, variance: { standing: 'attack', finding: 'One seed.', experiment: 'Five seeds.' } },
    verdict: { ...critique.verdict, call: 'weakAccept', changeCondition: 'If the gain is within seed noise.' },
  });
}
