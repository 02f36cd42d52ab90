import { describe, expect, it } from 'vitest';
import { isDue, scheduleAfter } from '../../../shared/drills/scheduleCard';
import { fsrsCardSchema } from '../../../shared/model/challenge';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23, 9);

describe('scheduleAfter', () => {
  it('treats a question never practised as due', () => {
    expect(isDue(null, now)).toBe(true);
  });

  it('brings a missed question back sooner than a nailed one', () => {
    const missed = scheduleAfter(null, 'missed', now);
    const nailed = scheduleAfter(null, 'nailed', now);
    expect(missed.due).toBeLessThan(nailed.due);
    expect(missed.due).toBeGreaterThanOrEqual(now);
  });

  it('spaces a question out further each time it is nailed', () => {
    let card = scheduleAfter(null, 'nailed', now);
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = card.due;
      const next = scheduleAfter(card, 'nailed', at);
      intervals.push(next.due - at);
      card = next;
    }
    expect(intervals[3]).toBeGreaterThan(intervals[0]!);
    expect(intervals[3]).toBeGreaterThan(DAY);
  });

  it('is deterministic and stores a valid card', () => {
    const a = scheduleAfter(scheduleAfter(null, 'shaky', now), 'nailed', now + DAY);
    const b = scheduleAfter(scheduleAfter(null, 'shaky', now), 'nailed', now + DAY);
    expect(a).toEqual(b);
    expect(fsrsCardSchema.safeParse(a).success).toBe(true);
    expect(a.lastReview).toBe(now + DAY);
  });

  it('is no longer due right after practice, and due again later', () => {
    const card = scheduleAfter(null, 'nailed', now);
    expect(isDue(card, now)).toBe(false);
    expect(isDue(card, card.due)).toBe(true);
  });
});
