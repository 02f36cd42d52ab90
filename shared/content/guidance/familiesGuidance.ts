import type { SectionGuidance } from './fieldGuidance';

type FamiliesKey =
  | 'axes'
  | 'matrix'
  | 'families'
  | 'name'
  | 'idea'
  | 'methods'
  | 'solves'
  | 'whyWorks'
  | 'failsWhere'
  | 'assumes'
  | 'experience'
  | 'winsWhen'
  | 'assessment';

export const FAMILIES_GUIDANCE: SectionGuidance<FamiliesKey> = {
  intro:
    'Group the methods of your area by the idea underneath them, not by paper or by lab. A panel wants three to six families, a fair account of where each one shines and breaks, and comparisons that come with conditions: “this wins when latency binds”, never just “this is better”.',
  fields: {
    axes: {
      label: 'Comparison axes',
      expects: 'The few qualities your user would trade against each other; each family is rated on all of them.',
      example: 'Answer accuracy, cost per query, p95 latency, robustness to paraphrase, ease of updating the index.',
      weak: 'Only “performance”, which hides every trade-off the panel will ask about.',
      placeholder: 'e.g. Latency',
    },
    matrix: {
      label: 'Comparison matrix',
      expects: 'Every family rated on every axis, with a note that says what the rating rests on.',
      example: 'Long-context models: quality 4 (best on multi-hop), latency 1 (40 s per 300-page filing).',
      weak: 'All fours and fives, or ratings with no note: it reads as taste, not judgement.',
    },
    families: {
      label: 'Families',
      expects: 'Three to six families that between them cover how people attack the problem today.',
      example: 'Sparse retrieval, dense retrieval, long-context reading, and agentic search over the document.',
      weak: 'A list of papers, or one family for your method and one labelled “everything else”.',
    },
    name: {
      label: 'Name',
      expects: 'A short name a colleague would recognise for the whole family, not for one paper.',
      example: 'Dense retrieval with a reader model',
      weak: 'The name of a single model or lab, which hides what the family has in common.',
      placeholder: 'e.g. Dense retrieval with a reader model',
    },
    idea: {
      label: 'Underlying idea',
      expects: 'One sentence on the mechanism all its members share.',
      example: 'Embed passages and questions in one vector space, fetch the nearest passages, and let a reader answer from them.',
      weak: 'A description of results (“gets strong scores on benchmarks”) instead of how it works.',
    },
    methods: {
      label: 'Representative methods or papers',
      expects: 'Two to four members you could explain at a whiteboard, ideally including a recent one.',
      example: 'DPR (2020), ColBERT v2 (2022), and the contrastive retriever we trained in 2024.',
      weak: 'A long reference list you have not read closely; the panel will pick one and ask.',
    },
    solves: {
      label: 'What it solves',
      expects: 'The part of the central challenge this family removes or shrinks.',
      example: 'Finds passages that share meaning but not words with the question.',
      weak: '“It solves the task”, with no link to the challenge you stated in the field map.',
    },
    whyWorks: {
      label: 'Why it works',
      expects: 'The reason the idea succeeds, at the level of a mechanism or an assumption that holds.',
      example: 'Questions and their answers cluster in embedding space once trained on enough in-domain pairs.',
      weak: 'Repeating that it works well (“it is very effective”) without saying why.',
    },
    failsWhere: {
      label: 'Where it fails',
      expects: 'Concrete inputs or settings where it breaks, ideally with a number or an example you saw.',
      example: 'Rare entity names and exact figures: recall@10 drops from 0.82 to 0.41 on questions about ticker symbols.',
      weak: 'Nothing, or a vague “can struggle in some cases”. Every family fails somewhere.',
    },
    assumes: {
      label: 'What it assumes',
      expects: 'What must hold for it to work: data, compute, the shape of the input, the user.',
      example: 'Thousands of in-domain question–passage pairs for training, and documents that change slowly.',
      weak: 'No assumptions listed, which suggests you have not tested where they break.',
    },
    experience: {
      label: 'Your own experience',
      expects: 'What you built, ran or broke with it yourself, and what that taught you.',
      example:
        'Fine-tuned a dense retriever on 20k filing questions; it beat BM25 by 9 points but missed most numeric questions.',
      weak: 'Only what the papers report. Panels give most weight to what you saw first-hand.',
    },
    winsWhen: {
      label: 'Wins when…',
      expects: 'The conditions under which this family is the right choice, one per line.',
      example: 'Questions are paraphrased rather than quoted, and an index can be rebuilt nightly.',
      weak: '“Always” or “when accuracy matters”: a condition must rule some situations out.',
      placeholder: 'e.g. latency must stay under 1 s',
    },
    assessment: {
      label: 'Assessment on each axis',
      expects: 'A rating from 1 (poor) to 5 (excellent) per axis, and a note with the evidence behind it.',
      example: 'Latency 4: 120 ms per query on one GPU for a 300-page filing.',
      weak: 'A rating with no note, so you cannot defend it when asked “why a 4?”.',
    },
  },
};

/** One of the usual ways ML methods group: a starting point, not a rule. */
export interface FamilyGrouping {
  name: string;
  description: string;
}

export const FAMILY_GROUPINGS: readonly FamilyGrouping[] = [
  {
    name: 'Baselines',
    description:
      'The simple, well-tuned methods every result must beat, such as BM25, logistic regression or a fine-tuned small model.',
  },
  { name: 'Dominant architectures', description: 'The designs most current work builds on, and their main variants.' },
  {
    name: 'Data-centric methods',
    description: 'Gains from what the model learns from: collection, filtering, labelling, synthetic data, curricula.',
  },
  {
    name: 'Training and optimization',
    description: 'Objectives, regularisers, schedules and fine-tuning recipes that change how a model learns.',
  },
  {
    name: 'Inference and systems',
    description: 'Serving-time methods: retrieval, caching, distillation, quantisation, batching, search at decode time.',
  },
  {
    name: 'Evaluation and alignment',
    description: 'How quality is measured and steered: benchmarks, human feedback, reward models, red-teaming.',
  },
];
