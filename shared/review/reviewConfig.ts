/*
 * Every word list and threshold the review rules use, in one place: tuning a rule never means
 * hunting through its code. Words are lower case; a phrase of several words matches those words
 * in a row. The engine takes a config as an option, so a test (or a future preference) can try
 * another one without touching the rules.
 */
import { SENTENCE_ABBREVIATIONS } from '../text/countSentences';

export interface ReviewConfig {
  /** Words and phrases that claim one thing is better than another. */
  comparatives: readonly string[];
  /** Phrases holding a comparative word that claim nothing ("at best", "best guess"). */
  comparativeExemptions: readonly string[];
  /** Words that negate a comparative when they come shortly before it ("not better"). */
  negations: readonly string[];
  /** Phrases that start with a negation but strengthen the claim ("not only better"). */
  negationExceptions: readonly string[];
  /** How many words may sit between a negation and the comparative it negates. */
  negationWindow: number;
  /** Words or phrases that attach a condition anywhere in the sentence ("when", "if", "unless"). */
  conditionMarkers: readonly string[];
  /** Phrases that hold a condition word but attach no condition ("when compared with B"). */
  conditionMarkerExceptions: readonly string[];
  /** Prepositions that attach a condition right after a comparative ("better on long inputs") or lead the sentence. */
  conditionPrepositions: readonly string[];
  /** How many words after a comparative a condition preposition may come ("better than B on long inputs"). */
  conditionWindow: number;
  /** Words after a preposition that make it a sweeping claim, not a condition ("in general", "on all benchmarks"). */
  sweepingWords: readonly string[];
  /** Abbreviations whose full stop does not end a sentence ("al" as in "et al."), lower case, without the stop. */
  abbreviations: readonly string[];
  /** Number words that state a quantity when no digit appears ("five seeds", "twice as fast"). */
  numberWords: readonly string[];
  /** First-person-singular words: the user speaking of their own part. */
  singularWords: readonly string[];
  /** First-person-plural words: the team's voice. */
  pluralWords: readonly string[];
  /** Names of whole fields: a sub-area equal to one of these is not scoped. */
  broadFieldNames: readonly string[];
  /** Words ignored when comparing the broad field and the sub-area. */
  stopWords: readonly string[];
  /** How many words of its own a sub-area needs beyond the broad field's to count as narrower. */
  minSubAreaExtraWords: number;
  /** Fewer families than this and there is little to compare. */
  minFamilies: number;
  /** The longest contribution statement, in sentences. */
  maxContributionSentences: number;
  /** Constraints of the product bridge that should carry a number. */
  quantifiedConstraints: readonly ('quality' | 'latency' | 'cost' | 'privacy' | 'monitoring')[];
  /** How long a beat's estimate may run past its budget before it is flagged (ms). */
  beatOverrunToleranceMs: number;
  /** Phrases that justify a choice by who else makes it ("it is standard", "everyone uses it"). */
  authorityPhrases: readonly string[];
  /** A "why" this long or longer holding an authority phrase is taken to give a reason of its own too. */
  maxAuthorityWhyWords: number;
  /** Words that claim a gain ("improves", "faster"), besides the comparatives. */
  gainWords: readonly string[];
  /** The built-in checklist items about baselines: a gain claimed while one is open is unsupported. */
  baselineItemKeys: readonly string[];
}

