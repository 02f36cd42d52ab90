/*
 * A small TeX tokenizer for the Beamer documents Viva writes (and plain hand-written ones):
 * control words and symbols, group braces, brackets, text, spaces, paragraph breaks (a blank
 * line) and ties. Comments are dropped; spaces after a control word are eaten, as TeX does.
 */

export type LatexToken =
  | { type: 'command'; name: string }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'text'; text: string }
  | { type: 'space' }
  | { type: 'par' }
  | { type: 'tie' };

const isLetter = (char: string) => (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z');

/** The source as tokens. */
export function latexTokens(source: string): LatexToken[] {
  const tokens: LatexToken[] = [];
  const text = source.replace(/\r\n?/g, '\n');
  let i = 0;
  let pending = '';
  const flush = () => {
    if (pending !== '') tokens.push({ type: 'text', text: pending });
    pending = '';
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\') {
      flush();
      const next = text[i + 1];
      if (next === undefined) break;
      if (isLetter(next)) {
        let end = i + 1;
        while (end < text.length && isLetter(text[end]!)) end += 1;
        tokens.push({ type: 'command', name: text.slice(i + 1, end) });
        // Spaces (and one line end) after a control word belong to it.
        let newlines = 0;
        while (end < text.length && (text[end] === ' ' || text[end] === '\t' || (text[end] === '\n' && newlines === 0))) {
          if (text[end] === '\n') newlines += 1;
          end += 1;
        }
        i = end;
        continue;
      }
      // A control symbol: \{ \} \# \\ "\ " and so on; a surrogate pair stays whole.
      const code = text.codePointAt(i + 1)!;
      const symbol = String.fromCodePoint(code);
      tokens.push({ type: 'command', name: symbol });
      i += 1 + symbol.length;
      continue;
    }
    if (char === '%') {
      flush();
      while (i < text.length && text[i] !== '\n') i += 1;
      i += 1;
      continue;
    }
    if (char === '{' || char === '}') {
      flush();
      tokens.push({ type: char === '{' ? 'open' : 'close' });
      i += 1;
      continue;
    }
    if (char === '~') {
      flush();
      tokens.push({ type: 'tie' });
      i += 1;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\n') {
      flush();
      let newlines = 0;
      while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) {
        if (text[i] === '\n') newlines += 1;
        i += 1;
      }
      tokens.push(newlines >= 2 ? { type: 'par' } : { type: 'space' });
      continue;
    }
    pending += char;
    i += 1;
  }
  flush();
  return tokens;
}

/** The index just past the group that opens at `open` (an "open" token); the end when it never closes. */
export function groupEnd(tokens: readonly LatexToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i += 1) {
    const type = tokens[i]!.type;
    if (type === 'open') depth += 1;
    else if (type === 'close') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return tokens.length;
}

/** The next index at or after `from` that is not a space. */
export function skipSpaces(tokens: readonly LatexToken[], from: number): number {
  let i = from;
  while (tokens[i]?.type === 'space') i += 1;
  return i;
}

/** A group's tokens as the raw text they were written as (for \href's address, \begin's name). */
export function rawText(tokens: readonly LatexToken[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'command':
          return `\\${token.name}`;
        case 'open':
          return '{';
        case 'close':
          return '}';
        case 'text':
          return token.text;
        case 'tie':
          return '~';
        default:
          return ' ';
      }
    })
    .join('');
}
