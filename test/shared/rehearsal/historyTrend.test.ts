import { describe, expect, it } from 'vitest';
import { historyByFormat } from '../../../shared/rehearsal/historyTrend';
import { makeSession } from './sessionFixture';

const DAY = 86_400_000;

describe('historyByFormat', () => {
  it('groups sessions by format, oldest first, the most recently rehearsed format first', () => {
    const sessions = [
      makeSession([['Pitch', 30, 40]], { id: 'p2', formatId: 'pitch', formatName: 'Pitch', startedAt: 3 * DAY }),
      makeSession([['Framing', 900, 800]], { id: 'r1', formatId: 'round', formatName: 'Round', startedAt: 1 * DAY }),
      makeSession([['Pitch', 30, 25]], { id: 'p1', formatId: 'pitch', formatName: 'Pitch', startedAt: 2 * DAY }),
    ];
    const histories = historyByFormat(sessions);
    expect(histories.map((h) => h.formatId)).toEqual(['pitch', 'round']);
    expect(histories[0]?.points.map((p) => p.sessionId)).toEqual(['p1', 'p2']);
  });

  it('plots each run as its total time, its plan and how many segments ran over, with its note', () => {
    const [history] = historyByFormat([
      makeSession(
        [
          ['Framing', 900, 960],
          ['Sketch', 1200, 1300],
          ['Impact', 600, 500],
        ],
        {
          id: 'r1',
          note: 'Shorter framing.',
          recording: { mimeType: 'audio/webm', durationMs: 1000, markers: [] },
        },
      ),
    ]);
    expect(history?.points).toEqual([
      {
        sessionId: 'r1',
        startedAt: 1_700_000_000_000,
        actualMs: 2_760_000,
        plannedMs: 2_700_000,
        overrunCount: 2,
        segmentCount: 3,
        note: 'Shorter framing.',
        isRecorded: true,
        rubricScore: null,
      },
    ]);
  });

  it('names a renamed format by its latest name', () => {
    const [history] = historyByFormat([
      makeSession([['A', 10, 10]], { id: 'a', formatName: 'Old name', startedAt: 1 }),
      makeSession([['A', 10, 10]], { id: 'b', formatName: 'New name', startedAt: 2 }),
    ]);
    expect(history?.formatName).toBe('New name');
  });

  it('carries the weighted rubric score of a fully scored run, and none for a partly scored one', () => {
    const rubric = { hypothesis: 5, design: 4, scalability: 3, risk: 2, clarity: 1 };
    const [history] = historyByFormat([
      makeSession([['A', 10, 10]], { id: 'a', startedAt: 1, rubric }),
      makeSession([['A', 10, 10]], { id: 'b', startedAt: 2, rubric: { ...rubric, risk: null } }),
    ]);
    // 0.3·5 + 0.25·4 + 0.2·3 + 0.15·2 + 0.1·1 = 3.5
    expect(history?.points.map((p) => p.rubricScore)).toEqual([3.5, null]);
  });

  it('has nothing to show for no sessions', () => {
    expect(historyByFormat([])).toEqual([]);
  });
});
