/*
 * The talk outline as a LaTeX Beamer document: a title frame, then one frame per beat with its
 * title and bullets, and (when asked) the beat's notes as the frame's \note. Every piece of user
 * text goes through escapeLatex or latexProse; the same story always gives the same bytes.
 */
import { EVENT_KIND_LABELS } from '../../model/event';
import type { Beat } from '../../model/outline';
import { plainText } from '../../model/richText';
import type { Story } from '../../model/story';
import type { ExportOptions } from '../formats/exportFormat';
import { beamerPreamble } from './beamerPreamble';
import { escapeLatex } from './escapeLatex';
import { fittingSize } from './fittingSize';
import { latexProse } from './latexProse';
import { printableText } from './printableText';
import { unicodeFallbacks } from './unicodeFallbacks';

const UNTITLED = '(untitled)';

/** A title as LaTeX, or "(untitled)" when nothing printable is left of it. */
function titleText(title: string): string {
  const latex = escapeLatex(title.trim());
  return latex.trim() === '' ? UNTITLED : latex;
}

/** The slide's visible bullets: blank ones (spaces, invisible characters) are left out. */
function visibleBullets(beat: Beat): string[] {
  return beat.bullets.map((bullet) => printableText(bullet).trim()).filter((bullet) => bullet !== '');
}

function bulletList(bullets: readonly string[], sizeCommand: string): string[] {
  if (bullets.length === 0) return [];
  return [`${sizeCommand}\\begin{itemize}`, ...bullets.map((bullet) => `\\item ${escapeLatex(bullet)}`), '\\end{itemize}'];
}

function note(beat: Beat): string[] {
  const notes = latexProse(beat.notes);
  if (notes === '') return [];
  const size = fittingSize(
    'note',
    plainText(beat.notes)
      .split('\n')
      .map((line) => line.length),
  );
  return [`\\note{${size.command}${notes}`, '}'];
}

/** The frame title's font is about 1.6 times the bullets', so it takes that much more room. */
const TITLE_SCALE = 1.6;

function frame(beat: Beat, options: ExportOptions): string {
  const bullets = visibleBullets(beat);
  const size = fittingSize('slide', [Math.ceil(beat.title.length * TITLE_SCALE), ...bullets.map((bullet) => bullet.length)]);
  // A slide too full even in the smallest size is split over several pages, at the normal size.
  const begin = size.fits ? '\\begin{frame}' : '\\begin{frame}[allowframebreaks]';
  return [
    begin,
    `\\frametitle{${titleText(beat.title)}}`,
    ...bulletList(bullets, size.fits ? size.command : ''),
    ...(options.includeNotes ? note(beat) : []),
    '\\end{frame}',
  ].join('\n');
}

function titles(story: Story): string[] {
  const event = `${EVENT_KIND_LABELS[story.event.kind]}${story.event.date ? `, ${story.event.date}` : ''}`;
  // An empty \date, not \today: the deck says when the talk is, not when the PDF was made.
  return [`\\title{${titleText(story.title)}}`, `\\subtitle{${escapeLatex(event)}}`, '\\date{}'];
}

/** The talk outline as a complete LaTeX Beamer document. */
export function beamerDeck(story: Story, options: ExportOptions): string {
  const heading = titles(story);
  const body = [
    '\\begin{document}',
    '\\begin{frame}\n\\titlepage\n\\end{frame}',
    ...story.outline.beats.map((beat) => frame(beat, options)),
    '\\end{document}',
  ].join('\n\n');
  const fallbacks = unicodeFallbacks(`${heading.join('\n')}\n${body}`);
  return `${beamerPreamble(options.includeNotes, heading, fallbacks)}\n\n${body}\n`;
}
