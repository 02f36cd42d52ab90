import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../shared/time/duration';
import { shownParts } from '../../../shared/time/shownParts';

const readBack = (text: string) => {
  const parsed = parseDuration(text, Number.POSITIVE_INFINITY);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.ms;
};

describe('shownParts', () => {
  it('shows three half seconds as a total of 0:02 made of parts that add up to it', () => {
    const shown = shownParts([500, 500, 500]);
    expect(shown.totalMs).toBe(2000);
    expect(shown.partsMs.reduce((a, b) => a + b, 0)).toBe(2000);
  });

  it('gives nothing for no parts', () => {
    expect(shownParts([])).toEqual({ partsMs: [], totalMs: 0 });
  });

  it('always shows parts that, read back, sum to the total shown, each within a second of its own time', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 * 3_600_000 }), { maxLength: 40 }), (ms) => {
        const shown = shownParts(ms);
        const total = readBack(formatDuration(shown.totalMs));
        const sum = shown.partsMs.reduce((a, part) => a + readBack(formatDuration(part)), 0);
        expect(sum).toBe(total);
        expect(total).toBe(Math.round(ms.reduce((a, b) => a + b, 0) / 1000) * 1000);
        shown.partsMs.forEach((part, i) => expect(Math.abs(part - (ms[i] ?? 0))).toBeLessThan(1000));
      }),
    );
  });
});
