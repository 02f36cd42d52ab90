import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatConfidence, parseConfidence } from '../../../shared/story/parseConfidence';

function errorOf(input: string): string {
  const result = parseConfidence(input);
  if (result.ok) throw new Error(`"${input}" was accepted as ${result.value}`);
  return result.error;
}

describe('parseConfidence', () => {
  it('reads whole percentages, with or without %', () => {
    expect(parseConfidence('70')).toEqual({ ok: true, value: 70 });
    expect(parseConfidence(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseConfidence('100%')).toEqual({ ok: true, value: 100 });
    expect(parseConfidence('85 %')).toEqual({ ok: true, value: 85 });
  });

  it('clears the confidence when the field is emptied', () => {
    expect(parseConfidence('')).toEqual({ ok: true, value: null });
    expect(parseConfidence('   ')).toEqual({ ok: true, value: null });
  });

  it('says what is wrong with each kind of bad input', () => {
    expect(errorOf('120')).toMatch(/cannot be above 100 %/);
    expect(errorOf('-5')).toMatch(/cannot be below 0 %/);
    expect(errorOf('seventy')).toMatch(/“seventy” is not a number/);
    expect(errorOf('%')).toMatch(/Type a number before the %/);
    expect(errorOf('72.5')).toMatch(/whole percentage, like 73/);
    expect(errorOf('0.7')).toMatch(/whole percentage/);
  });

  it('round-trips every stored confidence through the field', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), (value) => {
        expect(parseConfidence(formatConfidence(value))).toEqual({ ok: true, value });
      }),
    );
  });

  it('never accepts a value outside 0–100 or a fraction, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (input) => {
        const result = parseConfidence(input);
        if (result.ok && result.value !== null) {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(100);
        }
        if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
      }),
    );
  });

  it('refuses every number out of range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 101, max: 10_000 }), fc.integer({ min: -10_000, max: -1 })), (n) => {
        expect(parseConfidence(String(n)).ok).toBe(false);
      }),
    );
  });
});
