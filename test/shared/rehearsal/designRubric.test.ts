import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPreset, PRESET_CUES } from '../../../shared/content/rehearsalPresets';
import { RUBRIC_CRITERIA, type DesignRubricScores } from '../../../shared/model/rehearsalSession';
import {
  DESIGN_RUBRIC,
  emptyRubricScores,
  isRubricRun,
  weakestCriterion,
  weightedRubricScore,
} from '../../../shared/rehearsal/designRubric';

const all = (score: number): DesignRubricScores => ({
  hypothesis: score,
  design: score,
  scalability: score,
  risk: score,
  clarity: score,
});

describe('the research-design rubric', () => {
  it('weighs hypothesis 30 %, design 25 %, scalability 20 %, risk 15 %, clarity 10 %', () => {
    expect(DESIGN_RUBRIC.map((c) => [c.key, c.weight])).toEqual([
      ['hypothesis', 0.3],
      ['design', 0.25],
      ['scalability', 0.2],
      ['risk', 0.15],
      ['clarity', 0.1],
    ]);
    expect(DESIGN_RUBRIC.map((c) => c.key)).toEqual([...RUBRIC_CRITERIA]);
  });

  it('gives the weighted score only once every criterion is scored', () => {
    expect(weightedRubricScore(undefined)).toBeNull();
    expect(weightedRubricScore({ ...all(4), risk: null })).toBeNull();
    // 0.3·5 + 0.25·1 + 0.2·1 + 0.15·1 + 0.1·1 = 2.2: the hypothesis counts three times clarity.
    expect(weightedRubricScore({ ...all(1), hypothesis: 5 })).toBe(2.2);
    expect(weightedRubricScore({ ...all(1), clarity: 5 })).toBe(1.4);
  });

  it('stays between the lowest and highest score given', () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.tuple(score, score, score, score, score), ([hypothesis, design, scalability, risk, clarity]) => {
        const total = weightedRubricScore({ hypothesis, design, scalability, risk, clarity })!;
        const given = [hypothesis, design, scalability, risk, clarity];
        return total >= Math.min(...given) - 0.05 && total <= Math.max(...given) + 0.05;
      }),
    );
  });

  it('names the criterion that loses the most grade', () => {
    // Clarity is two points short but weighs 10 %; the hypothesis one point short at 30 %.
    expect(weakestCriterion({ ...all(5), clarity: 3, hypothesis: 4 })?.label).toBe('Hypothesis definition');
    expect(weakestCriterion(all(5))).toBeNull();
    expect(weakestCriterion(emptyRubricScores())).toBeNull();
  });

  it('scores runs of the research-design round and runs already scored, not others', () => {
    expect(isRubricRun({ formatId: 'preset-research-design' })).toBe(true);
    expect(isRubricRun({ formatId: 'preset-behavioural' })).toBe(false);
    expect(isRubricRun({ formatId: 'own', rubric: all(3) })).toBe(true);
  });

  it('asks for the hypothesis and its measurable prediction before anything else in the framing', () => {
    const framing = findPreset('preset-research-design')!.segments[0]!;
    const cues = PRESET_CUES[framing.id]!;
    expect(cues[0]).toMatch(/hypothesis/i);
    expect(cues[1]).toMatch(/measurable prediction/i);
  });
});
