/*
 * Unconditional comparatives: "A is better", "B outperforms C", "state of the art", with nothing
 * saying when. A comparative is conditional when its sentence holds a condition word anywhere
 * ("when latency binds, A is better"; "better if the index fits in memory"), when a preposition
 * follows it closely ("better on long inputs", "better than B at batch size 1"), or when the
 * sentence opens with a prepositional phrase ("On long inputs, A is better"), unless that phrase
 * sweeps instead of conditioning ("in general", "on all benchmarks"). A negation shortly before
 * it ("not better", "does not consistently outperform") takes the claim back, and quoted text is
 * someone else's words, so neither is flagged.
 */
import type { ReviewConfig } from '../reviewConfig';
import { blankQuoted } from './blankQuoted';
import { splitSentences } from '../../text/countSentences';
import { matchesAt, phraseWords, tokenize, type Token } from './tokenize';

export interface ComparativeClaim {
  /** The comparative as written ("outperforms"). */
  phrase: string;
  /** The sentence it stands in. */
  sentence: string;
}

interface Compiled {
  comparatives: string[][];
  exemptions: string[][];
  negations: Set<string>;
  negationExceptions: string[][];
  markers: string[][];
  markerExceptions: string[][];
  prepositions: string[][];
  sweeping: string[][];
  negationWindow: number;
  conditionWindow: number;
}

const compiledConfigs = new WeakMap<ReviewConfig, Compiled>();

function phrases(list: readonly string[]): string[][] {
  // Longest first, so "state of the art" wins over any shorter phrase at the same place.
  return list.map(phraseWords).sort((a, b) => b.length - a.length);
}

function compile(config: ReviewConfig): Compiled {
  const cached = compiledConfigs.get(config);
  if (cached) return cached;
  const compiled: Compiled = {
    comparatives: phrases(config.comparatives),
    exemptions: phrases(config.comparativeExemptions),
    negations: new Set(config.negations),
    negationExceptions: phrases(config.negationExceptions),
    markers: phrases(config.conditionMarkers),
    markerExceptions: phrases(config.conditionMarkerExceptions),
    prepositions: phrases(config.conditionPrepositions),
    sweeping: phrases(config.sweepingWords),
    negationWindow: config.negationWindow,
    conditionWindow: config.conditionWindow,
  };
  compiledConfigs.set(config, compiled);
  return compiled;
}

function phraseAt(words: readonly string[], index: number, list: readonly string[][]): string[] | undefined {
  return list.find((phrase) => matchesAt(words, index, phrase));
}

/** Whether an exemption ("at best", "best guess") covers the comparative at `index`. */
function isExempt(words: readonly string[], index: number, c: Compiled): boolean {
  return c.exemptions.some((exemption) => exemption.some((_, offset) => matchesAt(words, index - offset, exemption)));
}

function hasConditionMarker(words: readonly string[], c: Compiled): boolean {
  return words.some(
    (_, index) => phraseAt(words, index, c.markers) !== undefined && phraseAt(words, index, c.markerExceptions) === undefined,
  );
}

/** Whether clause punctuation stands between two tokens of a sentence; brackets too, unless `isBracketInside`. */
function isClauseBreak(sentence: string, from: Token, to: Token, isBracketInside = false): boolean {
  const between = sentence.slice(from.start + from.word.length, to.start);
  return (isBracketInside ? /[,;:—–]|\s-\s/ : /[,;:—–()]|\s-\s/).test(between);
}

function isNegated(sentence: string, tokens: readonly Token[], index: number, c: Compiled): boolean {
  const words = tokens.map((t) => t.word);
  const window = Math.max(0, index - c.negationWindow - 1);
  for (let at = index - 1; at >= window; at--) {
    const word = words[at]!;
    if (word === 'but' || word === 'yet' || isClauseBreak(sentence, tokens[at]!, tokens[index]!)) return false;
    const isNegation = c.negations.has(word) || word.endsWith("n't");
    if (isNegation && phraseAt(words, at, c.negationExceptions) === undefined) return true;
  }
  return false;
}

/** Whether a condition preposition, not followed by a sweeping word, starts at `index`. */
function conditionPrepositionAt(words: readonly string[], index: number, c: Compiled): boolean {
  const preposition = phraseAt(words, index, c.prepositions);
  if (!preposition) return false;
  const next = index + preposition.length;
  return next < words.length && phraseAt(words, next, c.sweeping) === undefined;
}

function hasAttachedCondition(sentence: string, tokens: readonly Token[], after: number, c: Compiled): boolean {
  const words = tokens.map((t) => t.word);
  const last = Math.min(words.length - 1, after + c.conditionWindow - 1);
  for (let at = after; at <= last; at++) {
    // A bracket right after the comparative holds its condition: "better than B (on long inputs)".
    if (at > 0 && isClauseBreak(sentence, tokens[at - 1]!, tokens[at]!, true)) return false;
    if (conditionPrepositionAt(words, at, c)) return true;
  }
  return false;
}

const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'then', 'yet', 'thus', 'hence', 'only']);

/** Whether a clause before the comparative opens with a condition ("On long inputs, A is better"). */
function hasLeadingCondition(sentence: string, tokens: readonly Token[], index: number, c: Compiled): boolean {
  const words = tokens.map((t) => t.word);
  for (let at = 0; at < index; at++) {
    const isClauseStart = at === 0 || isClauseBreak(sentence, tokens[at - 1]!, tokens[at]!);
    if (!isClauseStart) continue;
    let first = at;
    while (first < index && LEADING_CONJUNCTIONS.has(words[first]!)) first++;
    if (first < index && conditionPrepositionAt(words, first, c)) return true;
  }
  return false;
}

function claimsIn(sentence: string, c: Compiled): ComparativeClaim[] {
  const tokens = tokenize(sentence);
  const words = tokens.map((t) => t.word);
  if (hasConditionMarker(words, c)) return [];
  const claims: ComparativeClaim[] = [];
  for (let index = 0; index < words.length; index++) {
    const comparative = phraseAt(words, index, c.comparatives);
    if (!comparative) continue;
    const end = index + comparative.length;
    const isUnconditional =
      !isExempt(words, index, c) &&
      !isNegated(sentence, tokens, index, c) &&
      !hasAttachedCondition(sentence, tokens, end, c) &&
      !hasLeadingCondition(sentence, tokens, index, c);
    if (isUnconditional) {
      const lastToken = tokens[end - 1]!;
      claims.push({ phrase: sentence.slice(tokens[index]!.start, lastToken.start + lastToken.word.length), sentence });
    }
    index = end - 1;
  }
  return claims;
}

/** The comparatives of a text that carry no condition, in the order they appear. */
export function findUnconditionalComparatives(text: string, config: ReviewConfig): ComparativeClaim[] {
  if (text.trim() === '') return [];
  const c = compile(config);
  return splitSentences(blankQuoted(text), config.abbreviations).flatMap((sentence) => claimsIn(sentence, c));
}
