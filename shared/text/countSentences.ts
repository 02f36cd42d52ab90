/*
 * Sentence counting for short user text (a contribution statement), tuned for research prose:
 * "e.g.", "i.e.", "et al.", "vs.", "Fig. 3", dotted acronyms ("w.r.t."), decimals ("3.2"), version
 * numbers and list markers ("1.") never end a sentence. A line break always does, so an unpunctuated
 * list of lines counts one sentence per line.
 */

/*
 * Sentence ends are found by a scanner, not regular expressions: a pattern like
 * /[.!?…]+["'”’»)\]]*(?=\s|$)/ retries from every dot of a long run of dots, which takes
 * quadratic time (20,000 dots took a second). Every step below looks at each character a
 * bounded number of times.
 */
const LATIN_MARKS = new Set(['.', '!', '?', '…']);
const LATIN_CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
/** Full-width marks end a sentence with no space after them (Chinese, Japanese). */
const CJK_MARKS = new Set(['。', '！', '？']);
const CJK_CLOSERS = new Set(['"', "'", '”', '’', '」', '』', '）']);

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);

interface Mark {
  index: number;
  /** Where the marks end, before any closing quotes or brackets. */
  marksEnd: number;
  end: number;
  isCjk: boolean;
}

/** The end of a run of characters from `set` starting at `from`. */
function runEnd(line: string, from: number, set: ReadonlySet<string>): number {
  let at = from;
  while (at < line.length && set.has(line[at]!)) at++;
  return at;
}

/** Sentence-ending marks with their closers: Latin ones only before a space or the end of the line. */
function findMarks(line: string): Mark[] {
  const marks: Mark[] = [];
  let at = 0;
  while (at < line.length) {
    const char = line[at]!;
    const isCjk = CJK_MARKS.has(char);
    if (!isCjk && !LATIN_MARKS.has(char)) {
      at++;
      continue;
    }
    const marksEnd = runEnd(line, at, isCjk ? CJK_MARKS : LATIN_MARKS);
    const end = runEnd(line, marksEnd, isCjk ? CJK_CLOSERS : LATIN_CLOSERS);
    if (isCjk || end === line.length || isSpace(line[end])) marks.push({ index: at, marksEnd, end, isCjk });
    at = end;
  }
  return marks;
}

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
const OPENERS = new Set(['(', '"', "'", '“', '‘', '[']);

/** Where the word ending at `end` starts (no further back than `from`). */
function wordStart(line: string, from: number, end: number): number {
  let at = end;
  while (at > from && !isSpace(line[at - 1])) at--;
  return at;
}

/** Where the first character at or after `from` that is not a space stands (the line's length if none). */
function visibleFrom(line: string, from: number): number {
  let at = from;
  while (at < line.length && isSpace(line[at])) at++;
  return at;
}

/** The first character after `from` that is not a space, or undefined at the end of the line. */
function nextVisible(line: string, from: number): string | undefined {
  const at = visibleFrom(line, from);
  return at < line.length ? String.fromCodePoint(line.codePointAt(at)!) : undefined;
}

/** Whether a mark ends a sentence; `start` is where the sentence began and `visible` its first non-space. */
function isBoundary(line: string, start: number, visible: number, mark: Mark, abbreviations: ReadonlySet<string>): boolean {
  const next = nextVisible(line, mark.end);
  if (next === undefined) return true;
  // A lower-case word after the mark continues the sentence: "…and so on. then" is rare, while
  // "approx. three" or "ca. ten" with an abbreviation we do not know is common.
  if (/^\p{Ll}/u.test(next)) return false;
  if (mark.marksEnd - mark.index !== 1 || line[mark.index] !== '.') return true;
  const tokenStart = wordStart(line, start, mark.index);
  let wordFrom = tokenStart;
  while (wordFrom < mark.index && OPENERS.has(line[wordFrom]!)) wordFrom++;
  const word = line.slice(wordFrom, mark.index);
  const lower = word.toLowerCase();
  if (abbreviations.has(lower) || DOTTED_ACRONYM.test(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\d/u.test(next)) return false;
  // A list marker ("1.", "(b).") is the whole text since the last sentence end.
  const isAlone = visible >= tokenStart;
  return !(isAlone && LIST_MARKER.test(line.slice(tokenStart, mark.index)));
}

function splitLine(line: string, abbreviations: ReadonlySet<string>): string[] {
  const ends: number[] = [];
  let start = 0;
  let visible = visibleFrom(line, 0);
  for (const mark of findMarks(line)) {
    if (mark.index < start) continue;
    if (!mark.isCjk && !isBoundary(line, start, visible, mark, abbreviations)) continue;
    ends.push(mark.end);
    start = mark.end;
    visible = visibleFrom(line, start);
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
