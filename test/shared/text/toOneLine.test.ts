import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineSchema } from '../../../shared/model/text';
import { toOneLine } from '../../../shared/text/toOneLine';

describe('toOneLine', () => {
  it('turns each kind of line break into one space', () => {
    expect(toOneLine('legal\nsearch\r\nin German\rcase law')).toBe('legal search in German case law');
  });

  it('leaves text without breaks alone, and always yields a valid one-line value of the same length or shorter', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const line = toOneLine(text);
        if (!/[\r\n]/.test(text)) expect(line).toBe(text);
        expect(line).not.toMatch(/[\r\n]/);
        expect(line.length).toBeLessThanOrEqual(text.length);
        expect(lineSchema.safeParse(line.slice(0, 500)).success).toBe(true);
      }),
    );
  });
});
