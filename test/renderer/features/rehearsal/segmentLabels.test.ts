import { describe, expect, it } from 'vitest';
import { segmentLabels } from '../../../../renderer/features/rehearsal/review/TimingChart';

describe('the timing chart’s segment labels', () => {
  it('puts each title on up to two lines when every title fits its slot', () => {
    expect(segmentLabels(['Framing', 'Solution sketch', ''], 9)).toEqual(['Framing', 'Solution\nsketch', 'Segment 3']);
  });

  it('numbers every segment rather than cutting a title that does not fit', () => {
    const titles = ['Offline code completion arrives after the developer has typed the line', 'Method'];
    expect(segmentLabels(titles, 8)).toEqual(['1', '2']);
    expect(segmentLabels(['Research-impact'], 8)).toEqual(['1']);
  });

  it('never shows a label longer than its slot or with an ellipsis', () => {
    const titles = ['A quite long segment name', 'Short', 'Two words'];
    for (let maxChars = 0; maxChars < 30; maxChars++) {
      for (const label of segmentLabels(titles, maxChars)) {
        expect(label).not.toContain('…');
        for (const line of label.split('\n')) expect(line.length <= Math.max(maxChars, 2)).toBe(true);
      }
    }
  });
});
