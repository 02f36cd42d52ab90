/*
 * One story that holds many LaTeX-hostile strings at once, in every place the Beamer export writes
 * user text (story title, beat titles, bullets, notes with each mark, links and lists), so that a
 * single pdflatex run checks them all. Built from a fixed seed: the same deck every run.
 */
import fc from 'fast-check';
import { newBeat, type Beat } from '../../../../shared/model/outline';
import type { RichText, RichTextMark, RichTextNode } from '../../../../shared/model/richText';
import { newStory, type Story } from '../../../../shared/model/story';
import { lineArb, storyArb } from '../../arbitraries/storyArbitrary';

/** Strings that mean something to TeX, LaTeX, Beamer or the T1 fonts, or that LaTeX cannot print. */
export const LATEX_HOSTILE = [
  '\\end{frame}',
  '}',
  '{{ }}',
  '%',
  '%comment to the end',
  '\\\\',
  '\\\\[2pt]',
  '~',
  '^^',
  '^^M ^^J ^^@',
  '$x$',
  '--',
  '---',
  "`quote'",
  "''double'' ``double``",
  '"straight"',
  '\\note{x}',
  '\\note[item]{y}',
  '#1',
  '\\\\newpage',
  '\\newpage',
  '& &',
  '_under_',
  '?` !`',
  '<< >> |',
  ',,low',
  '[opt] item',
  '\\item[x] label',
  '\\verb|x|',
  '\\begin{itemize}',
  '\\def\\x{y}\\x',
  '\\iffalse',
  '\\csname relax\\endcsname',
  'a    spaced    out',
  'tab\there',
  'nul\u0000bel\u0007del\u007fc1\u0085',
  'zero\u200Bwidth\u200Djoiner',
  'no\u00A0break',
  'é ß ü ñ ø “quoted” ‘single’ – — € £ × ©',
  '漢字 😀 ≤ α → \u{1D538}',
  'office affluent ﬁ',
  'https://example.org/a/very/long/path/that/keeps/going/and/going',
  'x'.repeat(70),
];

/** A link target with every character \href needs escaped or encoded. */
export const HOSTILE_HREF = 'https://example.org/a_b(c)?x=1&y=%20#frag~$';

const MARKS: RichTextMark[][] = [
  [],
  [{ type: 'bold' }],
  [{ type: 'italic' }],
  [{ type: 'code' }],
  [{ type: 'link', attrs: { href: HOSTILE_HREF } }],
  [{ type: 'bold' }, { type: 'italic' }],
];

const textNode = (text: string, i: number): RichTextNode => ({ type: 'text', text, marks: MARKS[i % MARKS.length] });

/** Six strings as notes: a paragraph with a line break, a bullet list and a numbered list, each string with other marks. */
function notesOf(strings: readonly string[]): RichText {
  const nodes = strings.map(textNode);
  const items = (from: number, to: number): RichTextNode[] =>
    nodes.slice(from, to).map((node) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [node] }] }));
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [...nodes.slice(0, 1), { type: 'hardBreak' }, ...nodes.slice(1, 2)] },
      { type: 'bulletList', content: items(2, 4) },
      { type: 'orderedList', attrs: { start: 3 }, content: items(4, 6) },
    ],
  };
}

const STRINGS_PER_BEAT = 13;

/** The hostile deck's story: our strings and generated lines in beats, then the beats of generated stories. */
export function hostileStory(): Story {
  const generated = fc.sample(lineArb, { numRuns: 30, seed: 20261206 });
  const strings = [...LATEX_HOSTILE, ...generated];
  const beats: Beat[] = [];
  for (let i = 0; i < strings.length; i += STRINGS_PER_BEAT) {
    const [title = '', ...rest] = strings.slice(i, i + STRINGS_PER_BEAT);
    beats.push({ ...newBeat(title), bullets: rest.slice(0, 6), notes: notesOf(rest.slice(6)) });
  }
  const stories = fc.sample(storyArb, { numRuns: 2, seed: 7 });
  return {
    ...newStory('Hostile: \\end{document} {{ }} 100% € 😀 漢', 0),
    event: { kind: 'thesisDefense', date: '2026-12-24' },
    outline: { talkMs: 20 * 60_000, beats: [...beats, ...stories.flatMap((story) => story.outline.beats)] },
  };
}
