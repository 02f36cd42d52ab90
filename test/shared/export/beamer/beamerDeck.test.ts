import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beamerDeck } from '../../../../shared/export/beamer/beamerDeck';
import { sampleStory } from '../../../../shared/content/sample/sampleStory';
import { newBeat } from '../../../../shared/model/outline';
import { docFromText, emptyDoc } from '../../../../shared/model/richText';
import { newStory, type Story } from '../../../../shared/model/story';
import { storyArb } from '../../arbitraries/storyArbitrary';

function storyWith(beats: Story['outline']['beats'], title = 'My talk'): Story {
  const story = newStory(title, 0);
  return { ...story, outline: { ...story.outline, beats } };
}

const frames = (tex: string) => tex.match(/^\\begin\{frame\}/gm) ?? [];

describe('beamerDeck', () => {
  it('is a complete document: preamble, title frame, one frame a beat, end', () => {
    const story = sampleStory(Date.UTC(2026, 0, 5));
    const tex = beamerDeck(story, { includeNotes: true });
    expect(tex.startsWith('% A talk outline exported from Viva')).toBe(true);
    expect(tex).toContain('\\documentclass{beamer}');
    expect(tex).toContain('\\usepackage[T1]{fontenc}');
    expect(tex).toContain('\\title{Sample: hybrid drafting for code completion}');
    expect(tex).toMatch(/\\subtitle\{Research interview loop, \d{4}-\d{2}-\d{2}\}/);
    expect(tex).toContain('\\date{}');
    expect(tex).toContain('\\begin{frame}\n\\titlepage\n\\end{frame}');
    expect(frames(tex)).toHaveLength(story.outline.beats.length + 1);
    expect(tex.endsWith('\\end{document}\n')).toBe(true);
    expect(tex).not.toContain('[fragile]');
  });

  it('names the event without a date when none is set', () => {
    const story = { ...storyWith([]), event: { kind: 'jobTalk' as const, date: null } };
    expect(beamerDeck(story, { includeNotes: false })).toContain('\\subtitle{Job talk}');
  });

  it('writes a beat title as \\frametitle, and "(untitled)" for a blank one', () => {
    const tex = beamerDeck(storyWith([newBeat('Results: 95% & more'), newBeat('   '), newBeat('\u200B')]), {
      includeNotes: false,
    });
    expect(tex).toContain('\\frametitle{Results: 95\\% \\& more}');
    expect(tex.match(/\\frametitle\{\(untitled\)\}/g)).toHaveLength(2);
  });

  it('writes non-blank bullets as an itemize, and no itemize at all without them', () => {
    const withBullets = { ...newBeat('A'), bullets: ['one', '  ', '', '\u200B', 'two'] };
    const without = { ...newBeat('B'), bullets: ['', ' \t '] };
    const tex = beamerDeck(storyWith([withBullets, without]), { includeNotes: false });
    expect(tex).toContain('\\begin{itemize}\n\\item one\n\\item two\n\\end{itemize}');
    expect(tex.match(/\\begin\{itemize\}/g)).toHaveLength(1);
    expect(tex).not.toMatch(/\\item\s*\n/);
  });

  it('writes notes as \\note only with includeNotes, and says how to show them', () => {
    const beat = { ...newBeat('A'), notes: docFromText('Say **this** slowly.') };
    const withNotes = beamerDeck(storyWith([beat, newBeat('No notes')]), { includeNotes: true });
    expect(withNotes).toContain('Say **this** slowly.\n}');
    expect(withNotes.match(/\\note\{/g)).toHaveLength(1);
    expect(withNotes).toContain('% \\setbeameroption{show notes on second screen=right}');
    expect(withNotes).toContain('pdfpc --notes=right');
    const withoutNotes = beamerDeck(storyWith([beat]), { includeNotes: false });
    expect(withoutNotes).not.toContain('\\note');
    expect(withoutNotes).not.toContain('Say');
    expect(withoutNotes).toContain('exported without speaker notes');
  });

  it('declares a stand-in for each distinct character beyond ASCII, in code point order', () => {
    const beat = { ...newBeat('Café 😀'), bullets: ['漢 é 😀'] };
    const tex = beamerDeck(storyWith([beat], 'Ünïcode'), { includeNotes: false });
    const fallbacks = tex.match(/^\\vivaFallback\{.+\}\{[0-9A-F]+\}$/gmu);
    expect(fallbacks).toEqual([
      '\\vivaFallback{Ü}{00DC}',
      '\\vivaFallback{é}{00E9}',
      '\\vivaFallback{ï}{00EF}',
      '\\vivaFallback{漢}{6F22}',
      '\\vivaFallback{😀}{1F600}',
    ]);
    expect(tex.indexOf('\\vivaFallback{Ü}')).toBeLessThan(tex.indexOf('\\begin{document}'));
    expect(beamerDeck(storyWith([newBeat('ascii')]), { includeNotes: false })).not.toMatch(/^\\vivaFallback\{/m);
  });

  it('shrinks a full slide or notes page, and splits a slide too full for the smallest size', () => {
    const fewBullets = { ...newBeat('Few'), bullets: ['short', 'short'] };
    const manyBullets = { ...newBeat('Many'), bullets: Array.from({ length: 16 }, (_, i) => `Bullet ${i} with a little text`) };
    const tooMany = {
      ...newBeat('Too many'),
      bullets: Array.from({ length: 30 }, () => 'A bullet long enough to wrap onto a second line of the slide'),
    };
    const longNotes = {
      ...newBeat('Notes'),
      notes: docFromText(Array.from({ length: 12 }, () => 'A sentence of notes. '.repeat(6)).join('\n\n')),
    };
    const tex = beamerDeck(storyWith([fewBullets, manyBullets, tooMany, longNotes]), { includeNotes: true });
    const [, , few, many, split, notes] = tex.split(/^\\begin\{frame\}/m);
    expect(few).toContain('}\n\\begin{itemize}');
    expect(many).toMatch(/\n\\(small|footnotesize|scriptsize)\n\\begin\{itemize\}/);
    expect(split!.startsWith('[allowframebreaks]')).toBe(true);
    expect(notes).toMatch(/\\note\{\\(footnotesize|scriptsize|tiny)\n/);
  });

  it('is the same bytes for the same story', () => {
    expect(beamerDeck(sampleStory(0), { includeNotes: true })).toBe(beamerDeck(sampleStory(0), { includeNotes: true }));
    fc.assert(
      fc.property(storyArb, fc.boolean(), (story, includeNotes) => {
        expect(beamerDeck(story, { includeNotes })).toBe(beamerDeck(structuredClone(story), { includeNotes }));
      }),
      { numRuns: 50 },
    );
  });

  it('has no empty notes: a beat whose notes are blank gets no \\note', () => {
    const tex = beamerDeck(
      storyWith([
        { ...newBeat('A'), notes: emptyDoc() },
        { ...newBeat('B'), notes: docFromText('  \n\n ') },
      ]),
      {
        includeNotes: true,
      },
    );
    expect(tex).not.toContain('\\note{');
  });
});
