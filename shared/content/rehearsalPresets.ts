/*
 * The rehearsal formats Viva ships with, written by the project. A preset's id is fixed, so an
 * edited preset is stored under the same id and deleting the stored copy brings the preset back.
 * Segments of a preset carry short prompts for the cue card, since they have no talk beat.
 */
import type { FormatSegment, RehearsalFormat } from '../model/rehearsalFormat';
import { MINUTE_MS, SECOND_MS } from '../time/duration';

export const PRESET_KEYS = [
  'researchPresentation',
  'researchDesign',
  'stateOfTheArt',
  'researchVision',
  'hypothesisPitch',
  'behavioural',
  'paperDiscussion',
] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** What the cue card shows for a preset segment: what to cover, in a few points. */
export const PRESET_CUES: Readonly<Record<string, readonly string[]>> = {
  'design-framing': [
    'First, the hypothesis: one sentence a result could contradict',
    'Then its measurable prediction: which number moves, how far, on which data',
    'Restate the problem and who it is for',
    'Name the constraints: data, compute, latency, privacy',
    'Say what you would rule out first',
  ],
  'design-solution': [
    'Start with the simplest baseline that could work',
    'Sketch the data, the model and the evaluation',
    'Say which experiment you run first and what would change your plan',
    'Name the main risk and how you would detect it early',
  ],
  'design-impact': [
    'How does the result reach a real user?',
    'What do you monitor online, and what fails first?',
    'What does it cost to run, and is it worth it?',
  ],
  'sota-field': ['The broad field, then your narrow sub-area', 'The core task and what “good” means', 'What changed recently'],
  'sota-families': [
    'Group methods by their underlying idea',
    'For each family: what it solves and where it fails',
    'Conditional judgement: which wins when',
  ],
  'sota-evidence': ['What you built or trained yourself', 'A failure you debugged and what it taught you'],
  'sota-bets': ['A specific, falsifiable forecast with a horizon', 'The observation that would prove you wrong'],
  'sota-product': ['The real user and their constraints', 'Quality, latency, cost and privacy: which binds first?'],
  'vision-problems': [
    'A problem you turned down, and what it lacked',
    'What makes a problem worth years: who gains, and what it unlocks',
    'How you tell a hard problem from one that is badly posed',
  ],
  'vision-field': [
    'Which assumption behind today’s methods will not last',
    'What will look obvious in five years that is contested now',
  ],
  'vision-bets': [
    'For each bet: the horizon, how sure you are, and what would prove it wrong',
    'Which of your bets the panel is most likely to doubt, and your best evidence',
  ],
  'vision-agenda': [
    'The first project you would start here, and what it needs',
    'What you would stop doing, and why',
    'How you will know, a year in, that the agenda is working',
  ],
  'pitch-hypothesis': ['The claim in one sentence', 'Why it could be true', 'The experiment that would test it'],
  'star-situation': ['Where and when, in one or two sentences'],
  'star-task': ['What you were responsible for, and what was at stake'],
  'star-action': ['What you did yourself: say “I”, not “we”', 'The hard choice and why you made it'],
  'star-result': ['The outcome, with a number if you have one', 'What you would do differently'],
  // Shown when the paper discussion runs without a critique; with one, the critique fills the cards.
  'paper-summary': ['The problem and the idea, in your words', 'What the paper claims, as narrowly as it says it'],
  'paper-critique': [
    'Each claim through the lenses: baselines, metric, ablations, variance, contamination, compute, generality',
    'Give credit first, then the weakest point',
    'For every attack, the experiment that would settle it',
  ],
  'paper-extensions': [
    'The one experiment you would ask the authors for',
    'Where you would take the work next',
    'Your call, and what would change it',
  ],
};

function segment(id: string, title: string, minutes: number, tags: FormatSegment['tags']): FormatSegment {
  return { id, title, budgetMs: Math.round(minutes * MINUTE_MS), tags };
}