export const REVIEW_CONFIG: ReviewConfig = {
  comparatives: [
    'better',
    'best',
    'outperform',
    'outperforms',
    'outperformed',
    'outperforming',
    'state of the art',
    'state-of-the-art',
    'sota',
    'superior',
    'beats',
    'surpass',
    'surpasses',
    'surpassed',
    'dominates',
    'more accurate',
    'more efficient',
    'more robust',
  ],
  comparativeExemptions: [
    'at best',
    'best guess',
    'best estimate',
    'best practice',
    'best practices',
    'best-effort',
    'best effort',
    'best case',
    'best-case',
    'best of my knowledge',
    'best of our knowledge',
    'better understand',
    'better understanding',
    'for better or worse',
    'had better',
    // Advice, not a claim: "it is better to tune the baseline first".
    'better to',
    'best to',
    // The beats of a talk.
    'the beats',
    'its beats',
    'these beats',
    'those beats',
    'beats of',
    'beats per',
  ],
  negations: ['not', 'no', 'never', 'neither', 'nor', 'hardly', 'rarely', 'seldom', 'cannot', 'without'],
  negationExceptions: ['not only', 'not just', 'not merely', 'no doubt', 'without doubt', 'without question', 'no other'],
  negationWindow: 3,
  conditionMarkers: [
    'when',
    'whenever',
    'if',
    'unless',
    'provided',
    'given',
    'under',
    'as long as',
    'once',
    'until',
    'except',
    'where',
    'wherever',
    'assuming',
    'depending on',
    'depends on',
    'at the cost of',
    'at the expense of',
    'only for',
    'only on',
    'only in',
  ],
  conditionPrepositions: ['on', 'for', 'at', 'in', 'with', 'below', 'above', 'within', 'beyond', 'under', 'up to', 'past'],
  conditionMarkerExceptions: ['when compared', 'if compared', 'when contrasted', 'once again'],
  conditionWindow: 8,
  sweepingWords: [
    'all',
    'every',
    'any',
    'each',
    'most',
    'general',
    'average',
    'everything',
    'everywhere',
    'the board',
    'practice',
    'principle',
    'particular',
    'short',
    'sum',
    'summary',
    'fact',
    'my view',
    'our view',
    'my opinion',
    'our opinion',
    'our experience',
    'my experience',
  ],
  // The sentence splitter's list (shared with the contribution's live count); extend it there.
  abbreviations: SENTENCE_ABBREVIATIONS,
  numberWords: [
    'half',
    'twice',
    'double',
    'triple',
    'thrice',
    'quarter',
    'third',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'twenty',
    'thirty',
    'forty',
    'fifty',
    'dozen',
    'hundred',
    'thousand',
    'million',
    'billion',
    'percent',
    'zero',
  ],
  singularWords: ['i', 'my', 'me', 'mine', 'myself', "i'd", "i've", "i'm"],
  pluralWords: ['we', 'our', 'us', 'ours', 'ourselves', "we've", "we'd"],
  broadFieldNames: [
    'ai',
    'artificial intelligence',
    'machine learning',
    'ml',
    'deep learning',
    'dl',
    'nlp',
    'natural language processing',
    'question answering',
    'qa',
    'information retrieval',
    'ir',
    'computer vision',
    'cv',
    'vision',
    'robotics',
    'reinforcement learning',
    'rl',
    'data science',
    'statistics',
    'speech',
    'speech recognition',
    'generative ai',
    'large language models',
    'llms',
    'llm',
    'language models',
    'computer science',
    'optimization',
  ],
  stopWords: [
    'a',
    'an',
    'the',
    'of',
    'for',
    'and',
    'in',
    'on',
    'to',
    'with',
    'at',
    'by',
    'from',
    'over',
    'into',
    'via',
    'as',
    'or',
  ],
  minSubAreaExtraWords: 2,
  authorityPhrases: [
    'is standard',
    'standard choice',
    'standard formulation',
    'standard practice',
    'standard approach',
    'standard way',
    'everyone uses',
    'everybody uses',
    'everyone does',
    'everyone says',
    'everybody says',
    'widely used',
    'commonly used',
    'most papers',
    'sota',
    'state of the art',
    'state-of-the-art',
    'best practice',
    'common practice',
    'well known',
    'well-known',
    'the default',
    'the usual choice',
    'as in prior work',
    'following prior work',
  ],
  maxAuthorityWhyWords: 20,
  gainWords: [
    'improves',
    'improved',
    'improvement',
    'improvements',
    'gain',
    'gains',
    'faster',
    'speedup',
    'speed-up',
    'higher accuracy',
    'reduces error',
    'lower error',
  ],
  baselineItemKeys: ['strongBaselines', 'equalTuning'],
  minFamilies: 3,
  maxContributionSentences: 2,
  quantifiedConstraints: ['quality', 'latency', 'cost'],
  beatOverrunToleranceMs: 0,
};
