/*
 * The words the paper-critique editor shows, written by the project: what each field is for,
 * a strong and a weak answer, and for each rigor lens the questions to put to the paper.
 */
import type { RigorLens } from '../../model/critique';
import type { SectionGuidance } from './fieldGuidance';

export type CritiqueField =
  | 'title'
  | 'authors'
  | 'venue'
  | 'link'
  | 'summary'
  | 'claims'
  | 'strengths'
  | 'weaknesses'
  | 'askedExperiment'
  | 'extensions'
  | 'verdictCall'
  | 'verdictReasoning'
  | 'changeCondition';

export const CRITIQUE_GUIDANCE: SectionGuidance<CritiqueField> = {
  intro:
    'In a paper-discussion round the panel hands you someone else’s work and watches how you read it. Say what the paper claims, test each claim through the rigor lenses, give it credit where it earns it, and end on a call you could defend, with what would change your mind.',
  fields: {
    title: {
      label: 'Paper title',
      expects: 'The title as published, so you and the panel mean the same paper.',
      example: 'Sparse Mixtures of Adapters for Low-Resource Translation',
      weak: 'A nickname only you use (“the adapter paper”).',
    },
    authors: {
      label: 'Authors',
      expects: 'The first author and the group are enough to place it.',
      example: 'R. Okafor, L. Marsh et al. (Lund NLP group)',
      weak: 'Left blank, so you cannot say whose line of work it continues.',
    },
    venue: {
      label: 'Venue and year',
      expects: 'Where it appeared, which hints at how it was reviewed.',
      example: 'Findings of EMNLP 2024',
      weak: '“Some conference.”',
    },
    link: {
      label: 'Link',
      expects: 'A web address to the paper (https://…), to find it again before the round.',
      example: 'https://example.org/papers/sparse-adapters.pdf',
      weak: 'A path on your own disk, which no one else can open.',
      placeholder: 'https://',
    },
    summary: {
      label: 'The paper in your words',
      expects: 'Three or four sentences: the problem, the idea, the evidence, the headline result.',
      example:
        'Translation into languages with little data suffers because one shared adapter must serve them all. The authors route each sentence to two of eight small adapters. On twelve low-resource pairs they report +1.8 chrF over a single adapter at the same parameter count.',
      weak: 'The abstract pasted in, which shows you can copy, not that you understood.',
    },
    claims: {
      label: 'Its claims, one line each',
      expects: 'Each thing the paper says it shows, one per line, as narrowly as the paper states it.',
      example: 'Routing to two of eight adapters beats one shared adapter on low-resource pairs at equal size.',
      weak: '“The method is better.” Better than what, on what, by how much?',
      placeholder: 'One claim the paper makes',
    },
    strengths: {
      label: 'Strongest points',
      expects: 'What the paper does well, said plainly: a panel wants to see you give credit, not only attack.',
      example: 'The comparison holds parameter count fixed, so the gain is not just a bigger model.',
      weak: '“Well written.” Say what in the work itself is strong.',
      placeholder: 'One thing the paper does well',
    },
    weaknesses: {
      label: 'Weakest points',
      expects: 'The gaps that most limit what the claims can mean, worst first.',
      example: 'Only one seed per setting, while the gains are smaller than the usual spread between seeds.',
      weak: '“Needs more experiments.” Which ones, and why would they change the reading?',
      placeholder: 'One thing that limits the claims',
    },
    askedExperiment: {
      label: 'The experiment you would ask the authors for',
      expects: 'The single run that would most change how much you believe the main claim, and what result would settle it.',
      example:
        'Rerun the main table with five seeds and report the spread. If the gain stays above two standard deviations on most pairs, I believe it.',
      weak: 'A list of ten experiments, none of them tied to a claim.',
    },
    extensions: {
      label: 'Where you would take it next',
      expects: 'Follow-up work the paper opens up, one line each: the extension part of the round.',
      example: 'Learn the number of adapters per language family instead of fixing it at eight.',
      weak: '“Apply it to other tasks.” Which task, and why would it carry over?',
      placeholder: 'One follow-up idea',
    },
    verdictCall: {
      label: 'Your call',
      expects: 'Where you land, as a reviewer would have to.',
      example: 'Lean accept.',
      weak: 'Refusing to land anywhere.',
    },
    verdictReasoning: {
      label: 'Why',
      expects: 'The two or three points that decide your call, tied to the claims and the lenses above.',
      example: 'The idea is simple and the comparison is fair in size, but the evidence rests on one seed.',
      weak: 'A summary of the paper again, with no judgement.',
    },
    changeCondition: {
      label: 'What would change your call',
      expects: 'The result or fact that would move you, stated so someone could check it.',
      example: 'If the gain falls within seed noise over five seeds, I would move to lean reject.',
      weak: '“More evidence.” Of what, showing what?',
      placeholder: 'If …, I would …',
    },
  },
};

export interface LensGuidance {
  label: string;
  /** What to look for in the paper under this lens. */
  asks: string;
  /** An example of a finding that would be an attack, and the experiment to ask for. */
  exampleFinding: string;
  exampleExperiment: string;
}

export const LENS_GUIDANCE: Record<RigorLens, LensGuidance> = {
  baselines: {
    label: 'Baselines and their tuning',
    asks: 'Are the baselines the strongest current ones, and were they tuned with the same care and budget as the new method?',
    exampleFinding: 'The baseline uses the learning rate from its original paper; the new method had a sweep of twelve.',
    exampleExperiment: 'Give the baseline the same twelve-point sweep and report both best runs.',
  },
  metric: {
    label: 'Metric and its blind spots',
    asks: 'Does the metric measure what the claim is about, and what could improve it without the claim being true?',
    exampleFinding: 'BLEU alone rewards surface overlap; the claim is about adequacy.',
    exampleExperiment: 'Add a blinded human adequacy rating on a random 200-sentence sample.',
  },
  ablations: {
    label: 'Ablations',
    asks: 'Is each part of the method shown to matter on its own, or could one piece be doing all the work?',
    exampleFinding: 'Routing and the extra adapters are added together; no run has one without the other.',
    exampleExperiment: 'Run eight adapters with random routing, to separate the routing from the capacity.',
  },
  variance: {
    label: 'Variance',
    asks: 'How many seeds or splits, and is the gain larger than the spread between runs?',
    exampleFinding: 'One seed per cell; the reported gains are around one point.',
    exampleExperiment: 'Five seeds per setting with the standard deviation in the table.',
  },
  contamination: {
    label: 'Contamination',
    asks: 'Could the test data, or something close to it, have been seen in pretraining or tuning?',
    exampleFinding: 'The test sets are public since 2019 and the pretraining crawl runs to 2023.',
    exampleExperiment: 'Report results on a test set collected after the pretraining cut-off.',
  },
  computeMatch: {
    label: 'Compute match',
    asks: 'Do the compared systems get the same compute, data and parameters, or does the new one simply get more?',
    exampleFinding: 'Parameters are matched, but the new method trains for twice the steps.',
    exampleExperiment: 'Train the baseline for the same number of steps and compare again.',
  },
  generality: {
    label: 'Generality',
    asks: 'Do the results reach beyond the settings tested: other data, sizes, languages or tasks?',
    exampleFinding: 'All twelve pairs go into English; nothing says it works the other way.',
    exampleExperiment: 'Add four pairs out of English with the same budget.',
  },
};
