/*
 * Sentences of a user's text, for rules that count them or read a claim with its condition.
 * A sentence ends at ".", "!" or "?" followed by a space and a word that does not start in lower
 * case, or at a line break; the full stop of a known abbreviation ("e.g.", "et al.") or a decimal
 * point never ends one.
 */

const END = /[.!?]+["”’')\]]*(?=\s|$)/g;

function lastWord(text: string): string {
  const match = /([\p{L}.]+)\.*$/u.exec(text.replace(/[.!?]+$/, ''));
  return (match?.[1] ?? '').toLowerCase().replace(/\.$/, '');
}

function endsSentence(before: string, after: string, abbreviations: ReadonlySet<string>): boolean {
  const next = after.trimStart();
  if (next === '') return true;
  if (/^\p{Ll}/u.test(next)) return false;
  return !abbreviations.has(lastWord(before));
}

function splitLine(line: string, abbreviations: ReadonlySet<string>): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of line.matchAll(END)) {
    const end = match.index + match[0].length;
    const isDot = match[0].startsWith('.');
    if (isDot && !endsSentence(line.slice(start, end), line.slice(end), abbreviations)) continue;
    sentences.push(line.slice(start, end));
    start = end;
  }
  sentences.push(line.slice(start));
  return sentences;
}

/** The sentences of a text, trimmed, blank ones left out. */
export function splitSentences(text: string, abbreviations: readonly string[]): string[] {
  const known = new Set(abbreviations.map((a) => a.toLowerCase().replace(/\.$/, '')));
  return text
    .split(/\n+/)
    .flatMap((line) => splitLine(line, known))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}
