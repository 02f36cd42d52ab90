import { describe, expect, it } from 'vitest';
import { BOXES, BULLET_GAP, BULLET_SIZES } from '../../../../shared/export/pptx/defineDeckMasters';
import { fittedFontSize } from '../../../../shared/export/pptx/fittedFontSize';

const fit = (bullets: string[]) =>
  fittedFontSize(bullets, BOXES.beatBody, BULLET_SIZES, { gapPoints: BULLET_GAP, indentPoints: 27 });

describe('fittedFontSize', () => {
  it('keeps a few short bullets at the largest size', () => {
    expect(fit(['Lookup when code repeats', 'A model when it does not', 'A gate between them'])).toBe(28);
  });

  it('steps down as the text grows, and never below the smallest size', () => {
    const sentence = 'Trained on 180,000 logged steps to maximise accepted tokens per millisecond';
    const sizes = [2, 6, 10, 30].map((n) => fit(Array.from({ length: n }, () => sentence)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(sizes[3]!);
    expect(sizes[3]).toBe(12);
  });

  it('counts CJK and emoji as wide', () => {
    expect(fit(['漢'.repeat(400)])).toBeLessThan(fit(['a'.repeat(400)]));
  });
});
