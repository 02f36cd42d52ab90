/*
 * The sample story's field map: where "hybrid drafting" sits, what is hard about it, what the
 * researcher did first-hand, and who would use it. Every number here agrees with the other
 * sections of the sample (the talk, the checklist, the limitations).
 */
import type { FieldMap } from '../../model/fieldMap';
import { newId } from '../../model/ids';
import { bold, doc, link, para } from './prose';

/** The field map of the sample story. */
export function sampleFieldMap(): FieldMap {
  return {
    broadField: 'Efficient inference for large language models',
    subArea: 'Lossless speculative decoding for on-device code completion at batch size 1',
    coreTask: doc(
      para(
        bold('In: '),
        'the code before and after the cursor in the open file, plus up to 1,024 tokens of context retrieved from the rest of the repository.',
      ),
      para(bold('Out: '), 'the completion a 7B-parameter code model would write with greedy decoding, up to 64 tokens.'),
      para(
        bold('Good: '),
        'exactly the tokens plain greedy decoding gives (lossless, checked byte for byte), delivered fast enough to read before the developer finishes typing: p95 time to the last token on a 16 GB laptop, with a warm prefix cache.',
      ),
    ),
    challenge: doc(
      'At batch size 1 on a laptop, every generated token reads all 3.9 GB of the 4-bit target model from memory, so decoding is bound by memory bandwidth, not arithmetic: 31 tokens per second on an M2 Pro.',
      'Speculative decoding lets the target check several guessed tokens in one pass, but the guesses must come from somewhere. A draft model good enough to be right often competes with the target for the same memory bus and RAM, and every wrong guess is wasted work. The crux is a draft that is right often and costs almost nothing on the same device.',
    ),
    recentChange: doc(
      para(
        'Since 2023, lossless speculative decoding (',
        link('Leviathan et al., 2023', 'https://arxiv.org/abs/2211.17192'),
        '; ',
        link('Chen et al., 2023', 'https://arxiv.org/abs/2302.01318'),
        ') has gone from two papers to a standard option in inference stacks, and 4-bit weights made 7B code models fit on 16 GB laptops.',
      ),
      para(
        'The speedups were reported on server GPUs, where the draft runs on spare capacity. In my replication on an M2 Pro laptop, the same kind of pairing (a 7B target with a small separately trained draft) gave 1.5×, against the 2–3× reported on servers, because draft and target share one memory bus.',
      ),
    ),
    evidence: [
      {
        id: newId(),
        kind: 'model',
        done: 'Distilled three draft models (60M, 120M and 350M parameters) from our 7B target on 2.1B tokens of the target’s own greedy outputs over permissively licensed code: 6 days on 4 A100s per model.',
        learned:
          'Distilling on the target’s outputs instead of raw code raised per-token acceptance from 0.61 to 0.72. The 350M draft accepted the most tokens yet lost end to end (1.7× against 1.9× for the 120M draft): on a laptop its own cost ate the time it saved.',
      },
      {
        id: newId(),
        kind: 'dataset',
        done: 'Built a held-out benchmark of 9,400 completion points from 212 public repositories created after the target’s training cutoff, in Python, TypeScript, Java, Go and Rust, each replayed from real commit history (the file before and after an actual edit).',
        learned:
          'Completions at random cursor positions overstate copying: replaying real edits cut the share of tokens copied from the context from 58 % to 46 %. I report only the replayed version, and my first three months of numbers had to be redone.',
      },
      {
        id: newId(),
        kind: 'infrastructure',
        done: 'Wrote a latency harness that replays completion sessions on two laptops (M2 Pro with 16 GB; a Windows laptop with an 8 GB RTX 4060), with the power mode pinned, a cool-down between runs, and methods interleaved run by run.',
        learned:
          'Thermal throttling moved p95 latency by up to 18 % over a 20-minute run. Before I added cool-downs and interleaving, whichever method ran last looked slowest.',
      },
      {
        id: newId(),
        kind: 'failure',
        done: 'Speculative outputs differed from plain greedy decoding on 0.3 % of completions, which a lossless method must never do. I spent two weeks tracing it to a KV-cache rollback that kept one rejected token’s entry when a lookup draft and a model draft were both rejected in the same step.',
        learned:
          'A speedup table would never have shown this bug. A byte-for-byte equivalence check against plain greedy decoding now runs on every commit, and it has caught two more regressions since.',
      },
    ],
    productUser: doc(
      'A developer at a company whose code may not leave the laptop (a bank, a medical-device maker) who uses an offline completion plugin in their editor. Today the plugin runs a 7B model without speculation, and many switch completion off because suggestions arrive after they have typed the line themselves.',
      'They would keep it on if a typical 40-token suggestion appeared within about 0.8 s, while they are still reading the line, and if it were the same suggestion they already trust.',
    ),
    constraints: {
      quality:
        'Lossless: identical output to the 7B target’s greedy decoding on 100 % of the 9,400 held-out completions, byte for byte. Any divergence blocks a release.',
      latency:
        'p95 under 800 ms for a 40-token completion with a warm prefix cache on an M2 Pro laptop with 16 GB; the target alone takes 1.35 s at p95.',
      cost: 'No server, so the cost is the user’s memory and battery: draft model and lookup index under 300 MB of RAM together, and energy per completion at most 10 % above target-only decoding.',
      privacy:
        'Code never leaves the machine: no network calls and no telemetry by default. The lookup index lives in memory and is dropped when the editor closes.',
      monitoring:
        'Local, opt-in counters: accepted tokens per verification pass, tokens per second, the share of steps drafted by lookup, and the result of a nightly equivalence self-test on 200 stored completions; users can export them as a file for a bug report.',
    },
  };
}
