/*
 * The built-in rigor checklist. Each item names a habit an expert panel checks for, says what
 * "addressed" looks like, and lists the hostile questions a good answer to it defuses.
 */
export interface BuiltinCheck {
  key: string;
  title: string;
  /** What a fully addressed item looks like, in one or two sentences. */
  expectation: string;
  questions: readonly string[];
}

export const BUILTIN_CHECKLIST: readonly BuiltinCheck[] = [
  {
    key: 'preregisteredPrediction',
    title: 'Prediction written down before the run',
    expectation: 'Before launching, you wrote what a positive, a null and a negative result would each mean for the claim.',
    questions: ['What did you expect before you saw the numbers?', 'What result would have made you drop the idea?'],
  },
  {
    key: 'strongBaselines',
    title: 'Strong, current baselines',
    expectation: 'You compare against the methods a reviewer would name today, not only older or weaker ones.',
    questions: ['Why these baselines and not the current best method?'],
  },
  {
    key: 'equalTuning',
    title: 'Baselines tuned with the same budget as the method',
    expectation:
      'Every baseline got the same hyperparameter search budget (trials, compute, data) as your method, and you can say how much.',
    questions: ['Is your gain just an under-tuned baseline?', 'How many tuning runs did each baseline get?'],
  },
  {
    key: 'alignedMetric',
    title: 'Metric matches the real objective, blind spots named',
    expectation: 'You can say why the metric tracks what users care about and name at least one case it misses.',
    questions: ['Could a system score well on this metric and still be useless?', 'Why this metric?'],
  },
  {
    key: 'isolatingAblations',
    title: 'Each ablation isolates a component, and suspected pairs are tested together',
    expectation: 'Each ablation removes or swaps a single component, and you tested the components that might interact together.',
    questions: ['Which component carries the gain?', 'Do the parts only work together?'],
  },
  {
    key: 'seedsVariance',
    title: 'Several seeds, with variance or confidence intervals',
    expectation: 'Headline numbers are means over several seeds (say how many) with a spread or interval.',
    questions: ['How much does this move between seeds?', 'Is the gap bigger than the noise?'],
  },
  {
    key: 'significance',
    title: 'Significance, effect size and multiple comparisons',
    expectation: 'You report effect sizes with a significance test suited to the data, corrected when many comparisons are made.',
    questions: ['Is the difference significant after correcting for all the comparisons you ran?'],
  },
  {
    key: 'noTestPeeking',
    title: 'Test data untouched during development; contamination checked',
    expectation:
      'Model and hyperparameter choices used validation data only, and you checked the test set for overlap with training or pre-training data.',
    questions: ['Did any choice depend on the test set?', 'Could the test data be in the pre-training corpus?'],
  },
  {
    key: 'sliceAnalysis',
    title: 'Per-slice results and error analysis',
    expectation: 'Beyond the average, you show where the method wins and loses, with examples of its errors.',
    questions: ['Where does it fail?', 'Which inputs get worse with your method?'],
  },
  {
    key: 'computeCost',
    title: 'Compute cost reported; compute-matched comparisons',
    expectation: 'You report training and inference cost, and at least one comparison gives the baseline the same compute.',
    questions: ['With the same compute, does the baseline catch up?', 'What does this cost to train and serve?'],
  },
  {
    key: 'generality',
    title: 'More than one dataset or setting before claiming generality',
    expectation: 'Claims of generality rest on at least two datasets or settings that differ in a way that matters.',
    questions: ['Does this hold beyond the one benchmark?'],
  },
  {
    key: 'hyperparameterSensitivity',
    title: 'Sensitivity to hyperparameters shown',
    expectation: 'You show how results move with the key hyperparameters, so the gain is not one lucky setting.',
    questions: ['How fragile is the result to the learning rate or other key settings?'],
  },
  {
    key: 'reproducibility',
    title: 'Reproducible: seeds, pinned dependencies, data version, code revision',
    expectation: 'Someone else could rerun the headline result from recorded seeds, versions, data snapshot and commit.',
    questions: ['Could someone else reproduce the headline number next month?'],
  },
  {
    key: 'heldOutEvaluation',
    title: 'Gameable benchmark backed by a held-out or human evaluation',
    expectation: 'Where the benchmark can be gamed or is saturated, a held-out set or human evaluation confirms the gain.',
    questions: ['The benchmark is gameable: is the gain real?', 'Did people judge the outputs?'],
  },
];
