/*
 * The sample story's method families: four ways to make a 7B code model answer faster on a
 * laptop, each rated on the six default axes with a reason, and the conditions under which it
 * is the right choice.
 */
import { emptyFamilies, type Axis, type FamiliesSection, type Family, type Rating } from '../../model/families';
import { newId } from '../../model/ids';

type Score = 1 | 2 | 3 | 4 | 5;
/** One rating per default axis, in their order: quality, sample efficiency, compute efficiency, latency, robustness, deployability. */
type Ratings = readonly [[Score, string], [Score, string], [Score, string], [Score, string], [Score, string], [Score, string]];

function rated(axes: readonly Axis[], ratings: Ratings): Record<string, Rating> {
  return Object.fromEntries(axes.map((axis, i) => [axis.id, { score: ratings[i]![0], note: ratings[i]![1] }]));
}

function family(
  axes: readonly Axis[],
  fields: Omit<Family, 'id' | 'ratings' | 'winsWhen'>,
  ratings: Ratings,
  winsWhen: string[],
): Family {
  return { id: newId(), ...fields, ratings: rated(axes, ratings), winsWhen: winsWhen.map((text) => ({ id: newId(), text })) };
}

/** The families section of the sample story. */
export function sampleFamilies(): FamiliesSection {
  const { axes } = emptyFamilies();
  const items: Family[] = [
    family(
      axes,
      {
        name: 'Separate draft model',
        idea: 'A small model of the same family guesses several tokens; the large model checks them all in one pass and keeps the longest correct prefix.',
        methods:
          'Speculative decoding (Leviathan et al., 2023) and speculative sampling (Chen et al., 2023); distilled drafts as in DistillSpec (Zhou et al., 2024).',
        solves:
          'The memory-bound decode step: the target reads its weights once per verification pass instead of once per token.',
        whyWorks:
          'Checking k tokens costs about as much as generating one when decoding is bound by memory bandwidth, and the rejection rule makes the output exactly the target’s.',
        failsWhere:
          'When draft and target share one memory bus (a laptop), the draft’s own reads eat the saving: my 350M draft accepted more tokens than the 120M one and still lost end to end, 1.7× against 1.9×.',
        assumes:
          'A draft that shares the target’s tokenizer; spare memory bandwidth or compute for the draft; batch size near 1, where verification is almost free.',
        experience:
          'I distilled three drafts (60M, 120M, 350M) from our 7B target. The 120M draft is the model half of hybrid drafting and the strongest single baseline in my tables: 1.9× on the M2 Pro.',
      },
      [
        [5, 'Lossless: identical tokens to the target under greedy decoding.'],
        [2, 'Needs a distilled draft per target: 2.1B tokens and 6 days on 4 A100s for mine.'],
        [3, 'Every drafted token costs a draft forward pass, wasted when rejected.'],
        [4, '1.9× on the M2 Pro at batch size 1; 2.6 tokens accepted per pass.'],
        [4, 'Acceptance holds across the five languages within 0.08, lowest on Rust.'],
        [3, 'A second model to ship and update with every new target: 70 MB at 4 bits.'],
      ],
      [
        'The device has spare compute or bandwidth beside the target, as on a server GPU',
        'The code is new and the context offers little to copy',
      ],
    ),
    family(
      axes,
      {
        name: 'Draft heads on the target',
        idea: 'Extra small heads on the target’s own hidden states predict the next few tokens, so no separate model is needed.',
        methods:
          'Medusa (Cai et al., 2024), EAGLE (Li et al., 2024), Hydra heads; tree-shaped verification of several candidates.',
        solves: 'The cost of a second model: the heads reuse features the target has already computed.',
        whyWorks:
          'The target’s last hidden state already encodes much of what comes next, so a light head reaches good acceptance with few parameters.',
        failsWhere:
          'Heads are tied to one set of target weights: any update to the target or its quantization means retraining them. On my 4-bit target, heads trained on the 16-bit model lost a third of their acceptance.',
        assumes:
          'Access to the target’s internals and freedom to change its serving code; a fixed target that will not be requantized or updated often.',
        experience:
          'I trained Medusa-style heads with the same 2.1B-token budget as my drafts: 1.8× on the M2 Pro. An EAGLE-style head reached 2.2× but needed 450 MB more memory for its feature cache.',
      },
      [
        [5, 'Lossless with standard verification; tree verification keeps that.'],
        [3, 'Cheaper to train than a draft model, but on the target’s own outputs and features.'],
        [4, 'Reuses the target’s features; tree verification adds work per pass.'],
        [4, '1.8× (Medusa-style) to 2.2× (EAGLE-style) on the M2 Pro in my runs.'],
        [3, 'Lost a third of its acceptance when moved from 16-bit to 4-bit weights.'],
        [2, 'Changes the inference runtime itself; the plugin we target treats the model as a black box.'],
      ],
      [
        'You control the serving stack and the target weights stay fixed for months',
        'Memory for a second model is scarce but the target can be modified',
      ],
    ),
    family(
      axes,
      {
        name: 'Lookup drafting from the context',
        idea: 'Find the current suffix earlier in the prompt or in a text index, and propose what followed it there as the draft.',
        methods:
          'Prompt lookup decoding (Saxena, 2023), REST retrieval drafting (He et al., 2024), LLMA copy-then-verify (Yang et al., 2023).',
        solves: 'Drafting cost: a string match is almost free, so nothing is lost when the guess is wrong.',
        whyWorks:
          'Code repeats itself: edits mirror nearby lines, names recur, tests follow a pattern. When the suffix matches, the continuation is often right for many tokens.',
        failsWhere:
          'New code with nothing to copy: on completions that start a new file it accepted 0.4 tokens per pass and gave 1.05×. Minified or generated files give long false matches.',
        assumes:
          'Repetition between the context and the completion; a context worth indexing, which the open file and retrieved snippets usually are.',
        experience:
          'My lookup baseline reached 1.6× overall, with 4.8 tokens accepted per pass when a match of three tokens or more existed, and almost nothing otherwise.',
      },
      [
        [5, 'Lossless: it only proposes, the target decides.'],
        [5, 'No training at all.'],
        [5, 'A suffix automaton over the context: about 2 MB and microseconds per step.'],
        [3, '1.6× overall, but 1.05× on new files: fast only where code repeats.'],
        [2, 'Swings with the content: from 1.05× on new files to 3.4× on refactoring edits.'],
        [5, 'Runtime-agnostic: a few hundred lines beside any model.'],
      ],
      [
        'The completion repeats or mirrors code already in the context, as in edits and refactors',
        'No training budget or second model is possible',
      ],
    ),
    family(
      axes,
      {
        name: 'Smaller or compressed target',
        idea: 'Make the one model cheaper (fewer parameters, fewer bits, pruned layers) and accept some loss of quality.',
        methods:
          'Quantization to 3 or 2 bits (GPTQ, AWQ), distillation into a 1–3B code model, layer skipping and early exit without verification.',
        solves: 'Every step gets cheaper, not only the lucky ones, and no verification is needed.',
        whyWorks: 'Decoding time at batch size 1 is roughly proportional to the bytes of weights read per token.',
        failsWhere:
          'Quality is the price: the 1.3B distilled model matched the 7B target’s completion on only 61 % of the held-out points, which the product rules out.',
        assumes:
          'That users accept different, somewhat worse suggestions for speed; that the quality loss can be measured and bounded.',
        experience:
          'I measured the 1.3B distilled model and a 3-bit target as reference points: 2.9× and 1.3× faster, with 61 % and 93 % of completions identical to the 7B target’s.',
      },
      [
        [2, 'Lossy: 61 % (1.3B model) to 93 % (3-bit target) identical completions.'],
        [3, 'Quantization needs only calibration data; distillation needs as much as a draft.'],
        [5, 'Every token cheaper; nothing is spent on rejected guesses.'],
        [5, '2.9× for the 1.3B model, on every kind of completion.'],
        [3, 'Quality drops most on rarely seen libraries and long-range references.'],
        [4, 'One model to ship; but every quality change reaches users as different suggestions.'],
      ],
      [
        'The product can accept different suggestions in exchange for speed',
        'The batch is large enough that verification is no longer nearly free',
      ],
    ),
  ];
  return { axes, items };
}
