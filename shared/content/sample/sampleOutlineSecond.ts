/*
 * The second half of the sample talk: results, error analysis, limitations, future work and
 * impact, sized like the first half to fit each beat's budget.
 */
import type { Beat } from '../../model/outline';
import { bold, doc, para } from './prose';
import { beat } from './sampleOutlineFirst';

/** Beats six to ten of the sample talk. */
export function sampleBeatsSecond(): Beat[] {
  return [
    beat(
      'results',
      '2.41× faster on the M2 Pro, and the gate is where the gain comes from',
      150_000,
      [
        'p95 for 40 tokens: 1.35 s → 0.74 s, identical output on all 9,400',
        'Speedup 2.41× (95 % CI 2.37–2.45) against 1.90× for the model draft alone',
        'Without the gate 2.12×; without adaptive length 2.23×; without both 1.96×',
        'Windows laptop: 2.1× so far',
      ],
      doc(
        para(
          'Here is the headline. On the M2 Pro, the 95th-percentile time for a 40-token completion goes from 1.35 seconds to 0.74 seconds. That is under our 0.8-second target, and the output was ',
          bold('identical'),
          ' to the original model on all 9,400 test completions.',
        ),
        'Averaged over completions, that is a 2.41 times speedup, with a 95 percent interval from 2.37 to 2.45 over three draft seeds and five timing runs. The strongest single baseline, the distilled draft model on its own, gives 1.90. Lookup alone gives 1.6, and the EAGLE-style head 2.2, though it needs 450 megabytes more memory.',
        'Where does the gain come from? I removed one thing at a time. Replace the gate with a fixed rule, lookup first and the model if nothing matches, and you get 2.12. Fix the draft length at four instead of choosing it, and you get 2.23. Remove both and you get 1.96, which is less than the two losses would predict: the gate matters most because it also chooses the length.',
        'Is it fragile? The speedup stays between 2.33 and 2.41 for any suffix-match threshold from two to five tokens. Only a fixed length of eight hurts, at 2.05.',
        'On the Windows laptop with an RTX 4060 we are at 2.1 times on three of the five languages; Java and Rust are still running.',
        'And the cost: 78 megabytes of memory and six percent more energy per completion.',
      ),
    ),
    beat(
      'errorAnalysis',
      'It slows down exactly where there is nothing to copy',
      60_000,
      [
        'New files and functions: 1.85×, just below the model draft alone',
        'Minified and generated code: false matches, 1.3×',
        'Rust: 2.02× against 2.63× for Python',
      ],
      doc(
        'I read the forty slowest completions by hand. Thirty-one of them start a new file or a new function. There is nothing to copy, so the gate picks the model almost every time, and its own overhead makes it a little slower than the model alone: 1.85 against 1.90.',
        'The second failure is minified or generated code. Long repeated runs of tokens give confident matches that are wrong: 64 percent of those lookup drafts fail at the first token, and the speedup falls to 1.3.',
        'The third is Rust, at 2.02 against 2.63 for Python, because the draft model saw little Rust during distillation.',
      ),
    ),
    beat(
      'limitations',
      'Measured on one model, at batch size one, with greedy decoding',
      60_000,
      [
        'One 7B target at 4 bits; a new target needs a new draft',
        'Greedy decoding only; sampling not measured',
        'Latency measured; the effect on developers not yet',
      ],
      doc(
        'Let me be clear about what I have not shown.',
        'Everything is one target model, at four bits, with greedy decoding. With sampling, lookup drafts stay correct by construction, but I have not measured how often they are accepted.',
        'A new target needs a new draft model, about 24 GPU-days, and a retrained gate.',
        'The gain depends on batch size one. On a server with large batches, verification is no longer almost free, and I would not expect this to help there.',
        'And most importantly: I measured latency. I believe a 0.74-second suggestion keeps developers from switching completion off, but I have not measured that with users.',
      ),
    ),
    beat(
      'futureWork',
      'Next: does faster completion change what developers do?',
      60_000,
      [
        'Field study: 12 developers, one week each way, random order',
        'Expect accepted suggestions 22 % → 28 %, switch-offs halved',
        'Open bet: 2× or more on a 15B target on a 32 GB laptop',
      ],
      doc(
        'So the most informative next experiment is with people, not benchmarks. Twelve developers at a partner company, one week with hybrid drafting and one week without, in random order, logging which suggestions they accept and whether they switch completion off.',
        'I expect accepted suggestions to rise from about 22 percent to about 28, and switch-offs to halve. If acceptance does not move, then latency is not what stops people using offline completion, and that would change what I work on.',
        'On the modelling side, my open bet is that a 15-billion model on a 32-gigabyte laptop keeps at least two times, with the same small draft.',
      ),
    ),
    beat(
      'impact',
      'Private code completion that keeps up with typing',
      60_000,
      [
        'Lossless: the same suggestions users already trust',
        'Under 0.8 s p95 on a 16 GB laptop; no server, no network',
        'A failed nightly self-test falls back to plain decoding',
      ],
      doc(
        'Who gets this tomorrow? Developers whose code may never leave their machine. For them, the choice today is slow suggestions or none.',
        'Hybrid drafting gives them the same suggestions, under 0.8 seconds at the 95th percentile, on the laptop they already have, for 78 megabytes of memory, with no server and no network.',
        'Because it is lossless, shipping it needs no new quality evaluation. What it needs is a guard: a nightly self-test that compares 200 stored completions with plain decoding and switches speculation off on any difference.',
        'Thank you. I am happy to take questions.',
      ),
    ),
  ];
}
