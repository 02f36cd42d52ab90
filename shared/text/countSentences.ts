/*
 * Sentence counting for short user text (a contribution statement), tuned for research prose:
 * "e.g.", "i.e.", "et al.", "vs.", "Fig. 3", dotted acronyms ("w.r.t."), decimals ("3.2"), version
 * numbers and list markers ("1.") never end a sentence. A line break always does, so an unpunctuated
 * list of lines counts one sentence per line.
 */

/** A run of sentence-ending marks with any closing quotes or brackets, followed by space or the end. */
const LATIN_END = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;
/** Full-width marks end a sentence with no space after them (Chinese, Japanese). */
const CJK_END = /[。！？]+["'”’」』）]*/gu;

/** Words whose full stop abbreviates, compared in lower case without the stop. */
export const SENTENCE_ABBREVIATIONS: readonly string[] = [
  'al',
  'vs',
  'cf',
  'viz',
  'fig',
  'figs',
  'eq',
  'eqs',
  'sec',
  'secs',
  'tab',
  'ref',
  'refs',
  'approx',
  'resp',
  'incl',
  'esp',
  'ca',
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'st',
  'vol',
  'pp',
];
/** Abbreviations only when a number follows ("No. 5"); otherwise ordinary words ("No."). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);

const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const LIST_MARKER = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})$/iu;

function wordBefore(text: string): string {
  const token = /(\S+)$/u.exec(text)?.[1] ?? '';
  return token.replace(/^[("'“‘[]+/u, '');
}

function isBoundary(line: string, start: number, mark: string, end: number, abbreviations: ReadonlySet<string>): boolean {
  const next = line.slice(end).trimStart();
  if (next === '') return true;
  // A lower-case word after the mark continues the sentence: "…and so on. then" is rare, while
  // "approx. three" or "ca. ten" with an abbreviation we do not know is common.
  if (/^\p{Ll}/u.test(next)) return false;
  if (mark.replace(/["'”’»)\]]+$/u, '') !== '.') return true;
  const before = line.slice(start, end - mark.length);
  const word = wordBefore(before);
  const lower = word.toLowerCase();
  if (abbreviations.has(lower) || DOTTED_ACRONYM.test(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\d/u.test(next)) return false;
  return !LIST_MARKER.test(before.trim());
}

function splitLine(line: string, abbreviations: ReadonlySet<string>): string[] {
  const ends: number[] = [];
  let start = 0;
  const marks = [...line.matchAll(LATIN_END), ...line.matchAll(CJK_END)].sort((a, b) => a.index - b.index);
  for (const match of marks) {
    const end = match.index + match[0].length;
    if (match.index < start) continue;
    const isCjk = /^[。！？]/u.test(match[0]);
    if (!isCjk && !isBoundary(line, start, match[0], end, abbreviations)) continue;
    ends.push(end);
    start = end;
  }
  const sentences: string[] = [];
  let from = 0;
  for (const end of ends) {
    sentences.push(line.slice(from, end));
    from = end;
  }
  sentences.push(line.slice(from));
  return sentences;
}

const abbreviationSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function asSet(abbreviations: readonly string[]): ReadonlySet<string> {
  let set = abbreviationSets.get(abbreviations);
  if (!set) {
    set = new Set(abbreviations.map((a) => a.toLowerCase().replace(/\.$/u, '')));
    abbreviationSets.set(abbreviations, set);
  }
  return set;
}

/**
 * The sentences of a text, trimmed; pieces with no letter or digit are left out. The review
 * engine passes the abbreviations of its config; others get the default list.
 */
export function splitSentences(text: string, abbreviations: readonly string[] = SENTENCE_ABBREVIATIONS): string[] {
  const known = asSet(abbreviations);
  return text
    .split(/\r?\n|\r/u)
    .flatMap((line) => splitLine(line, known))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** How many sentences a text holds (0 for blank text). */
export function countSentences(text: string, abbreviations: readonly string[] = SENTENCE_ABBREVIATIONS): number {
  return splitSentences(text, abbreviations).length;
}
