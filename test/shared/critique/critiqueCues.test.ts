import { describe, expect, it } from 'vitest';
import { findPreset, PAPER_DISCUSSION_ID } from '../../../shared/content/rehearsalPresets';
import { newCritique } from '../../../shared/model/critique';
import { plainText } from '../../../shared/model/richText';
import { planRun } from '../../../shared/rehearsal/runPlan';
import { strongCritique } from './strongCritique';

const preset = findPreset(PAPER_DISCUSSION_ID)!;

describe('the paper-discussion preset', () => {
  it('runs summary 10, critique 20 and extensions 15 minutes', () => {
    expect(preset.segments.map((s) => [s.title, s.budgetMs / 60_000])).toEqual([
      ['Summary', 10],
      ['Critique', 20],
      ['Extensions', 15],
    ]);
    expect(preset.totalMs).toBe(45 * 60_000);
  });

  it('takes its cue cards from the critique, part by part', () => {
    const plan = planRun(preset, null, { critique: strongCritique() });
    const [summary, critique, extensions] = plan.segments;
    expect(summary?.bullets).toEqual([
      'Sparse Mixtures of Adapters for Low-Resource Translation (R. Okafor, L. Marsh et al., Findings of EMNLP 2024)',
      'Claim: Routing to two of eight adapters beats one shared adapter on twelve low-resource pairs at equal size.',
    ]);
    expect(plainText(summary!.notes!)).toContain('two of eight small adapters');
    expect(critique?.bullets[0]).toBe('Strength: Parameter count is held fixed across the comparison.');
    expect(critique?.bullets).toContain(
      'Attack, variance: One seed per cell, and the gains are about one point. → ask for: Five seeds per setting with the standard deviation reported.',
    );
    expect(critique?.bullets).toContain('Holds, baselines and their tuning: The paper reports it in the main table.');
    expect(critique?.bullets.at(-1)).toBe('Weakness: One seed per setting.');
    expect(extensions?.bullets).toEqual([
      'Ask the authors: Five seeds on the main table; the gain must stay above two standard deviations.',
      'Next: Learn the number of adapters per language family.',
      'Verdict: Lean accept. What would change it: If the gain falls within seed noise over five seeds, I would lean reject.',
    ]);
    expect(plainText(extensions!.notes!)).toContain('thin evidence on variance');
  });

  it('shows the preset’s own prompts when run without a critique, and no bullets from an empty critique', () => {
    expect(planRun(preset, null).segments[0]?.bullets[0]).toBe('The problem and the idea, in your words');
    const empty = planRun(preset, null, { critique: newCritique('A paper', 0) });
    expect(empty.segments.map((s) => s.bullets)).toEqual([['A paper'], [], []]);
    expect(empty.segments.every((s) => s.notes === null)).toBe(true);
  });

  it('leaves other formats alone when a critique is given', () => {
    const design = findPreset('preset-research-design')!;
    expect(planRun(design, null, { critique: strongCritique() }).segments[0]?.bullets).toEqual(
      planRun(design, null).segments[0]?.bullets,
    );
  });
});
