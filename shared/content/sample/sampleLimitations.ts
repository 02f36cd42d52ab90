/*
 * The sample story's limitations: where hybrid drafting breaks (with numbers), what it assumes,
 * what it trades, the next experiment, and what was measured as opposed to believed.
 */
import { newId } from '../../model/ids';
import type { Limitations } from '../../model/limitations';
import { bullets, doc, para } from './prose';

/** The limitations section of the sample story. */
export function sampleLimitations(): Limitations {
  return {
    failureModes: [
      {
        id: newId(),
        where: 'Completions that start a new file or function, where the context holds nothing to copy.',
        evidence:
          '1.85× on this slice against 1.90× for the model draft alone: the gate almost always picks the model, and its own cost makes it slightly slower. 31 of the 40 slowest completions are of this kind.',
      },
      {
        id: newId(),
        where: 'Minified or generated files, where long repeated token runs give confident but wrong matches.',
        evidence:
          'On 310 completions in minified JavaScript and generated protobuf code, lookup drafts were rejected at the first token 64 % of the time and the speedup fell to 1.3×.',
      },
      {
        id: newId(),
        where: 'Languages underrepresented in the distillation data, where the draft model is accepted less often.',
        evidence: 'Rust: 2.02× with 2.1 tokens accepted per pass, against 2.63× and 3.6 tokens for Python.',
      },
    ],
    assumptions: doc(
      bullets(
        'Batch size 1 on the user’s own machine, where verifying 8 tokens costs about as much as generating one.',
        'Greedy decoding. With sampling, lookup drafts are still correct by construction but I have not measured how often they are accepted.',
        'A fixed target model: a new target needs a new distilled draft (24 A100-days) and a retrained gate.',
        'Code that repeats within the open file and the retrieved context, as in the replayed edits of the benchmark.',
      ),
    ),
    tradeoffs: doc(
      'For 2.41× I pay 78 MB of memory, 6 % more energy per completion, a second model to ship with every target, and a gate trained per device class (one for Apple silicon, one for CUDA laptops).',
      'I chose a 12-parameter logistic gate over a small neural router: the router reached 2.45× against 2.41×, within the spread over seeds, but the logistic gate can be read, debugged and retrained in minutes for a new device.',
    ),
    nextExperiment:
      'A two-week field study with 12 developers at a partner company, each spending one week with hybrid drafting and one week with the target alone, in a random order, logging which suggestions they accept and whether they switch completion off.',
    nextExpected:
      'I expect the share of accepted suggestions to rise from about 22 % to about 28 % and switch-offs to halve. If acceptance does not move, latency is not what keeps developers from offline completion, and the product case for this work is much weaker.',
    doDifferently: doc(
      para(
        'Build the replayed-edit benchmark first. My first three months of numbers used random cursor positions, which overstate copying, and had to be redone.',
      ),
      para(
        'Add the byte-for-byte equivalence check on day one: it would have caught the rollback bug in minutes instead of two weeks.',
      ),
    ),
    measured: doc(
      bullets(
        'Speedup and p95 latency on two laptops, five languages, 9,400 held-out completions, with intervals over seeds and repetitions.',
        'Exact equivalence to greedy decoding on every test completion.',
        'Memory and energy per completion on the M2 Pro.',
      ),
    ),
    believed: doc(
      bullets(
        'That a 0.74 s p95 keeps developers from switching completion off: not yet measured with users.',
        'That the gain carries over to larger targets and to sampling: argued from the cost model, not run.',
        'That the 4-bit target and the 16-bit one would give the same picture: only the 4-bit one was tested.',
      ),
    ),
    computeUp:
      'With 10× the compute I would distill a draft per language and train the gate on traces from many laptop models; I expect Rust to close most of its gap and the overall speedup to reach about 2.6×, not much more, because lookup, the free half, does not improve with compute.',
    computeDown:
      'With a tenth (about 7 A100-days) I would skip distillation and pair lookup with an off-the-shelf 120M code model: my dev-split runs suggest about 2.1×, still lossless, so the idea survives a small budget.',
    deployWatch:
      'Accepted tokens per verification pass, the share of steps drafted by lookup, p95 latency per completion, and the nightly equivalence self-test: a drop in acceptance is the first sign that a target update broke the draft.',
    deployGuard:
      'A divergence from greedy output after a runtime or model update: any failed equivalence self-test switches speculation off and falls back to plain decoding until a fixed version ships.',
  };
}
