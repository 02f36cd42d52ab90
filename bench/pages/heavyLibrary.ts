/*
 * The heavy library of the benchmarks: 50 stories, one with a 10,000-word field, and 1,000
 * rehearsal sessions, built from the app's own model.
 */
import { newBet } from '../../shared/model/bets';
import { newFamily } from '../../shared/model/families';
import { newFailureMode } from '../../shared/model/limitations';
import { docFromText } from '../../shared/model/richText';
import type { RehearsalSession } from '../../shared/model/rehearsalSession';
import { newStory, type Story } from '../../shared/model/story';
import { HEAVY_SESSION_COUNT, HEAVY_STORY_COUNT, heavyDoc, heavyText } from './heavyText';

const DAY = 86_400_000;

/** Story `index` of the heavy library; story 0 holds the 10,000-word field. */
export function heavyStory(index: number, now: number): Story {
  const story = newStory(`Bench story ${String(index + 1).padStart(2, '0')}`, now - index * DAY);
  const words = (n: number, offset: number) => docFromText(heavyText(n, index * 31 + offset));
  return {
    ...story,
    fieldMap: {
      ...story.fieldMap,
      coreTask: index === 0 ? heavyDoc() : words(300, 1),
      challenge: words(200, 2),
      recentChange: words(200, 3),
    },
    limitations: { ...story.limitations, assumptions: words(200, 4), tradeoffs: words(150, 5) },
  };
}

/**
 * A story of about 10,000 words spread over the fields the review rules read (families, bets,
 * the contribution, failure modes) rather than held in one field they only check for content.
 */
export function reviewedStory(now: number): Story {
  const story = heavyStory(1, now);
  let seed = 100;
  const text = (n: number) => heavyText(n, seed++);
  return {
    ...story,
    fieldMap: { ...story.fieldMap, coreTask: docFromText(text(2000)) },
    families: {
      ...story.families,
      items: Array.from({ length: 8 }, (_, i) => ({
        ...newFamily(`Family ${i + 1}`),
        idea: text(100),
        solves: text(100),
        whyWorks: text(100),
        failsWhere: text(100),
        assumes: text(100),
      })),
    },
    bets: Array.from({ length: 10 }, () => ({ ...newBet(), statement: text(80), evidence: text(80), disconfirming: text(80) })),
    contribution: { ...story.contribution, statement: text(200), gap: text(200) },
    limitations: {
      ...story.limitations,
      failureModes: Array.from({ length: 10 }, () => ({ ...newFailureMode(), where: text(60), evidence: text(60) })),
    },
  };
}

/** Session `index`, attached to one of the stories in turn. */
export function heavySession(index: number, storyIds: readonly string[], formatId: string, now: number): RehearsalSession {
  const startedAt = now - index * 3_600_000;
  const segments = ['Problem', 'Main idea', 'Evidence', 'Limits', 'Next'].map((title, i) => ({
    title,
    budgetMs: 120_000,
    actualMs: 90_000 + ((index * 7 + i * 13) % 60) * 1000,
    beatId: null,
  }));
  const total = segments.reduce((sum, segment) => sum + segment.actualMs, 0);
  return {
    id: `bench-session-${index}`,
    storyId: storyIds[index % storyIds.length] ?? null,
    formatId,
    formatName: 'Research presentation',
    startedAt,
    endedAt: startedAt + total,
    segments,
    challenges: [
      {
        questionId: 'q-bench-1',
        text: 'Why this baseline?',
        segmentIndex: 2,
        askedAtMs: 200_000,
        answerMs: 40_000,
        rating: 'shaky',
      },
    ],
    pausedMs: 0,
    isNoNotes: index % 2 === 0,
    note: index % 10 === 0 ? 'Cut the related-work slide.' : '',
    outlineWords: 1800,
    recording: null,
  };
}

export { HEAVY_SESSION_COUNT, HEAVY_STORY_COUNT };
