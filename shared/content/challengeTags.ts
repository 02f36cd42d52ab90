/* What each challenge tag is called where the user sees it (the deck's filters and forms). */
import type { ChallengeTag } from '../model/challenge';
import { SECTION_LABELS } from '../model/sections';

export const CHALLENGE_TAG_LABELS: Record<ChallengeTag, string> = {
  ...SECTION_LABELS,
  problem: 'Problem and motivation',
  priorWork: 'Prior work and the gap',
  mainIdea: 'Main idea',
  method: 'Method',
  setup: 'Experimental setup',
  results: 'Results and ablations',
  errorAnalysis: 'Error analysis',
  limitations: 'Limitations',
  futureWork: 'Future work',
  impact: 'Broader and product impact',
  framing: 'Framing a design problem',
  solution: 'Sketching a solution',
  behavioural: 'Behavioural answers',
  pitch: 'Pitches',
  general: 'Anywhere',
};

/** The tags in the order forms list them: interview segments, then talk beats, then sections. */
export const TAG_GROUPS: ReadonlyArray<{ label: string; tags: readonly ChallengeTag[] }> = [
  { label: 'Interview segments', tags: ['general', 'framing', 'solution', 'impact', 'pitch', 'behavioural'] },
  {
    label: 'Talk beats',
    tags: ['problem', 'priorWork', 'mainIdea', 'method', 'setup', 'results', 'errorAnalysis', 'futureWork'],
  },
  { label: 'Story sections', tags: ['fieldMap', 'families', 'bets', 'contribution', 'checklist', 'limitations', 'outline'] },
];
