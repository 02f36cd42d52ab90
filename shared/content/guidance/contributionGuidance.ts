import type { AltitudeKey } from '../../model/contribution';
import type { FieldGuidance, SectionGuidance } from './fieldGuidance';

type ContributionKey = 'statement' | 'myPart' | 'teamPart' | 'gap' | 'mainIdea' | 'altitudes';

export const CONTRIBUTION_GUIDANCE: SectionGuidance<ContributionKey> = {
  intro:
    'The claim you want the panel to repeat after you leave the room, the part of it that is yours, and the method behind it, ready to be explained at whatever depth they choose to probe.',
  fields: {
    statement: {
      label: 'Contribution statement',
      expects:
        'One or two sentences a panel could repeat: what you showed, and what it makes possible that was not possible before.',
      example:
        'We show that indexing entities instead of passages keeps multi-hop accuracy flat up to 1M tokens, at a fifth of the cost of dense retrieval.',
      weak: 'A paragraph that lists every experiment, or a topic (“we work on retrieval”) instead of a claim.',
      placeholder: 'We show that … , which makes … possible.',
    },
    myPart: {
      label: 'My part',
      expects: 'What you did yourself, in the first person, with verbs: designed, built, ran, proved.',
      example: 'I designed the entity index, wrote the training code and ran all 40 ablations.',
      weak: '“We” throughout, so the panel cannot tell whether you led the work or watched it.',
      placeholder: 'I designed … I built … I ran …',
    },
    teamPart: {
      label: 'The team’s part',
      expects: 'What others contributed, credited by role, so your part stands out and nobody can say you claimed theirs.',
      example: 'A co-author built the evaluation harness; my advisor posed the original question.',
      weak: 'Left empty, or so vague (“the team helped”) that it sounds like something is being hidden.',
      placeholder: 'A co-author … ; my advisor …',
    },
    gap: {
      label: 'The gap in prior work',
      expects: 'What the closest earlier methods could not do, named, and why that matters to someone.',
      example:
        'Dense retrievers lose half their multi-hop accuracy past 100k tokens, and sparse ones cannot follow a chain of entities across chapters.',
      weak: '“Nobody has done this before”, with no prior work named.',
    },
    mainIdea: {
      label: 'The main idea, in one line',
      expects: 'The insight that makes it work, short enough to say in one breath.',
      example: 'Index entities, not passages, so that a chain of hops becomes a walk on a graph.',
      weak: 'The result restated (“our method is more accurate”) instead of the idea behind it.',
      placeholder: 'One line a listener could repeat',
    },
    altitudes: {
      label: 'The method at four altitudes',
      expects:
        'Panels zoom in and out without warning. Have the method ready from the intuition down to its cost, each level with the reason you chose it.',
      example: 'The same method, told as a picture, an equation, a recipe and a bill.',
      weak: 'One level only: all intuition and no equation, or all equations and no picture.',
    },
  },
};

/** Guidance for each altitude of the method: the explanation itself and the reason for the choice. */
export const ALTITUDE_GUIDANCE: Record<AltitudeKey, { text: FieldGuidance; why: FieldGuidance }> = {
  intuition: {
    text: {
      label: 'Intuition',
      expects: 'How you would explain it to a sharp colleague from another field, without an equation.',
      example: 'Rather than rereading the whole book for every question, keep an index of who appears where and follow it.',
      weak: 'Jargon dressed as intuition (“we leverage sparse latent structure”).',
    },
    why: {
      label: 'Why explain it this way',
      expects: 'One line on what this picture captures that a simpler one would miss.',
      example: 'The index picture predicts where the method fails: questions that name no entity.',
      weak: '“Because it is intuitive.”',
    },
  },
  formal: {
    text: {
      label: 'Formal statement',
      expects: 'The objective, model or guarantee, precise enough that a reviewer could check it, with every symbol defined.',
      example:
        'Minimise the hop loss L = −Σₜ log p(eₜ₊₁ | eₜ, q) over gold entity chains, where p is a bilinear score of entity and question embeddings.',
      weak: 'An equation copied from a paper, with symbols nobody defined.',
    },
    why: {
      label: 'Why this formulation',
      expects: 'Why this objective or assumption, rather than the obvious alternative.',
      example: 'A loss per hop gives a signal at every step; a loss on the final answer gave none for the first 10k steps.',
      weak: '“It is the standard formulation.”',
    },
  },
  implementation: {
    text: {
      label: 'Implementation recipe',
      expects: 'The steps someone would follow to rebuild it: data, architecture, training, and the settings that matter.',
      example:
        'Tag entities with an off-the-shelf tagger, build an inverted index, fine-tune a 110M-parameter encoder for 3 epochs at learning rate 2e-5, decode with beam width 4.',
      weak: 'A list of libraries, with no order, scale or settings.',
    },
    why: {
      label: 'Why this implementation',
      expects: 'The practical choice that mattered most, and why you made it.',
      example: 'Beam width 4: wider beams doubled latency for 0.3 points.',
      weak: '“It worked.”',
    },
  },
  complexity: {
    text: {
      label: 'Complexity',
      expects: 'Compute, memory and latency, and how each grows with the input, the data and the model.',
      example:
        'Index build linear in tokens, 2 GB per million tokens; 120 ms per question at p95, linear in the number of hops and flat in document length.',
      weak: 'The big-O of one step, or just “it is efficient”.',
      placeholder: 'Compute: … Memory: … Latency: … Scaling: …',
    },
    why: {
      label: 'Why this cost is worth it',
      expects: 'Why the cost is acceptable for the user, or what you traded to get it down.',
      example: 'A 4-minute index build pays for itself after about 30 questions on the same filing.',
      weak: 'No comparison with what the alternatives cost.',
    },
  },
};
