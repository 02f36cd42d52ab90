import { describe, expect, it } from 'vitest';
import { findPreset } from '../../../shared/content/rehearsalPresets';
import { rehearsalSessionSchema } from '../../../shared/model/rehearsalSession';
import { buildSession } from '../../../shared/rehearsal/buildSession';
import { planRun } from '../../../shared/rehearsal/runPlan';
import { createRun, runReducer, type RunAction } from '../../../shared/rehearsal/runReducer';

describe('buildSession', () => {
  it('records the planned and actual time of each segment, the pauses and the rated challenges', () => {
    const plan = planRun(findPreset('preset-research-design')!, null);
    const actions: RunAction[] = [
      { type: 'start', at: 0.4 },
      { type: 'next', at: 60_000.4 },
      { type: 'challenge', question: { id: 'builtin:why-this-metric', text: 'Why this metric?' }, at: 70_000 },
      { type: 'rate', rating: 'missed', at: 85_000 },
      { type: 'pause', at: 90_000 },
      { type: 'resume', at: 100_000 },
      { type: 'finish', at: 120_000 },
    ];
    const run = actions.reduce(runReducer, createRun([900_000, 1_200_000, 600_000], 0.8, false));
    const session = buildSession(plan, run, { id: 's1', storyId: null, startedAt: 1000, endedAt: 121_000, isNoNotes: false });
    expect(session.segments.map((s) => [s.title, s.budgetMs, s.actualMs])).toEqual([
      ['Framing', 900_000, 60_000],
      ['Solution sketch', 1_200_000, 50_000],
      ['Research-impact deep dive', 600_000, 0],
    ]);
    expect(session.pausedMs).toBe(10_000);
    expect(session.challenges).toEqual([
      {
        questionId: 'builtin:why-this-metric',
        text: 'Why this metric?',
        segmentIndex: 1,
        askedAtMs: 70_000,
        answerMs: 15_000,
        rating: 'missed',
      },
    ]);
    expect(rehearsalSessionSchema.safeParse(session).success).toBe(true);
  });
});
