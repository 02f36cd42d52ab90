import type { BeatKind } from '../../model/outline';
import type { SectionGuidance } from './fieldGuidance';

type OutlineKey = 'talkMs' | 'title' | 'bullets' | 'notes' | 'budget' | 'kind';

export const OUTLINE_GUIDANCE: SectionGuidance<OutlineKey> = {
  intro:
    'Turn the story into a talk: one beat per slide, each with a title, a few bullets, what you will say, and the time it may take. The estimate beside each beat is how long your notes take to say at your pace, so you find an overlong section here rather than on stage.',
  fields: {
    talkMs: {
      label: 'Talk length',
      expects: 'The minutes you are given, before questions.',
      example: '20 minutes for a research presentation, leaving 10 for questions.',
      weak: 'The whole slot, questions included, which leaves no room for the discussion panels care most about.',
    },
    title: {
      label: 'Slide title',
      expects: 'The point of the slide as a short claim, not a topic label.',
      example: 'Retrieval recovers half the accuracy lost past 100k tokens.',
      weak: '“Results”, which makes the audience work out the point themselves.',
      placeholder: 'The claim this slide makes',
    },
    bullets: {
      label: 'Slide bullets',
      expects: 'Three to five short lines the audience can read at a glance; the detail goes in the notes.',
      example: '“+18 points exact match at 200k tokens”, “same compute as the baseline”.',
      weak: 'Full sentences copied from the notes, so people read instead of listening.',
      placeholder: 'One short line',
    },
    notes: {
      label: 'Speaker notes',
      expects: 'What you will say, in the words you will say it; the estimate counts these words.',
      example:
        'Start from the analyst who reads filings by hand, then the number: accuracy halves past 100k tokens. Pause before the gap.',
      weak: 'A copy of the bullets, or a page of prose no one could say in the time.',
      placeholder: 'What you will say on this slide',
    },
    budget: {
      label: 'Time budget',
      expects: 'How long this beat may take, as minutes:seconds.',
      example: '2:00 for the main idea in a 20-minute talk.',
      weak: 'Equal time for every beat, when the method and results need most of it.',
      placeholder: 'm:ss',
    },
    kind: {
      label: 'Beat type',
      expects: 'What the beat does in the talk; it decides which section its notes can be pulled from.',
      example: '“Main idea”, to pull in the contribution statement.',
      weak: 'Leaving every beat as “Custom” and retyping what the sections already say.',
    },
  },
};

/** Each kind of beat: its name, and what it must achieve in the talk. */
export const BEAT_KIND_GUIDANCE: Record<BeatKind, { label: string; purpose: string }> = {
  problem: {
    label: 'Problem and motivation',
    purpose: 'Make the audience care: who has the problem, what good would look like, and why it is hard now.',
  },
  priorWork: {
    label: 'Prior work and the gap',
    purpose: 'Group what exists by idea, say when each family wins, and leave the gap in plain view.',
  },
  mainIdea: {
    label: 'Main idea',
    purpose: 'The one sentence they should repeat afterwards, and which part of it was yours.',
  },
  method: {
    label: 'Method',
    purpose: 'Intuition first, then just enough formality and cost for an expert to trust it.',
  },
  setup: {
    label: 'Experimental setup',
    purpose: 'Why the comparison is fair: baselines, tuning budget, metric, data hygiene.',
  },
  results: {
    label: 'Results and ablations',
    purpose: 'The headline number with its spread, then the ablation that shows where the gain comes from.',
  },
  errorAnalysis: {
    label: 'Error analysis',
    purpose: 'Where it fails and why, with an example: it shows you looked beyond the average.',
  },
  limitations: {
    label: 'Limitations',
    purpose: 'Raise them yourself, before a panel member does, and mark which claims rest on a number and which on judgement.',
  },
  futureWork: {
    label: 'Future work',
    purpose: 'The most informative next experiment and a bet you could be wrong about.',
  },
  impact: {
    label: 'Broader and product impact',
    purpose: 'Who would use it tomorrow, under which quality, latency, cost and privacy limits.',
  },
  custom: {
    label: 'Custom',
    purpose: 'A beat of your own; give it a title that states its point.',
  },
};
