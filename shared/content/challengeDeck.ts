/*
 * The challenge deck: hostile follow-up questions a panel asks, written by the project, each
 * tagged with the story sections, talk beats and interview segments it fits. The user's own
 * questions join them through listDeck; rehearsals and drills both draw from that one list.
 */
import type { ChallengeQuestion, ChallengeTag } from '../model/challenge';

/** A question of the deck, built in or the user's own. */
export interface DeckQuestion {
  /** 'builtin:<kebab-case>' for built-in questions, the record id for the user's. */
  id: string;
  text: string;
  tags: readonly ChallengeTag[];
  isBuiltin: boolean;
}

type Builtin = { key: string; text: string; tags: readonly ChallengeTag[] };

const QUESTIONS: readonly Builtin[] = [
  // Experimental rigor.
  {
    key: 'under-tuned-baseline',
    text: 'Your method got a careful hyperparameter search. Did the baselines get the same budget, or is your gain just an under-tuned baseline?',
    tags: ['checklist', 'results', 'setup', 'solution'],
  },
  {
    key: 'gameable-metric',
    text: 'Models learn to exploit benchmarks like this one. How do you know the gain is real and not an artefact of the metric?',
    tags: ['checklist', 'results', 'errorAnalysis', 'general'],
  },
  {
    key: 'why-this-baseline',
    text: 'Why these baselines? Name the strongest method you did not compare against, and say why you left it out.',
    tags: ['checklist', 'priorWork', 'setup', 'families'],
  },
  {
    key: 'why-this-metric',
    text: 'Why this metric? Describe a system that would score well on it and still disappoint a real user.',
    tags: ['checklist', 'setup', 'results'],
  },
  {
    key: 'why-this-dataset',
    text: 'Why this dataset? What about it makes the result likely to carry over to other data, and what makes it unlikely?',
    tags: ['checklist', 'setup'],
  },
  {
    key: 'why-this-ablation',
    text: 'Which ablation convinced you that the key component matters, and what exactly did it hold fixed?',
    tags: ['checklist', 'results', 'method'],
  },
  {
    key: 'interacting-components',
    text: 'Your ablations remove one piece at a time. What if two components only help when they are both present?',
    tags: ['checklist', 'results', 'method'],
  },
  {
    key: 'seeds-and-variance',
    text: 'How many seeds is this table? Is the gap between you and the baseline larger than the spread across seeds?',
    tags: ['checklist', 'results'],
  },
  {
    key: 'significance',
    text: 'You compared many variants. How big is the effect, and how did you account for testing so many comparisons?',
    tags: ['checklist', 'results'],
  },
  {
    key: 'test-set-peeking',
    text: 'Did the test set ever influence a decision, such as an early stopping point, a hyperparameter or a data filter?',
    tags: ['checklist', 'setup'],
  },
  {
    key: 'contamination',
    text: 'Could your evaluation examples appear in the pretraining data? How did you check, and what did you find?',
    tags: ['checklist', 'setup', 'results'],
  },
  {
    key: 'worse-slice',
    text: 'The average went up. Which slice of the data got worse, and by how much?',
    tags: ['checklist', 'errorAnalysis', 'results'],
  },
  {
    key: 'hyperparameter-sensitivity',
    text: 'What happens to your result at half and at double the value of the hyperparameter you tuned hardest?',
    tags: ['checklist', 'method', 'results'],
  },
  {
    key: 'beyond-one-dataset',
    text: 'All your evidence comes from one setting. Why should I believe the claim holds outside it?',
    tags: ['checklist', 'limitations', 'results'],
  },
  {
    key: 'compute-matched',
    text: 'Your method used more compute than the baseline. What does the baseline reach if it gets that extra compute too?',
    tags: ['checklist', 'results', 'setup'],
  },
  {
    key: 'reproducibility',
    text: 'If I clone your code tomorrow, what would stop me from reproducing your main table within a week?',
    tags: ['checklist', 'setup', 'general'],
  },
  {
    key: 'measured-or-believed',
    text: 'Which of the claims you just made did you measure, and which do you only believe?',
    tags: ['limitations', 'results', 'checklist', 'general'],
  },
  {
    key: 'prediction-before-run',
    text: 'What did you expect before you saw the numbers, and what result would have made you drop the idea?',
    tags: ['checklist', 'bets', 'setup'],
  },
  // Compute, deployment and the product.
  {
    key: 'ten-times-compute',
    text: 'Suppose your budget for training runs grew by an order of magnitude. Which of your conclusions is most likely to flip, and which run would tell you?',
    tags: ['limitations', 'futureWork', 'impact', 'solution'],
  },
  {
    key: 'tenth-of-compute',
    text: 'Now you have a tenth of the compute. What do you cut first, and does your method still beat the baseline?',
    tags: ['limitations', 'method', 'solution'],
  },
  {
    key: 'ship-tomorrow',
    text: 'Real users get this next week, with a fixed budget for latency and cost per request. Which number must hold at launch, and which failure would you put a guard on?',
    tags: ['impact', 'fieldMap', 'solution'],
  },
  {
    key: 'watch-online',
    text: 'Once it is live, what do you watch, and what is the first alarm you would set up?',
    tags: ['impact', 'limitations', 'solution'],
  },
  {
    key: 'data-stays-on-device',
    text: 'The user data may not leave the device. Does your approach survive that constraint, and at what cost in quality?',
    tags: ['impact', 'fieldMap', 'solution'],
  },
  {
    key: 'million-users',
    text: 'What breaks first when this goes from a thousand users to a million?',
    tags: ['impact', 'solution', 'limitations'],
  },
  {
    key: 'real-user',
    text: 'Who is the real user of this work, and what would they notice in their day if it worked?',
    tags: ['fieldMap', 'impact', 'framing', 'problem'],
  },
  // Ownership and the contribution.
  {
    key: 'what-was-yours',
    text: 'This was a team effort. What, concretely, did you do yourself, and what would not exist without you?',
    tags: ['contribution', 'mainIdea', 'pitch', 'behavioural', 'general'],
  },
  {
    key: 'one-sentence',
    text: 'Give me your contribution in one sentence, without jargon.',
    tags: ['contribution', 'mainIdea', 'pitch'],
  },
  {
    key: 'closest-prior-work',
    text: 'Name the closest prior paper. What exactly can you do that it cannot?',
    tags: ['priorWork', 'contribution', 'fieldMap', 'families'],
  },
  {
    key: 'explain-intuition',
    text: 'Explain why the method works to a colleague who has not read your paper, without equations.',
    tags: ['method', 'mainIdea', 'contribution'],
  },
  {
    key: 'formal-statement',
    text: 'State precisely what your method optimises: its inputs, its outputs and its objective.',
    tags: ['method', 'contribution'],
  },
  {
    key: 'cost-and-scaling',
    text: 'What does your method cost in time, memory and latency, and how does each grow with the size of the input?',
    tags: ['method', 'contribution', 'impact'],
  },
  {
    key: 'why-it-works',
    text: 'Is there a simpler explanation for your gain than the mechanism you propose? How did you rule it out?',
    tags: ['method', 'results', 'mainIdea', 'general'],
  },
  // Limits, failures and beliefs.
  {
    key: 'where-it-fails',
    text: 'Show me an input on which your method fails, and tell me why it fails there.',
    tags: ['limitations', 'errorAnalysis', 'method', 'general'],
  },
  {
    key: 'leaning-assumption',
    text: 'Which assumption does your method lean on most, and how would you notice if it stopped holding?',
    tags: ['families', 'limitations', 'method'],
  },
  {
    key: 'most-informative-experiment',
    text: 'Name an experiment you skipped whose outcome you honestly cannot guess. Why did you skip it, and what is your best guess anyway?',
    tags: ['limitations', 'futureWork', 'bets'],
  },
  {
    key: 'change-your-mind',
    text: 'What observation would make you abandon this approach?',
    tags: ['bets', 'limitations', 'futureWork', 'pitch', 'general'],
  },
  {
    key: 'negative-results',
    text: 'Tell me about an idea in this project that did not work. What did it teach you?',
    tags: ['fieldMap', 'results', 'errorAnalysis', 'behavioural'],
  },
  {
    key: 'biggest-error-category',
    text: 'Of the errors that remain, which category is largest, what share does it hold, and what would fix it?',
    tags: ['errorAnalysis', 'results'],
  },
  {
    key: 'results-surprise',
    text: 'What in your results surprised you, and what did you do about it?',
    tags: ['results', 'errorAnalysis'],
  },
  {
    key: 'start-again',
    text: 'If you started this project again today, what would you do differently?',
    tags: ['limitations', 'futureWork', 'behavioural'],
  },
  // The field, the families and the bets.
  {
    key: 'other-family',
    text: 'Why not solve this with a method from a different family altogether? Under which conditions would that one win?',
    tags: ['families', 'priorWork', 'solution'],
  },
  {
    key: 'conditional-winner',
    text: 'You say your family of methods is better. Better when, exactly? Name the condition under which it loses.',
    tags: ['families', 'priorWork', 'results'],
  },
  {
    key: 'why-now',
    text: 'What changed recently that makes this problem tractable now, and not five years ago?',
    tags: ['fieldMap', 'problem', 'priorWork', 'framing'],
  },
  {
    key: 'scope',
    text: 'Your area is broad. Where exactly does your work sit, and what have you deliberately left out of scope?',
    tags: ['fieldMap', 'framing', 'problem'],
  },
  {
    key: 'first-hand',
    text: 'What have you built, trained or debugged yourself in this area, beyond reading papers about it?',
    tags: ['fieldMap', 'families'],
  },
  {
    key: 'falsifiable-forecast',
    text: 'Make a prediction about this field for the next two years that someone could prove wrong.',
    tags: ['bets', 'futureWork'],
  },
  {
    key: 'calibration',
    text: 'You say you are 80 % sure. How often have forecasts you made at that confidence come true?',
    tags: ['bets'],
  },
  {
    key: 'one-more-quarter',
    text: 'If we funded one more quarter of this work, what exactly would you do with it?',
    tags: ['futureWork', 'impact'],
  },
  // The research-design round.
  {
    key: 'first-clarifying-question',
    text: 'Before you design anything: what is the first question you would ask whoever owns this problem, and why that one?',
    tags: ['framing', 'problem'],
  },
  {
    key: 'success-criteria',
    text: 'How will you know this project succeeded? Give me a number and a date.',
    tags: ['framing', 'solution', 'impact'],
  },
  {
    key: 'simplest-thing',
    text: 'What is the simplest thing that could possibly work here, and why is it not enough?',
    tags: ['solution', 'framing', 'families', 'method'],
  },
  {
    key: 'data-plan',
    text: 'Where does the training data come from, what is wrong with it, and how will you find out?',
    tags: ['solution', 'setup', 'fieldMap'],
  },
  // Pitches and behavioural answers.
  {
    key: 'why-care',
    text: 'Why should anyone outside your subfield care about this?',
    tags: ['pitch', 'problem', 'impact'],
  },
  {
    key: 'quickest-refutation',
    text: 'What is the quickest experiment that would show your hypothesis is wrong?',
    tags: ['pitch', 'bets'],
  },
  {
    key: 'disagreement',
    text: 'Tell me about a time you disagreed with a collaborator about a research direction. What did you do, and how did it end?',
    tags: ['behavioural'],
  },
  {
    key: 'cut-scope',
    text: 'Describe a time you had to cut scope to meet a deadline. What did you drop, and was it the right call?',
    tags: ['behavioural'],
  },
  {
    key: 'hardest-bug',
    text: 'Tell me about the hardest bug you hit in this project, and how you tracked it down.',
    tags: ['behavioural', 'fieldMap', 'errorAnalysis'],
  },
  // Added for the full interview loop: method choices, evidence strength, scale and judgement.
  {
    key: 'why-this-architecture',
    text: 'Why this architecture and this loss? What would break if you used the plainest alternative to each?',
    tags: ['method', 'mainIdea', 'solution', 'families'],
  },
  {
    key: 'test-set-size',
    text: 'How many test examples stand behind that gap, and is that enough to tell the two systems apart?',
    tags: ['checklist', 'results', 'setup'],
  },
  {
    key: 'luck-or-design',
    text: 'Could this result be luck? What would you expect to see if it were, and what if the design is why it worked?',
    tags: ['results', 'checklist', 'general'],
  },
  {
    key: 'ten-times-data',
    text: 'Picture a training set ten times the size of yours. Which of your findings would you expect to shrink or vanish?',
    tags: ['limitations', 'futureWork', 'solution', 'setup'],
  },
  {
    key: 'counterfactual-impact',
    text: 'Imagine this work had never been done. What would the field, or the product, be missing today?',
    tags: ['contribution', 'impact', 'pitch', 'general'],
  },
  {
    key: 'safety-dual-use',
    text: 'How could this work be misused or do harm, and what did you do about that?',
    tags: ['impact', 'limitations', 'solution'],
  },
  {
    key: 'choosing-problems',
    text: 'How do you decide which problem to work on next? Take me through the last choice you made.',
    tags: ['fieldMap', 'futureWork', 'framing', 'bets', 'behavioural'],
  },
  {
    key: 'distribution-shift',
    text: 'What happens to your result when the data in use drifts away from the data you trained on?',
    tags: ['limitations', 'results', 'errorAnalysis', 'solution'],
  },
  {
    key: 'scaling-model-sizes',
    text: 'Does the gain hold as the model grows? What have you measured at a smaller and at a larger size?',
    tags: ['results', 'method', 'limitations', 'bets'],
  },
  {
    key: 'blinded-human-eval',
    text: 'In your human evaluation, did raters know which system wrote which output, and how often did they agree?',
    tags: ['checklist', 'results', 'setup'],
  },
];

/** The built-in questions of the deck. */
export const BUILTIN_CHALLENGES: readonly DeckQuestion[] = QUESTIONS.map((q) => ({
  id: `builtin:${q.key}`,
  text: q.text,
  tags: q.tags,
  isBuiltin: true,
}));

/** The whole deck: the built-in questions, then the user's own, oldest first. */
export function listDeck(userQuestions: readonly ChallengeQuestion[]): DeckQuestion[] {
  const own = [...userQuestions]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((q): DeckQuestion => ({ id: q.id, text: q.text, tags: q.tags, isBuiltin: false }));
  return [...BUILTIN_CHALLENGES, ...own];
}

/** Whether an id names a built-in question. */
export function isBuiltinQuestionId(id: string): boolean {
  return id.startsWith('builtin:');
}
