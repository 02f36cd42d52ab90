import type { SectionGuidance } from './fieldGuidance';

type ChecklistKey = 'items' | 'title' | 'evidence' | 'questions';

export const CHECKLIST_GUIDANCE: SectionGuidance<ChecklistKey> = {
  intro:
    'The habits an expert panel checks before it believes a result. Mark each one honestly and back it with numbers: an item left “not yet” is an open risk, and it is far better to find it here than to hear it from the panel.',
  fields: {
    items: {
      label: 'Rigor items',
      expects:
        'Mark an item addressed only when you could show the evidence today, and partly when some of it is missing. Evidence means numbers, not adjectives. Built-in items stay: mark one not applicable if it does not fit your work, and add the checks your field expects that the list misses.',
      example: 'Seeds and variance: addressed, 5 seeds, 95 % intervals on every headline number.',
      weak: 'Everything marked “addressed” with no evidence, or “not applicable” with no reason: a panel reads both as nothing checked.',
    },
    title: {
      label: 'Your check',
      expects: 'A check your field or your panel expects that the built-in list does not name.',
      example: 'Latency measured on the target phone, not on a server GPU.',
      weak: 'A duplicate of a built-in item in other words.',
      placeholder: 'e.g. Latency measured on the target hardware',
    },
    evidence: {
      label: 'Evidence',
      expects: 'Numbers, not adjectives: how many, how much, against what.',
      example: 'Each baseline got 40 trials of random search on the same validation split as ours.',
      weak: '“Thoroughly tuned”, “robust results”.',
      placeholder: 'How many, how much, against what',
    },
    questions: {
      label: 'Challenge questions it answers',
      expects: 'The hostile questions this item prepares you for, one per line, so you can rehearse them.',
      example: 'Is your gain just an under-tuned baseline?',
      weak: 'Left empty: you will meet the question for the first time in the room.',
      placeholder: 'One question per line',
    },
  },
};
