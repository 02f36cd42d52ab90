/*
 * How a strong answer to each built-in challenge question is built, in three moves: concede what
 * is true in the question, bound the claim to what the evidence supports, and propose the
 * experiment (or the fact) that would settle it. Written by the project, one per question; the
 * user's own answer notes are stored apart and never replaced by these. Shown only after a
 * rating, so the renderer loads this module on first use (`useAnswerPatterns`), not at start-up.
 */
import type { AnswerPattern } from './answerPatternMoves';

export const ANSWER_PATTERNS: Readonly<Record<string, AnswerPattern>> = {
  // Experimental rigor.
  'under-tuned-baseline': {
    concede: 'Grant that a search budget gap can manufacture a gain, and say what each side actually got.',
    bound: 'Claim the gain only at the budget you matched; if the baseline got fewer trials, say how many fewer.',
    settle: 'Offer to rerun the baseline with your method’s exact search budget and report both curves against trials.',
  },
  'gameable-metric': {
    concede: 'Agree that benchmarks get exploited and name the shortcut a model could take on this one.',
    bound: 'Limit the claim to the metric unless you have a second signal, such as a held-out task or a human check.',
    settle:
      'Propose an evaluation the shortcut cannot pass: a perturbed test set, or outputs rated by people blind to the system.',
  },
  'why-this-baseline': {
    concede: 'Name the strongest method you left out before they do.',
    bound:
      'Say your claim is relative to the baselines you ran, and why the omitted one targets a different setting, if it does.',
    settle: 'Say what running it would take, what you expect it to score, and the result that would weaken your claim.',
  },
  'why-this-metric': {
    concede: 'Describe the system that games the metric; inventing one shows you have looked for it.',
    bound: 'Claim improvement on the metric, and on user value only as far as the metric tracks it.',
    settle: 'Propose a check that ties the metric to user outcomes, such as a correlation on a sample that people judged.',
  },
  'why-this-dataset': {
    concede: 'Say what is unusual about the dataset: its source, its size or its label noise.',
    bound: 'State the conditions under which you expect the result to carry over, and those under which you do not.',
    settle:
      'Name the second dataset that differs on exactly the property in doubt, and what result there would change your view.',
  },
  'why-this-ablation': {
    concede: 'Admit that one ablation rarely proves a component matters on its own.',
    bound: 'Say exactly what was held fixed: data, steps, tuning, parameter count. Claim no more than that comparison shows.',
    settle: 'Propose the missing control, for example the component swapped for one of equal size that lacks the mechanism.',
  },
  'interacting-components': {
    concede: 'Grant that removing parts one by one cannot reveal an effect that needs two of them.',
    bound: 'Say which pairs you tested together, and that your attribution holds only for those.',
    settle: 'Offer the factorial run on the two most suspect components, and say how an interaction would show in it.',
  },
  'seeds-and-variance': {
    concede: 'Give the number of seeds plainly, even if it is one.',
    bound: 'Call the gap real only if it exceeds the spread you measured; otherwise call it suggestive.',
    settle: 'Name the number of extra seeds that would separate the two at your observed spread, and what they cost.',
  },
  significance: {
    concede: 'Acknowledge that many comparisons make one lucky winner likely.',
    bound: 'Report the effect size with its interval, and how many variants you tried in total.',
    settle: 'Propose a fresh held-out run of only the chosen variant, or a correction for the number of comparisons.',
  },
  'test-set-peeking': {
    concede: 'Say honestly whether the test set touched any decision, even one early stopping point.',
    bound: 'If it did, treat the numbers as optimistic by an amount you can estimate from the validation gap.',
    settle: 'Offer a result on a split nobody looked at, or on a new sample collected the same way.',
  },
  contamination: {
    concede: 'Grant that web-scale pretraining makes overlap likely for any public benchmark.',
    bound: 'Report the overlap you found and which method found it; claim clean results only for the checked part.',
    settle: 'Propose scoring the examples created after the pretraining cut-off, or rewritten ones, and comparing.',
  },
  'worse-slice': {
    concede: 'Name a slice that got worse and by how much, if you know one; if you do not, say so.',
    bound: 'Describe the gain as an average over a mixture, and say which users the mixture stands for.',
    settle: 'Propose a per-slice breakdown with intervals, and the slice whose loss would change your recommendation.',
  },
  'hyperparameter-sensitivity': {
    concede: 'Say which hyperparameter you tuned hardest, and that a narrow optimum is a fair worry.',
    bound: 'Claim the result at the range you tested, not at settings you never tried.',
    settle: 'Offer the sweep at half and at double the value, for your method and for the baseline.',
  },
  'beyond-one-dataset': {
    concede: 'Agree that one setting is one data point about generality.',
    bound: 'Scope the claim to the setting you tested, and name the property of it the method depends on.',
    settle: 'Name the second setting that varies that property, and the outcome there that would refute generality.',
  },
  'compute-matched': {
    concede: 'State how much more compute your method used, in the unit that matters: FLOPs, GPU hours or latency.',
    bound: 'Claim the gain at matched compute, or claim a better trade-off, not both.',
    settle: 'Offer the plot of quality against compute for both methods over a shared range.',
  },
  reproducibility: {
    concede: 'List what is not released or not documented: data, seeds, a preprocessing step.',
    bound: 'Say which numbers someone could reproduce from what is public, and which need your setup.',
    settle: 'Propose the test: a clean rerun from the released code on a fresh machine, with the expected tolerance.',
  },
  'measured-or-believed': {
    concede: 'Name a claim you just made that you have not measured.',
    bound: 'Sort the rest into measured (with the number) and inferred (with the reasoning).',
    settle: 'For the most important belief, say the measurement that would turn it into evidence.',
  },
  'prediction-before-run': {
    concede: 'Say what you expected, even if the result surprised you.',
    bound: 'Separate the prediction you wrote down beforehand from the explanation you built afterwards.',
    settle: 'Name the result that would have made you drop the idea, and propose registering the next prediction in advance.',
  },
  // Compute, deployment and the product.
  'ten-times-compute': {
    concede: 'Say which of your conclusions came from being short of compute, such as a model size you could not try.',
    bound: 'Predict which findings you expect to hold at a larger budget and which may flip.',
    settle: 'Name the one run you would do first with the larger budget, and the result that would overturn a finding.',
  },
  'tenth-of-compute': {
    concede: 'Admit which part of the method is expensive and what you would cut first.',
    bound: 'Say whether the gain survives the cut, or where its break-even point lies.',
    settle: 'Propose the reduced run: the smaller model or fewer steps, against the baseline at the same cost.',
  },
  'ship-tomorrow': {
    concede: 'Grant that a research result is not yet a product, and name the gap.',
    bound: 'Pick the number that must hold at launch, such as p95 latency or cost per request, and its limit.',
    settle: 'Propose the guard: a staged rollout, a fallback, and the signal that triggers it.',
  },
  'watch-online': {
    concede: 'Say which failure offline evaluation cannot catch.',
    bound: 'Choose two or three signals to watch, not a dashboard of everything.',
    settle: 'Name the first alarm, its threshold and what happens when it fires.',
  },
  'data-stays-on-device': {
    concede: 'Say what the approach assumes about central data or compute.',
    bound: 'Estimate the quality cost of staying on the device, with a number if you have one.',
    settle: 'Propose measuring the on-device variant on the same test set, including the memory and latency it needs.',
  },
  'million-users': {
    concede: 'Name the component that grows worst with users: storage, index size, or serving cost.',
    bound: 'Say up to which scale your numbers were measured.',
    settle: 'Propose a load test, or the back-of-envelope cost at a million users, and the redesign if it fails.',
  },
  'real-user': {
    concede: 'Admit if the user is hypothetical, and name the nearest real one.',
    bound: 'Describe what they would notice in one concrete task, not in general terms.',
    settle: 'Propose how you would find out: a study with five users, or a log you could read.',
  },
  // Ownership and the contribution.
  'what-was-yours': {
    concede: 'Credit the team by name for their parts first.',
    bound: 'Then say precisely what you did: the decision, the code or the experiment that was yours.',
    settle: 'Point to the artefact that shows it: a commit, a design note, a result you produced.',
  },
  'one-sentence': {
    concede: 'Accept the constraint: one sentence, no jargon, no hedging.',
    bound: 'Say what the method does and for whom, not every condition it needs.',
    settle: 'End with the one number that makes the sentence believable.',
  },
  'closest-prior-work': {
    concede: 'Name the closest paper honestly and say what it does well.',
    bound: 'State the single capability you have that it lacks, and where the two overlap.',
    settle: 'Propose the head-to-head on the case where the difference should show.',
  },
  'explain-intuition': {
    concede: 'Admit which part of the intuition is a story and which part you measured.',
    bound: 'Explain the mechanism with one concrete example input.',
    settle: 'Name the experiment that shows the mechanism at work, such as an ablation or a probe.',
  },
  'formal-statement': {
    concede: 'Say where the formal objective differs from what you really want.',
    bound: 'Give inputs, outputs and the objective in one breath, with the assumptions it needs.',
    settle: 'Point to the result that shows optimising it moves the real target.',
  },
  'cost-and-scaling': {
    concede: 'State the most expensive step of the method.',
    bound: 'Give how time and memory grow with input size, and the size at which you measured them.',
    settle: 'Offer the measured curve, or say which measurement you would add.',
  },
  'why-it-works': {
    concede: 'Name the simpler explanation yourself: more parameters, more data, longer training.',
    bound: 'Say which of these your controls rule out and which remain open.',
    settle: 'Propose the control that would separate your mechanism from the simplest rival.',
  },
  // Limits, failures and beliefs.
  'where-it-fails': {
    concede: 'Show a real failure case, not a hypothetical one.',
    bound: 'Say how common such inputs are, and whether the method is worse than the baseline on them.',
    settle: 'Propose the fix you would try first, and how you would measure that it worked.',
  },
  'leaning-assumption': {
    concede: 'Name the assumption the method depends on most.',
    bound: 'Say where it holds in your data and where it may not hold in deployment.',
    settle: 'Propose the monitor or the test that would show the assumption breaking.',
  },
  'most-informative-experiment': {
    concede: 'Admit which result you cannot predict, and that you have not run it.',
    bound: 'Say why you skipped it: cost, time, or access.',
    settle: 'State your guess and the result that would change your plans.',
  },
  'change-your-mind': {
    concede: 'Accept that some observation should make you stop.',
    bound: 'Make it concrete: a number, on a named dataset, by a date.',
    settle: 'Say whether that test has been run, and if not, how you would run it.',
  },
  'negative-results': {
    concede: 'Describe a real idea that failed, without dressing it up.',
    bound: 'Say how sure you are it failed rather than was under-tested.',
    settle: 'Say what the failure changed in your later work, and what would make you revisit it.',
  },
  'biggest-error-category': {
    concede: 'Give the largest error category and its share, even if it is embarrassing.',
    bound: 'Say how you labelled the errors and how many you looked at.',
    settle: 'Propose the fix for that category and the gain you expect from it.',
  },
  'results-surprise': {
    concede: 'Name the surprise, and the belief it contradicted.',
    bound: 'Say whether you confirmed it with a rerun or another seed.',
    settle: 'Say what you did next, or what you would do, to explain it.',
  },
  'start-again': {
    concede: 'Name a real decision you would reverse, not a cosmetic one.',
    bound: 'Say what you knew at the time, so the choice is judged fairly.',
    settle: 'Say what you now do differently in your current work because of it.',
  },
  // The field, the families and the bets.
  'other-family': {
    concede: 'Grant that another family could solve the problem, and name its strength.',
    bound: 'Say under which conditions of data, compute or latency your family wins.',
    settle: 'Propose the comparison in the regime where the other family should win, and what result would surprise you.',
  },
  'conditional-winner': {
    concede: 'Name the condition under which your family loses.',
    bound: 'Replace “better” with “better when”, and give the conditions.',
    settle: 'Point to the result that shows the crossover, or the experiment that would find it.',
  },
  'why-now': {
    concede: 'Admit if the problem was tractable earlier and simply unfashionable.',
    bound: 'Name the specific change: a dataset, a model size, a hardware cost.',
    settle: 'Show the evidence that the change matters, such as what fails without it.',
  },
  scope: {
    concede: 'Say plainly what you left out of scope.',
    bound: 'Place your work in one sentence: the broad field, the sub-area and the task.',
    settle: 'Say what would have to change for the excluded part to come in.',
  },
  'first-hand': {
    concede: 'Separate what you built from what you read about.',
    bound: 'Give one concrete example of each kind of first-hand work.',
    settle: 'Point to the artefact, a model, a dataset or a bug you fixed, and what it taught you.',
  },
  'falsifiable-forecast': {
    concede: 'Accept that a forecast must be able to fail.',
    bound: 'Give a date, a number and the place it would be measured.',
    settle: 'Say how sure you are, and what you would watch for between now and the date.',
  },
  calibration: {
    concede: 'Say honestly whether you have tracked your forecasts.',
    bound: 'If you have, give the hit rate; if not, say how you would start.',
    settle: 'Propose reviewing your open bets at their horizons and scoring them.',
  },
  'one-more-quarter': {
    concede: 'Admit what the current work leaves unfinished.',
    bound: 'Pick one deliverable for the quarter, not a list.',
    settle: 'Say the result at the end of the quarter that would show the money was well spent.',
  },
  // The research-design round.
  'first-clarifying-question': {
    concede: 'Accept that you cannot design well before you know what success means.',
    bound: 'Ask the one question whose answer changes the design most, usually the metric or the constraint.',
    settle: 'Say how each possible answer would change what you build first.',
  },
  'success-criteria': {
    concede: 'Admit that vague success criteria let any project look successful.',
    bound: 'Give a number, a measurement and a date.',
    settle: 'Say what you would do if you missed the number by half.',
  },
  'simplest-thing': {
    concede: 'Describe the simplest approach fairly, and what it would already achieve.',
    bound: 'Say where it falls short, with a number if you have one.',
    settle: 'Propose running it first as the baseline every later step must beat.',
  },
  'data-plan': {
    concede: 'Name the main flaw of the data: bias, noise, leakage or licence.',
    bound: 'Say how much of the data you expect it to affect.',
    settle: 'Propose the audit: a labelled sample, a check for duplicates, a comparison of distributions.',
  },
  // Pitches and behavioural answers.
  'why-care': {
    concede: 'Admit that most work matters mainly inside its subfield.',
    bound: 'Name the one group outside it that gains, and what they gain.',
    settle: 'Give the number or the example that makes the gain concrete.',
  },
  'quickest-refutation': {
    concede: 'Accept that the hypothesis could be wrong.',
    bound: 'Name the cheapest experiment whose outcome you cannot predict.',
    settle: 'Say the result that would refute it, and how long the experiment takes.',
  },
  disagreement: {
    concede: 'Say what your collaborator had right.',
    bound: 'Describe what you did yourself to resolve it, not what the group did.',
    settle: 'Say how it ended, with the outcome, and what evidence decided it.',
  },
  'cut-scope': {
    concede: 'Name what you dropped, and what it cost.',
    bound: 'Say what you kept and why it mattered more.',
    settle: 'Say whether the call proved right, with the result that showed it.',
  },
  'hardest-bug': {
    concede: 'Admit how long it took and any wrong turns.',
    bound: 'Describe the search: how you narrowed it down, step by step.',
    settle: 'Say what the fix was, how you confirmed it, and what you changed to catch such bugs earlier.',
  },
  // Added for the full interview loop.
  'why-this-architecture': {
    concede: 'Admit which choices came from convention or from what was at hand.',
    bound: 'Say which choice you tested against an alternative and which you did not.',
    settle: 'Propose swapping the least-tested choice for the plainest alternative, with everything else fixed.',
  },
  'test-set-size': {
    concede: 'Give the number of test examples and grant that small sets make small gaps noisy.',
    bound: 'Give the smallest difference that set can detect, and compare it with your gap.',
    settle: 'Offer a bootstrap interval on the gap, or the size a new test set would need.',
  },
  'luck-or-design': {
    concede: 'Grant that one good run can be luck.',
    bound: 'Say how many runs, seeds or datasets the result held across.',
    settle: 'Propose the replication that would tell luck from design: new seeds, new data, a second team.',
  },
  'ten-times-data': {
    concede: 'Say which of your findings might be artefacts of a small training set.',
    bound: 'Predict which would hold with more data and which would shrink.',
    settle: 'Offer the learning curve: results at a quarter, half and all of the data, and where it points.',
  },
  'counterfactual-impact': {
    concede: 'Admit what others would probably have found without you, and when.',
    bound: 'Name the part that is distinctly yours and how much it moved the field or the product.',
    settle: 'Point to who uses it now, or what was built on it, as evidence.',
  },
  'safety-dual-use': {
    concede: 'Name a realistic misuse or harm; do not wave it away.',
    bound: 'Say how likely and how severe it is compared with what already exists.',
    settle: 'Say what you did or would do: a release policy, an evaluation for the harm, a limit on access.',
  },
  'choosing-problems': {
    concede: 'Admit a problem you chose for a poor reason, or one you stayed with too long.',
    bound: 'Give your criteria in order, such as impact, your edge and feasibility.',
    settle: 'Walk through the last choice you made with those criteria, and what would have changed it.',
  },
  'distribution-shift': {
    concede: 'Grant that your test data comes from the training distribution.',
    bound: 'Say which shift you expect in use and how sensitive the method should be to it.',
    settle: 'Propose the shifted test set, a new domain or a later time period, and the drop you would accept.',
  },
  'scaling-model-sizes': {
    concede: 'Say at which sizes you measured, and that gains at one size often shrink at another.',
    bound: 'Claim the gain only at the sizes you tested.',
    settle: 'Offer the same comparison at one smaller and one larger size, and the trend that would worry you.',
  },
  'blinded-human-eval': {
    concede: 'Say whether raters knew which system wrote what, and how many raters there were.',
    bound: 'Report agreement between raters; treat the result as weak if it is low.',
    settle: 'Propose a blinded rerun with the order randomised and agreement reported.',
  },
};

/** How a strong answer to a question is built, for a built-in question; undefined for the user's own. */
export function answerPatternOf(questionId: string): AnswerPattern | undefined {
  const key = questionId.startsWith('builtin:') ? questionId.slice('builtin:'.length) : null;
  return key !== null && Object.hasOwn(ANSWER_PATTERNS, key) ? ANSWER_PATTERNS[key] : undefined;
}
