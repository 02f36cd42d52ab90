/*
 * Slidev's `$…$` and `$$…$$` maths rules, for the Slidev oracle: the parsing part of
 * packages/slidev/node/syntax/katex.ts (slidevjs/slidev, MIT; itself ported from
 * markdown-it-katex), which Slidev adds to its slide and notes renderers once a deck holds
 * `$…$`. Slidev is not installed here; its rules are copied as they are, and their tokens render
 * as <math-inline>/<math-block> elements instead of KaTeX output, so a test can see that maths
 * happened.
 */
import type { default as MarkdownItClass, StateBlock, StateInline } from 'markdown-it';

type MarkdownIt = InstanceType<typeof MarkdownItClass>;

function isValidDelim(state: StateInline, pos: number) {
  const max = state.posMax;
  let canOpen = true;
  let canClose = true;
  const prevChar = pos > 0 ? state.src.charCodeAt(pos - 1) : -1;
  const nextChar = pos + 1 <= max ? state.src.charCodeAt(pos + 1) : -1;
  if (prevChar === 0x20 || prevChar === 0x09 || (nextChar >= 0x30 && nextChar <= 0x39)) canClose = false;
  if (nextChar === 0x20 || nextChar === 0x09) canOpen = false;
  return { canOpen, canClose };
}

function mathInline(state: StateInline, silent: boolean): boolean {
  if (state.src[state.pos] !== '$') return false;
  let res = isValidDelim(state, state.pos);
  if (!res.canOpen) {
    if (!silent) state.pending += '$';
    state.pos += 1;
    return true;
  }
  const start = state.pos + 1;
  let match = start;
  while ((match = state.src.indexOf('$', match)) !== -1) {
    let pos = match - 1;
    while (state.src[pos] === '\\') pos -= 1;
    if ((match - pos) % 2 === 1) break;
    match += 1;
  }
  if (match === -1) {
    if (!silent) state.pending += '$';
    state.pos = start;
    return true;
  }
  if (match - start === 0) {
    if (!silent) state.pending += '$$';
    state.pos = start + 1;
    return true;
  }
  res = isValidDelim(state, match);
  if (!res.canClose) {
    if (!silent) state.pending += '$';
    state.pos = start;
    return true;
  }
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.markup = '$';
    token.content = state.src.slice(start, match);
  }
  state.pos = match + 1;
  return true;
}

function mathBlock(state: StateBlock, start: number, end: number, silent: boolean): boolean {
  let pos = state.bMarks[start]! + state.tShift[start]!;
  let max = state.eMarks[start]!;
  if (pos + 2 > max || state.src.slice(pos, pos + 2) !== '$$') return false;
  pos += 2;
  const firstLine = state.src.slice(pos, max).trim();
  if (silent) return true;
  let found = firstLine.slice(-2) === '$$';
  let next = start;
  while (!found) {
    next += 1;
    if (next >= end) break;
    pos = state.bMarks[next]! + state.tShift[next]!;
    max = state.eMarks[next]!;
    if (pos < max && state.tShift[next]! < state.blkIndent) break;
    if (state.src.slice(pos, max).trim().slice(-2) === '$$') found = true;
  }
  state.line = next + 1;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.map = [start, state.line];
  token.markup = '$$';
  return true;
}

/** Slidev's maths rules, where Slidev puts them, marking maths with <math-inline> and <math-block>. */
export function slidevMath(md: MarkdownIt): void {
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.after('blockquote', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules['math_inline'] = () => '<math-inline></math-inline>';
  md.renderer.rules['math_block'] = () => '<math-block></math-block>';
}
