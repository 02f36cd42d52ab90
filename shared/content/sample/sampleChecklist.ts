/*
 * The sample story's experiment checklist: every built-in rigor item answered with numbers (two
 * honestly marked partly, with what is still missing said in the evidence), and two items of the
 * researcher's own. The sample is complete by Viva's own measure: no item is left "not yet".
 */
import { defaultChecklist, newChecklistItem, type Checklist, type ChecklistItem, type CheckStatus } from '../../model/checklist';

const ANSWERS: Record<string, { status: CheckStatus; evidence: string }> = {
  preregisteredPrediction: {
    status: 'addressed',
    evidence:
      'Written in the lab notebook before the first full run: at least 2.0× on the M2 Pro means the gate works; 1.9× or less (the model draft alone) means it adds nothing; below 1.9× means its overhead costs more than it saves. Result: 2.41×.',
  },
  strongBaselines: {
    status: 'addressed',
    evidence:
      'Five baselines from three families: target alone, 120M distilled draft, prompt lookup, Medusa-style heads and an EAGLE-style head, all reimplemented in the same runtime on the same 4-bit target.',
  },
  equalTuning: {
    status: 'addressed',
    evidence:
      'Every method got the same 40-configuration sweep of draft length and thresholds on the development split, and every trained drafter the same 2.1B-token budget. The sweep is in the appendix.',
  },
  alignedMetric: {
    status: 'addressed',
    evidence:
      'Primary metric: p95 time to the last token of a 40-token completion, the number the 0.8 s product target is set in. Speedup and accepted tokens per pass are secondary. Blind spot: time to the first visible token, which users also feel and I do not optimise.',
  },
  isolatingAblations: {
    status: 'addressed',
    evidence:
      'One change at a time from the full method (2.41×): fixed lookup-first rule instead of the gate 2.12×; fixed draft length 4 instead of adaptive 2.23×; gate without the entropy feature 2.30×. Gate and adaptive length interact: removing both gives 1.96×, less than the sum of the two losses predicts.',
  },
  seedsVariance: {
    status: 'addressed',
    evidence:
      '3 distillation seeds × 5 timing repetitions, methods interleaved run by run: 2.41× with a 95 % interval of 2.37–2.45×. The 120M draft alone: 1.90× (1.87–1.93×).',
  },
  significance: {
    status: 'partly',
    evidence:
      'Paired bootstrap over the 9,400 completions for each of the 5 comparisons against the full method, Holm-corrected: every p < 0.001, median latency saving 0.41 s per completion. Per-language tests not corrected yet.',
  },
  noTestPeeking: {
    status: 'addressed',
    evidence:
      'All tuning and gate training used the 2,100-point development split from other repositories. The 9,400 test points come from 212 repositories created after the target’s training cutoff; a 13-gram overlap check against the distillation data found 0.2 % of points, which I removed.',
  },
  sliceAnalysis: {
    status: 'addressed',
    evidence:
      'By language (Rust lowest at 2.02×, Python highest at 2.63×), by edit type (refactors 3.4×, new files 1.85×) and by context length (above 6,000 tokens 2.2×). The 40 slowest completions were read by hand: 31 start a new file or function.',
  },
  computeCost: {
    status: 'addressed',
    evidence:
      'Training: 72 A100-days for the three distilled drafts (24 each), 1 CPU-hour for the gate. Inference: 78 MB extra memory and 6 % more energy per completion than the target alone (powermetrics, 200 completions). Drafts compared at the same parameter count and memory.',
  },
  generality: {
    status: 'partly',
    evidence:
      'Two laptops (M2 Pro; RTX 4060 with 8 GB, 2.1× so far) and five languages, but one 7B target. A second target size is the open bet for the next six months.',
  },
  hyperparameterSensitivity: {
    status: 'addressed',
    evidence:
      'Speedup stays within 2.33–2.41× for suffix-match minimums of 2 to 5 tokens and within 2.28–2.41× for any two of the three draft lengths. Only a single fixed length of 8 hurts: 2.05×.',
  },
  reproducibility: {
    status: 'addressed',
    evidence:
      'Seeds fixed; dependencies pinned in a lock file; benchmark version v1.2 with its repository list and commit hashes; results tagged to code revision 4f2c9e1. The harness reruns the main table in 3 hours on one laptop.',
  },
  heldOutEvaluation: {
    status: 'partly',
    evidence:
      'Held out by repository: the 212 test repositories share no code with the 1,050 used for tuning. But replayed edits are a proxy for what developers do, and there is no study with real users yet: a 12-developer field study is planned (see the next experiment in Limitations).',
  },
};

const OWN_ITEMS: ReadonlyArray<Pick<ChecklistItem, 'title' | 'status' | 'evidence' | 'questions'>> = [
  {
    title: 'Output identical to plain greedy decoding, byte for byte',
    status: 'addressed',
    evidence:
      'All 9,400 test completions and 2,100 development completions identical on both laptops. The check runs on every commit and has caught 3 regressions, the first of them the KV-cache rollback bug.',
    questions: 'How do you know it is really lossless?\nWhat happens when a lookup draft and a model draft are both rejected?',
  },
  {
    title: 'Thermal state controlled in latency measurements',
    status: 'addressed',
    evidence:
      'Power mode pinned, 60 s cool-down between runs, methods interleaved. Without this, p95 latency drifted by up to 18 % over a 20-minute session.',
    questions: 'Could the ordering of runs explain the speedup?',
  },
];

/** The checklist of the sample story. */
export function sampleChecklist(): Checklist {
  const builtin = defaultChecklist().items.map((item) => {
    const answer = item.builtinKey ? ANSWERS[item.builtinKey] : undefined;
    return answer ? { ...item, ...answer } : item;
  });
  const own = OWN_ITEMS.map((item) => ({ ...newChecklistItem(item.title), ...item }));
  return { items: [...builtin, ...own] };
}
