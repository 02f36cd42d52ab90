/*
 * The first half of the sample talk: from the problem to the experimental setup. Speaker notes
 * are written as they would be said, and sized to fit each beat's budget at 140 words a minute.
 */
import type { Beat, BeatKind } from '../../model/outline';
import { newId } from '../../model/ids';
import type { RichText } from '../../model/richText';
import { bold, doc, italic, para } from './prose';

/** A beat of the sample talk. */
export function beat(kind: BeatKind, title: string, budgetMs: number, bulletLines: string[], notes: RichText): Beat {
  return { id: newId(), kind, title, budgetMs, bullets: bulletLines, notes };
}

/** Beats one to five of the sample talk. */
export function sampleBeatsFirst(): Beat[] {
  return [
    beat(
      'problem',
      'Offline code completion arrives after the developer has typed the line',
      90_000,
      [
        'Code that may not leave the laptop: banks, medical devices',
        '7B model on a 16 GB laptop: 1.35 s p95 for 40 tokens',
        'Target: under 0.8 s, with exactly the same suggestions',
      ],
      doc(
        'Picture a developer at a bank. Their code may not leave the laptop, so the only code completion they are allowed is a model that runs on that laptop. Today that is a 7-billion-parameter code model, compressed to 4 bits, running in their editor.',
        'It writes good suggestions. The trouble is when they arrive. A typical suggestion is about 40 tokens, and at the 95th percentile it takes 1.35 seconds on an M2 Pro laptop. By then the developer has often typed the line themselves, and many of them simply switch completion off.',
        'Why is it slow? At batch size one, every new token means reading all 3.9 gigabytes of weights from memory. The chip is waiting on memory, not doing arithmetic. So making the arithmetic faster does not help.',
        para(
          'Our goal is concrete: a 40-token suggestion in under 0.8 seconds, while the developer is still reading the line. And one hard rule: it must be ',
          bold('exactly'),
          ' the suggestion the model gives today, byte for byte, because that is the suggestion people already trust.',
        ),
      ),
    ),
    beat(
      'priorWork',
      'Every way to speed up decoding trades quality, memory or generality',
      90_000,
      [
        'Smaller or compressed model: fast, but different suggestions',
        'Separate draft model: lossless, but competes for the memory bus',
        'Draft heads: lossless, but tied to one set of weights',
        'Lookup from the context: free, but only when code repeats',
      ],
      doc(
        'There are four families of answers, and each one wins somewhere.',
        'The simplest is a smaller model: fewer parameters or fewer bits. A distilled 1.3-billion model is almost three times as fast, but only 61 percent of its completions match the big model’s. That breaks our rule.',
        'Speculative decoding keeps the output exact. A small draft model guesses several tokens, and the large model checks them all in one pass. On a server the draft runs on spare capacity and people report two to three times. On a laptop the draft shares the memory bus, and my best draft model gave 1.9 times.',
        'Draft heads, like Medusa and EAGLE, put the guesser inside the target. They work when you control the runtime and the weights never change. Ours change with every quantization.',
        'And lookup drafting copies a continuation from the text already in the prompt. It costs nothing, and when code repeats it is right for many tokens at once. When code is new, it gives almost nothing: 1.05 times on new files.',
        para(italic('Pause.'), ' So the gap: nobody decides, step by step, which kind of guess to make.'),
      ),
    ),
    beat(
      'mainIdea',
      'Copy when the code repeats, predict when it does not',
      90_000,
      [
        'Two drafters: lookup (free) and a 120M distilled model',
        'A 12-parameter gate picks one at every step, and how far to guess',
        'Output identical to the 7B model, whatever the gate decides',
      ],
      doc(
        'Here is the whole idea in one line: copy when the code repeats, predict when it does not, and let a tiny gate decide at every step.',
        'Think about what a developer types next. Very often it is already on the screen: the variable they just renamed, the mirror image of the branch above, the next case in a list of tests. Copying that is free, and usually right. For code that is genuinely new, a small model guesses far more often than a copy does.',
        'So hybrid drafting keeps both. At each step a gate with twelve parameters looks at how long a match it found in the context and how unsure the small model was a moment ago, and it picks a drafter and how many tokens to guess.',
        'The large model then checks the guess exactly as in ordinary speculative decoding. That is why the output cannot change: a wrong choice by the gate costs time, never quality.',
        'My part was the gate, the draft models, the benchmark and every experiment you will see. The 7B model itself comes from our lab’s code-model project.',
      ),
    ),
    beat(
      'method',
      'Four cheap signals choose the drafter; verification keeps it exact',
      150_000,
      [
        'Suffix automaton over the context: about 2 MB, microseconds per step',
        'Gate features: match length, match count, draft entropy, tokens since rejection',
        'Six choices: two drafters × draft length 2, 4 or 8',
        'Trained on 180,000 logged steps to maximise accepted tokens per millisecond',
      ],
      doc(
        'Let me walk through one step.',
        'First, lookup. I keep a suffix automaton over the tokens of the context, the open file plus up to a thousand tokens retrieved from the repository, and extend it as tokens are accepted. Finding the longest earlier occurrence of what we just wrote takes microseconds, and the whole structure is about two megabytes.',
        'Second, the gate. It sees four numbers: the length of that match, how many times it occurs, the entropy of the draft model’s last prediction, and how many tokens have passed since the last rejection. It is a logistic model over six choices: lookup or model, times a draft length of two, four or eight. Twelve parameters in total.',
        'Third, verification. The target checks all drafted tokens in a single forward pass and keeps the longest prefix it agrees with, plus one token of its own. At batch size one that pass costs about the same as producing a single token, because the time goes into reading the weights.',
        'Fourth, the part that bit me: rolling back the key-value cache. When both a lookup draft and a model draft are rejected in the same step, both caches must go back to the accepted length. I missed one case, and 0.3 percent of outputs differed from the original model. It took two weeks to find. Now a byte-for-byte equivalence check runs on every commit.',
        'Finally, training. I logged 180,000 steps on the development split, timed every choice on the laptop itself, and fitted the gate to maximise accepted tokens per millisecond rather than per step, because on a laptop the draft’s own cost is the whole story.',
      ),
    ),
    beat(
      'setup',
      'A fair race: replayed edits, equal tuning, two laptops',
      90_000,
      [
        '9,400 held-out completions from 212 repositories newer than the model',
        'Five baselines, each with the same 40-configuration sweep',
        'M2 Pro 16 GB and RTX 4060 8 GB; runs interleaved, cool-down between',
        'Primary metric: p95 time to the last of 40 tokens',
      ],
      doc(
        'How do we know the comparison is fair?',
        'The test set is 9,400 completion points from 212 public repositories created after the model’s training cutoff, in five languages. Each point replays a real edit from the commit history. That matters: random cursor positions overstate how much code is copied, and my first three months of numbers used them and had to be thrown away.',
        'There are five baselines from three families, all in the same runtime on the same 4-bit model. Every one got the same sweep of forty configurations on a separate development split, and every trained drafter got the same 2.1 billion tokens.',
        'Timing is on two laptops. Thermal throttling moved the tail latency by up to 18 percent, so the power mode is pinned, there is a one-minute cool-down between runs, and methods are interleaved run by run.',
        'The main metric is the 95th-percentile time to the last token of a 40-token completion, because that is the number the product target is set in.',
      ),
    ),
  ];
}
