/*
 * The Beamer export through the real tools: pdflatex compiles the file, and pdftotext reads the
 * PDF back. Text is compared with all whitespace removed (line breaks, the deck's own break points
 * and TeX's spacing are not the user's text) and with the ligature characters U+FB00–FB06 spelled
 * out (pdftotext may return "ﬁ" for the fonts' fi). A character pdflatex cannot print is expected
 * as "[U+XXXX]" exactly when LaTeX's log says the deck's fallback printed it so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { beamerDeck } from '../../../../shared/export/beamer/beamerDeck';
import { printableText } from '../../../../shared/export/beamer/printableText';
import { sampleStory } from '../../../../shared/content/sample/sampleStory';
import { plainText, type RichTextNode } from '../../../../shared/model/richText';
import type { Story } from '../../../../shared/model/story';
import { compileLatex, removeCompiled, requireLatexTools, type CompiledDeck } from './compileLatex';
import { HOSTILE_HREF, hostileStory } from './hostileStory';

const SECOND_SCREEN = '% \\setbeameroption{show notes on second screen=right}';

/** The deck with its notes shown: the line its comment says to uncomment, or notes pages after each slide. */
function withNotesShown(tex: string, option: 'second screen' | 'pages'): string {
  expect(tex).toContain(SECOND_SCREEN);
  const line = option === 'second screen' ? SECOND_SCREEN.slice(2) : '\\setbeameroption{show notes}';
  return tex.replace(SECOND_SCREEN, line);
}

const LIGATURES: Readonly<Record<string, string>> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

function comparable(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (char) => LIGATURES[char] ?? char).replace(/[\s\u00A0]+/g, '');
}

/** Code points the log says were printed as [U+XXXX]. */
function fallbacksOf(log: string): Set<number> {
  return new Set([...log.matchAll(/Viva: U\+([0-9A-F]+) is printed as/g)].map((match) => parseInt(match[1]!, 16)));
}

/** What the PDF should show for a string the user typed. */
function expectedText(typed: string, fallbacks: ReadonlySet<number>): string {
  const printed = Array.from(printableText(typed), (char) => {
    const code = char.codePointAt(0)!;
    return fallbacks.has(code) ? `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]` : char;
  }).join('');
  return comparable(printed);
}

function textNodes(nodes: readonly RichTextNode[]): string[] {
  return nodes.flatMap((node) => [...(node.type === 'text' ? [node.text ?? ''] : []), ...textNodes(node.content ?? [])]);
}

/** Every piece of user text the deck prints: titles, bullets and each text of the notes. */
function typedTexts(story: Story): string[] {
  return [
    story.title,
    ...story.outline.beats.flatMap((beat) => [beat.title, ...beat.bullets, ...textNodes(beat.notes.content)]),
  ].filter((text) => printableText(text).trim() !== '');
}

function missingFrom(deck: CompiledDeck, texts: readonly string[]): string[] {
  const fallbacks = fallbacksOf(deck.log);
  const pdf = comparable(deck.text);
  return texts.filter((text) => !pdf.includes(expectedText(text, fallbacks)));
}

describe('Beamer export through pdflatex', () => {
  beforeAll(() => requireLatexTools());

  it('compiles the sample story, with every beat title, bullet and note line in the PDF', () => {
    const story = sampleStory(Date.UTC(2026, 0, 5));
    const deck = compileLatex(withNotesShown(beamerDeck(story, { includeNotes: true }), 'second screen'));
    const lines = [
      story.title,
      ...story.outline.beats.flatMap((beat) => [beat.title, ...beat.bullets, ...plainText(beat.notes).split('\n')]),
    ];
    expect(missingFrom(deck, lines)).toEqual([]);
    // One page a beat plus the title page, each with its notes beside it.
    expect(deck.pages).toBe(story.outline.beats.length + 1);
    expect(deck.fontTypes.length).toBeGreaterThan(0);
    expect(
      deck.fontTypes.filter((type) => type === 'Type 3'),
      'bitmap fonts, made by METAFONT at compile time',
    ).toEqual([]);
    removeCompiled(deck);
  }, 30_000);

  it("prints every hostile string as typed, and pdflatex's unprintable characters as [U+…]", () => {
    const story = hostileStory();
    const deck = compileLatex(withNotesShown(beamerDeck(story, { includeNotes: true }), 'pages'));
    const texts = typedTexts(story);
    expect(texts.length).toBeGreaterThan(60);
    expect(missingFrom(deck, texts)).toEqual([]);
    const fallbacks = fallbacksOf(deck.log);
    expect([...'漢😀≤α\u{1D538}'].map((char) => fallbacks.has(char.codePointAt(0)!))).toEqual([true, true, true, true, true]);
    expect([...'éß“–€×'].map((char) => fallbacks.has(char.codePointAt(0)!))).toEqual([false, false, false, false, false, false]);
    expect(deck.urls).toContain(HOSTILE_HREF);
    expect(deck.fontTypes.filter((type) => type === 'Type 3')).toEqual([]);
    removeCompiled(deck);
  }, 30_000);

  it('prints no notes without includeNotes, even with notes shown', () => {
    const story = hostileStory();
    const tex = beamerDeck(story, { includeNotes: false });
    const deck = compileLatex(tex.replace('\\begin{document}', '\\setbeameroption{show notes}\n\\begin{document}'));
    const notesOnly = story.outline.beats.flatMap((beat) => textNodes(beat.notes.content));
    const pdf = comparable(deck.text);
    const fallbacks = fallbacksOf(deck.log);
    const slideTexts = typedTexts({
      ...story,
      outline: { ...story.outline, beats: story.outline.beats.map((beat) => ({ ...beat, notes: { type: 'doc', content: [] } })) },
    });
    // Notes text long enough to be unmistakable, and not also on a slide.
    const unique = notesOnly.filter(
      (text) => expectedText(text, fallbacks).length > 12 && !slideTexts.some((slide) => slide.includes(text)),
    );
    expect(unique.length).toBeGreaterThan(5);
    expect(unique.filter((text) => pdf.includes(expectedText(text, fallbacks)))).toEqual([]);
    removeCompiled(deck);
  }, 30_000);
});