/** The presets, in the order the chooser lists them. */
export const PRESET_FORMATS: readonly RehearsalFormat[] = [
  {
    id: 'preset-research-presentation',
    name: 'Research presentation',
    presetKey: 'researchPresentation',
    // Segments come from the chosen story's talk outline, its beat budgets scaled to the total.
    source: 'outline',
    totalMs: 20 * MINUTE_MS,
    segments: [],
    warnAtFraction: 0.8,
  },
  {
    id: 'preset-research-design',
    name: 'Research-design round',
    presetKey: 'researchDesign',
    source: 'segments',
    totalMs: 45 * MINUTE_MS,
    segments: [
      segment('design-framing', 'Framing', 15, ['framing', 'fieldMap', 'problem']),
      segment('design-solution', 'Solution sketch', 20, ['solution', 'method', 'setup', 'families', 'checklist']),
      segment('design-impact', 'Research-impact deep dive', 10, ['impact', 'limitations', 'bets']),
    ],
    warnAtFraction: 0.8,
  },
  {
    id: 'preset-state-of-the-art',
    name: 'State-of-the-art discussion',
    presetKey: 'stateOfTheArt',
    source: 'segments',
    totalMs: 15 * MINUTE_MS,
    segments: [
      segment('sota-field', 'Field map', 3, ['fieldMap', 'problem']),
      segment('sota-families', 'Method families', 4, ['families', 'priorWork']),
      segment('sota-evidence', 'First-hand evidence', 3, ['fieldMap', 'errorAnalysis', 'results']),
      segment('sota-bets', 'Bets', 2.5, ['bets', 'futureWork']),
      segment('sota-product', 'Product', 2.5, ['impact']),
    ],
    warnAtFraction: 0.8,
  },
  {
    id: 'preset-research-vision',
    name: 'Research vision',
    presetKey: 'researchVision',
    source: 'segments',
    // Cue cards add the chosen story's field map and bets to these prompts (see storyCues).
    totalMs: 35 * MINUTE_MS,
    segments: [
      segment('vision-problems', 'How you choose problems', 8, ['fieldMap', 'problem', 'framing']),
      segment('vision-field', 'Where the field is going', 10, ['fieldMap', 'families', 'priorWork']),
      segment('vision-bets', 'Your bets', 12, ['bets', 'futureWork']),
      segment('vision-agenda', 'Your agenda', 5, ['futureWork', 'impact']),
    ],
    warnAtFraction: 0.8,
  },
  {
    id: 'preset-hypothesis-pitch',
    name: 'Hypothesis pitch',
    presetKey: 'hypothesisPitch',
    source: 'segments',
    totalMs: 30 * SECOND_MS,
    segments: [segment('pitch-hypothesis', 'Hypothesis', 0.5, ['pitch', 'mainIdea', 'contribution'])],
    warnAtFraction: 2 / 3,
  },
  {
    id: 'preset-behavioural',
    name: 'Behavioural answer (STAR)',
    presetKey: 'behavioural',
    source: 'segments',
    totalMs: 3 * MINUTE_MS,
    segments: [
      segment('star-situation', 'Situation', 0.5, ['behavioural']),
      segment('star-task', 'Task', 0.5, ['behavioural']),
      segment('star-action', 'Action', 1.25, ['behavioural']),
      segment('star-result', 'Result', 0.75, ['behavioural']),
    ],
    // Three minutes in all, with the warning at two.
    warnAtFraction: 2 / 3,
  },
  {
    id: 'preset-paper-discussion',
    name: 'Paper discussion',
    presetKey: 'paperDiscussion',
    // The segments' cue cards come from the chosen paper critique, part by part.
    source: 'critique',
    totalMs: 45 * MINUTE_MS,
    segments: [
      segment('paper-summary', 'Summary', 10, ['framing', 'problem', 'contribution']),
      segment('paper-critique', 'Critique', 20, ['checklist', 'method', 'setup', 'results', 'families']),
      segment('paper-extensions', 'Extensions', 15, ['futureWork', 'bets', 'impact', 'limitations']),
    ],
    warnAtFraction: 0.8,
  },
];

/** The paper-discussion preset's id: its cue cards come from a paper critique. */
export const PAPER_DISCUSSION_ID = 'preset-paper-discussion';

/** The preset with this id, as shipped. */
export function findPreset(id: string): RehearsalFormat | undefined {
  return PRESET_FORMATS.find((format) => format.id === id);
}

/**
 * Every format the user can choose: the presets (or the user's edited copy in their place),
 * then the user's own formats by name.
 */
export function listFormats(stored: readonly RehearsalFormat[]): RehearsalFormat[] {
  const byId = new Map(stored.map((format) => [format.id, format]));
  const presets = PRESET_FORMATS.map((preset) => byId.get(preset.id) ?? preset);
  const own = stored.filter((format) => !findPreset(format.id)).sort((a, b) => a.name.localeCompare(b.name));
  return [...presets, ...own];
}
