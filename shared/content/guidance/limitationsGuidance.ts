import type { SectionGuidance } from './fieldGuidance';

type LimitationsKey =
  | 'failureModes'
  | 'failureWhere'
  | 'failureEvidence'
  | 'assumptions'
  | 'tradeoffs'
  | 'nextExperiment'
  | 'nextExpected'
  | 'doDifferently'
  | 'measured'
  | 'believed'
  | 'computeUp'
  | 'computeDown'
  | 'deployWatch'
  | 'deployGuard';

export const LIMITATIONS_GUIDANCE: SectionGuidance<LimitationsKey> = {
  intro:
    'Say where your work stops before the panel finds it for you. A failure named with its evidence earns more trust than another result, and a clear line between what you measured and what you believe earns the rest.',
  fields: {
    failureModes: {
      label: 'Failure modes',
      expects:
        'Where the method breaks: the inputs, settings or scales at which it stops working, each with the evidence you have.',
      example: 'Questions that hop through a pronoun instead of a name: 38 % accuracy against 71 % overall.',
      weak: 'No failure listed. Every method fails somewhere, and a panel trusts the speaker who knows where.',
    },
    failureWhere: {
      label: 'Where it breaks',
      expects: 'The kind of input or setting, specific enough that someone could write a test case for it.',
      example: 'Questions whose chain of hops passes through a pronoun rather than a named entity.',
      weak: '“Hard examples.”',
      placeholder: 'On inputs that … / when … / beyond …',
    },
    failureEvidence: {
      label: 'Evidence',
      expects: 'What shows it: a number, a slice of the data, an example you can quote.',
      example: 'Accuracy falls from 71 % to 38 % on the 412 dev questions with a pronoun hop (5 seeds).',
      weak: '“We suspect it struggles here”, with nothing measured.',
      placeholder: 'The number, slice or example that shows it',
    },
    assumptions: {
      label: 'Assumptions',
      expects: 'What must hold for the method to work, including what you took for granted about the data.',
      example: 'The tagger finds at least 90 % of entities; documents are in English; every question names at least one entity.',
      weak: 'None listed. Every method assumes something, and the panel will name it for you.',
    },
    tradeoffs: {
      label: 'Trade-offs',
      expects: 'What you gave up to get the gain, in units someone could weigh against it.',
      example: '+9 points of multi-hop accuracy, for a 4-minute index build and 2 GB of memory per million tokens.',
      weak: 'Only the upside.',
    },
    nextExperiment: {
      label: 'The most informative experiment not yet run',
      expects: 'The single experiment whose result would move your belief the most, described well enough to start it on Monday.',
      example: 'Rerun on filings tagged at 60 % entity recall, to find the recall at which accuracy collapses.',
      weak: 'A wish list (“more datasets, bigger models”) instead of one experiment.',
      placeholder: 'Run … on … to find out whether …',
    },
    nextExpected: {
      label: 'Expected outcome',
      expects: 'What you predict it will show, and what you would conclude if it showed the opposite.',
      example:
        'A gentle slide to about 60 %. A collapse below 45 % would mean the index, not the reader, is the bottleneck, and I would rework it first.',
      weak: 'No prediction, so the result cannot surprise you.',
      placeholder: 'I expect … ; if instead … , then …',
    },
    doDifferently: {
      label: 'What I would do differently',
      expects: 'With hindsight, the decision you would change, and what it cost you.',
      example:
        'Freeze the evaluation set before building the model: three weeks of tuning went into a set that had leaked into training.',
      weak: '“Nothing”, or “start earlier”.',
    },
    measured: {
      label: 'Measured',
      expects: 'Claims backed by an experiment you ran, each with its number.',
      example: 'Multi-hop accuracy is 9.1 ± 0.8 points above dense retrieval at 500k tokens (5 seeds, 2,000 questions).',
      weak: 'Beliefs written as results.',
    },
    believed: {
      label: 'Believed, not yet measured',
      expects: 'What you think is true but have not shown, said plainly as belief, with the reason you hold it.',
      example: 'The gain should carry over to legal contracts, which are as entity-heavy as filings. Untested.',
      weak: 'Left empty, which suggests you cannot tell the two apart.',
    },
    computeUp: {
      label: 'With 10× the compute',
      expects: 'What you would run first with ten times the budget, and which conclusion it might overturn.',
      example:
        'Train the encoder at 1B parameters. If dense retrieval closes the gap at that scale, our gain is a small-model effect.',
      weak: '“Train a bigger model”, with no prediction.',
      placeholder: 'First I would run … ; it could show …',
    },
    computeDown: {
      label: 'With a tenth of the compute',
      expects: 'What you would cut, and which result would still hold on a tenth of the budget.',
      example:
        'Swap the learned scorer for BM25 over entities: about 4 points lower, still ahead of dense retrieval past 200k tokens.',
      weak: '“It would not work.”',
      placeholder: 'I would drop … ; what still holds is …',
    },
    deployWatch: {
      label: 'What to watch online',
      expects: 'The signals you would monitor in production, and the threshold that makes you act.',
      example: 'Daily share of answers with no supporting entity path; alert above 8 %, roll back above 15 %.',
      weak: '“Monitor accuracy”, which nobody can observe online.',
      placeholder: 'Signal, threshold, action',
    },
    deployGuard: {
      label: 'First failure mode to guard against',
      expects: 'The failure most likely to hurt a real user first, and the guard you would put in front of it.',
      example:
        'Confident answers on scanned filings the tagger cannot read: refuse to answer when fewer than 20 entities are found.',
      weak: 'A generic risk (“bias”, “hallucination”) with no guard.',
      placeholder: 'The failure, and the guard',
    },
  },
};
