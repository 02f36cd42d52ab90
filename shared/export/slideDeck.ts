/*
 * The talk outline as a slide deck: one slide per beat (title and bullets on the slide, the
 * beat's notes as speaker notes) in Marp (default), Slidev or reveal.js syntax, each with its own
 * notes syntax and front matter. User text that looks like deck syntax (`---`, `<!--`, `-->`,
 * `Note:`, `key: value`) is neutralised so it can never add, end or split a slide or a note.
 */
import { hasText } from '../model/richText';
import type { Beat } from '../model/outline';
import type { Story } from '../model/story';
import { formatDuration } from '../story/speakingTime';
import { escapeInline } from './escapeMarkdown';
import { bullet, heading, joinBlocks } from './markdownBlocks';
import { proseToMarkdown } from './proseMarkdown';

export const SLIDE_FLAVOURS = ['marp', 'slidev', 'reveal'] as const;
export type SlideFlavour = (typeof SLIDE_FLAVOURS)[number];

export const SLIDE_FLAVOUR_LABELS: Record<SlideFlavour, string> = { marp: 'Marp', slidev: 'Slidev', reveal: 'reveal.js' };

export interface DeckOptions {
  flavour: SlideFlavour;
  includeNotes: boolean;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML; line separators escaped for YAML 1.1 readers). */
function yamlString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Notes inside an HTML comment: nothing in them may close the comment or open another, and no
 * line may start with a run of backticks, which a deck tool's slide splitter takes for a code
 * fence (and then ignores the next slide separator).
 */
function inComment(notes: string): string {
  return (
    notes
      .replace(/--(!?)>/g, '--\u200B$1>')
      .replace(/<!--/g, '<\u200B!--')
      // [^\S\n]: spaces within the line; \s would run across blank lines from every line start (quadratic).
      .replace(/^([^\S\n]*)(`{3,}|~{3,})/gm, '$1 $2')
  );
}

/**
 * Marp reads a comment that parses as YAML directives (`paginate: true`) as settings, not notes.
 * Notes made only of "key: value" lines get a first line that is not YAML, so they stay notes.
 */
function guardDirectives(notes: string): string {
  const lines = notes.split('\n').filter((line) => line.trim() !== '');
  const looksLikeYaml = lines.length > 0 && lines.every((line) => /^\s*[^\s:][^:]*:(\s|$)/.test(line));
  return looksLikeYaml ? `Speaker notes\n${notes}` : notes;
}

/** reveal.js takes the first line starting "Note:" as the notes marker; others are written so they do not match. */
function withoutNotesMarker(markdown: string): string {
  return markdown.replace(
    /^([^\S\n]*)(n)(otes?[^\S\n]*:)/gim,
    (_m, space: string, n: string, rest: string) => `${space}&#${n.charCodeAt(0)};${rest}`,
  );
}

function slideBody(beat: Beat): string {
  return joinBlocks([
    heading(1, beat.title),
    beat.bullets
      .filter((b) => b.trim() !== '')
      .map((b) => bullet(b))
      .join('\n'),
  ]);
}

function slide(beat: Beat, options: DeckOptions): string {
  const notes = options.includeNotes && hasText(beat.notes) ? proseToMarkdown(beat.notes) : '';
  switch (options.flavour) {
    case 'marp':
    case 'slidev': {
      const safe = options.flavour === 'marp' ? guardDirectives(inComment(notes)) : inComment(notes);
      return joinBlocks([slideBody(beat), notes === '' ? '' : `<!--\n${safe}\n-->`]);
    }
    case 'reveal':
      return joinBlocks([
        `<!-- .slide: data-timing="${beat.budgetSeconds}" -->\n${withoutNotesMarker(slideBody(beat))}`,
        notes === '' ? '' : `Note:\n${withoutNotesMarker(notes)}`,
      ]);
  }
}

function frontMatter(story: Story, flavour: SlideFlavour): string {
  const title = `title: ${yamlString(story.title)}`;
  switch (flavour) {
    case 'marp':
      return ['---', 'marp: true', title, 'paginate: true', '---'].join('\n');
    case 'slidev':
      return ['---', title, `duration: ${story.outline.talkMinutes}min`, 'timer: countdown', '---'].join('\n');
    case 'reveal':
      // reveal.js reads no front matter: the talk's length lives in each slide's data-timing.
      return '';
  }
}

/** The talk outline as one slide deck in the chosen tool's markdown. */
export function slideDeck(story: Story, options: DeckOptions): string {
  const beats = story.outline.beats;
  const slides = beats.length > 0 ? beats.map((beat) => slide(beat, options)) : [heading(1, story.title)];
  return `${joinBlocks([frontMatter(story, options.flavour), slides.join('\n\n---\n\n')])}\n`;
}

/** The notes alone, beat by beat, as a script to read from. */
export function notesScript(story: Story): string {
  const total = story.outline.beats.reduce((sum, beat) => sum + beat.budgetSeconds, 0);
  const beats = story.outline.beats.map((beat, i) =>
    joinBlocks([
      heading(2, `${i + 1}. ${beat.title} (${formatDuration(beat.budgetSeconds)})`),
      hasText(beat.notes) ? proseToMarkdown(beat.notes) : '*No notes for this beat.*',
    ]),
  );
  return `${joinBlocks([heading(1, story.title), `*Speaker notes: ${escapeInline(`${beats.length} beats, ${Math.round(total / 60)} minutes in all`)}*`, ...beats])}\n`;
}
