import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefTarget } from '../../../../shared/export/beamer/latexHref';
import { latexProse } from '../../../../shared/export/beamer/latexProse';
import type { RichText, RichTextNode } from '../../../../shared/model/richText';
import { docFromText } from '../../../../shared/model/richText';
import { docArb } from '../../arbitraries/storyArbitrary';

const text = (value: string, ...marks: RichTextNode['marks'] & object): RichTextNode =>
  marks.length === 0 ? { type: 'text', text: value } : { type: 'text', text: value, marks };
const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const doc = (...content: RichTextNode[]): RichText => ({ type: 'doc', content });
const item = (...content: RichTextNode[]): RichTextNode => ({ type: 'listItem', content });
const bullets = (...items: RichTextNode[]): RichTextNode => ({ type: 'bulletList', content: items });
const link = (href: string) => ({ type: 'link' as const, attrs: { href, target: null } });
const BREAK: RichTextNode = { type: 'hardBreak' };

/** Throws unless every \begin has its \end, in order, and every unescaped brace is matched. */
function checkStructure(latex: string): void {
  const environments: string[] = [];
  for (const [, kind, name] of latex.matchAll(/\\(begin|end)\{(\w+)\}/g)) {
    if (kind === 'begin') environments.push(name!);
    else if (environments.pop() !== name) throw new Error(`\\end{${name}} closes nothing in ${latex}`);
  }
  if (environments.length > 0) throw new Error(`unclosed ${environments.join(', ')} in ${latex}`);
  let depth = 0;
  for (const brace of latex.replace(/\\[{}]/g, '').replace(/[^{}]/g, '')) {
    depth += brace === '{' ? 1 : -1;
    if (depth < 0) throw new Error(`unmatched } in ${latex}`);
  }
  if (depth !== 0) throw new Error(`unmatched { in ${latex}`);
}

