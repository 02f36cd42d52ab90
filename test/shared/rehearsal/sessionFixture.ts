import type { RehearsalSession, SessionChallenge } from '../../../shared/model/rehearsalSession';

/** A finished session: `segments` as [title, budget seconds, actual seconds]. */
export function makeSession(
  segments: ReadonlyArray<readonly [string, number, number]>,
  extra: Partial<RehearsalSession> = {},
): RehearsalSession {
  return {
    id: 'session-1',
    storyId: null,
    formatId: 'format-1',
    formatName: 'Research-design round',
    startedAt: 1_700_000_000_000,
    endedAt: 1_700_000_000_000 + segments.reduce((sum, [, , actual]) => sum + actual * 1000, 0),
    segments: segments.map(([title, budgetSeconds, actual]) => ({
      title,
      budgetMs: budgetSeconds * 1000,
      actualMs: actual * 1000,
      beatId: null,
    })),
    challenges: [],
    pausedMs: 0,
    isNoNotes: false,
    note: '',
    outlineWords: null,
    recording: null,
    ...extra,
  };
}

export function makeChallenge(
  segmentIndex: number,
  answerSeconds: number,
  rating: SessionChallenge['rating'] = 'shaky',
): SessionChallenge {
  return {
    questionId: `q-${segmentIndex}-${answerSeconds}`,
    text: 'Why this baseline?',
    segmentIndex,
    askedAtMs: 0,
    answerMs: answerSeconds * 1000,
    rating,
  };
}