describe('latexProse', () => {
  it('writes paragraphs a blank line apart and leaves out empty ones', () => {
    expect(latexProse(doc(para(text('One')), { type: 'paragraph' }, para(text('  ')), para(text('Two'))))).toBe('One\n\nTwo');
    expect(latexProse(doc({ type: 'paragraph' }))).toBe('');
  });

  it('writes bold, italic and code marks, nested in one fixed order', () => {
    const latex = latexProse(
      doc(
        para(
          text('b', { type: 'bold' }),
          text('i', { type: 'italic' }),
          text('c', { type: 'code' }),
          text('all', { type: 'italic' }, { type: 'bold' }, { type: 'code' }),
        ),
      ),
    );
    expect(latex).toBe('\\textbf{b}\\emph{i}\\texttt{c}\\textbf{\\emph{\\texttt{all}}}');
  });

  it('escapes the text inside marks', () => {
    expect(latexProse(doc(para(text('\\note{x} 100%', { type: 'code' }))))).toBe('\\texttt{\\textbackslash{}note\\{x\\} 100\\%}');
  });

  it('writes a link as \\href with its address shown after it, once for neighbours under the same link', () => {
    const href = 'https://example.org/a_b?q=1&r=2#top';
    const latex = latexProse(doc(para(text('see ', link(href)), text('this', link(href), { type: 'bold' }), text(' now'))));
    expect(latex).toBe(
      '\\href{https://example.org/a\\_b?q=1\\&r=2\\#top}{see \\textbf{this}} (https://example.\\allowbreak{}org/a\\_b?q=1\\&\\allowbreak{}r=2\\#top) now',
    );
  });

  it('shows a link whose text is its address once', () => {
    expect(latexProse(doc(para(text('mailto:me@example.org', link('mailto:me@example.org')))))).toBe(
      '\\href{mailto:me@example.org}{mailto:me@example.\\allowbreak{}org}',
    );
  });

  it('writes line breaks inside a paragraph, never at its start or end', () => {
    expect(latexProse(doc(para(BREAK, text(' '), BREAK, text('a'), BREAK, BREAK, text('b'), BREAK)))).toBe(
      'a\\newline \\newline b',
    );
  });

  it('writes bullet and numbered lists, with the first number kept', () => {
    const ordered: RichTextNode = {
      type: 'orderedList',
      attrs: { start: 5 },
      content: [item(para(text('five'))), item(para(text('six')))],
    };
    expect(latexProse(doc(bullets(item(para(text('a'))), item(para(text('b')))), ordered))).toBe(
      [
        '\\begin{itemize}',
        '\\item a',
        '\\item b',
        '\\end{itemize}',
        '',
        '\\begin{enumerate}',
        '\\setcounter{enumi}{4}',
        '\\item five',
        '\\item six',
        '\\end{enumerate}',
      ].join('\n'),
    );
  });

  it('leaves out empty items and lists (LaTeX stops at an empty list)', () => {
    expect(latexProse(doc(bullets(item({ type: 'paragraph' }), item(para(text(' '))))))).toBe('');
    expect(latexProse(doc(bullets(item({ type: 'paragraph' }), item(para(text('kept'))))))).toBe(
      '\\begin{itemize}\n\\item kept\n\\end{itemize}',
    );
  });

  it('nests lists three deep at most and keeps deeper items as marked paragraphs', () => {
    let node: RichTextNode = bullets(item(para(text('deepest'))));
    for (let depth = 0; depth < 5; depth += 1) node = bullets(item(para(text(`level ${depth}`)), node));
    const latex = latexProse(doc(node));
    let depth = 0;
    let deepest = 0;
    for (const [, kind] of latex.matchAll(/\\(begin|end)\{itemize\}/g)) {
      depth += kind === 'begin' ? 1 : -1;
      deepest = Math.max(deepest, depth);
    }
    expect(deepest).toBe(3);
    expect(latex).toContain('\\textbullet{}~deepest');
    for (let level = 0; level < 5; level += 1) expect(latex).toContain(`level ${level}`);
  });

  it('numbers the right counter in nested numbered lists', () => {
    const inner: RichTextNode = { type: 'orderedList', attrs: { start: 3 }, content: [item(para(text('x')))] };
    const outer: RichTextNode = { type: 'orderedList', attrs: { start: 1 }, content: [item(para(text('y')), inner)] };
    expect(latexProse(doc(outer))).toContain('\\setcounter{enumii}{2}');
  });

  it('writes plain text documents as their lines', () => {
    expect(latexProse(docFromText('first line\nsecond\n\nnext paragraph'))).toBe('first line\\newline second\n\nnext paragraph');
  });

  it('writes well-formed LaTeX for any document the editor can hold', () => {
    fc.assert(
      fc.property(docArb, (value) => {
        const latex = latexProse(value);
        checkStructure(latex);
        expect(latex).not.toMatch(/\\item\s*(\\item|\\end)/);
        expect(latex).not.toMatch(/^\\newline|\\newline\s*$/m);
      }),
      { numRuns: 300 },
    );
  });

  it('is the same bytes for the same document', () => {
    fc.assert(fc.property(docArb, (value) => latexProse(value) === latexProse(structuredClone(value))));
  });
});

describe('hrefTarget', () => {
  it('keeps a URL as typed where TeX allows, escaped where hyperref needs it', () => {
    expect(hrefTarget('https://example.org/a_b(c)?x=1&y=%20#frag')).toBe('https://example.org/a\\_b(c)?x=1\\&y=\\%20\\#frag');
    expect(hrefTarget('https://example.org/~me/$x')).toBe('https://example.org/\\string~me/\\string$x');
  });

  it('percent-encodes what a URL may not hold as typed, as a browser sends it', () => {
    expect(hrefTarget('https://example.org/a b{c}\\d^e`f|g<h>"i')).toBe(
      'https://example.org/a\\%20b\\%7Bc\\%7D\\%5Cd\\%5Ee\\%60f\\%7Cg\\%3Ch\\%3E\\%22i',
    );
    expect(hrefTarget('https://example.org/é')).toBe('https://example.org/\\%C3\\%A9');
  });
});
