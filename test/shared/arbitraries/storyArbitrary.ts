/*
 * fast-check generators of valid stories and rich-text documents, heavy on the characters and
 * line starts that mean something in markdown, YAML front matter, HTML comments and slide decks.
 */
import fc from 'fast-check';
import { newBet } from '../../../shared/model/bets';
import { newEvidenceItem } from '../../../shared/model/fieldMap';
import { newFamily } from '../../../shared/model/families';
import { newBeat } from '../../../shared/model/outline';
import type { RichText, RichTextMark, RichTextNode } from '../../../shared/model/richText';
import { newStory, type Story } from '../../../shared/model/story';

const TRICKY = [
  '-',
  '- ',
  '* ',
  '+',
  '+ ',
  '# ',
  '## ',
  '1. ',
  '1) ',
  '> ',
  '>',
  '|',
  '\\',
  '`',
  '```',
  '~~~',
  '*',
  '_',
  '**',
  '[',
  ']',
  '(',
  ')',
  '![',
  '<',
  '>',
  '&',
  '&amp;',
  '<!--',
  '-->',
  '---',
  '***',
  '___',
  '===',
  'Note:',
  'notes:',
  'key: value',
  'title: x',
  '<div>',
  '</script>',
  '$',
  '{',
  '}',
  ':',
  '"',
  "'",
  '~',
  '^',
  '    ',
  '\t',
  ' ',
  ' ',
  'a',
  'b',
  'word',
  'é',
  '漢',
  '😀',
  '\u00a0',
  'http://x.io',
  '<br>',
  '[x]',
  '[ ]',
  '1.',
  '2)',
  '=',
  '@',
  '%',
];

/** Text a user might type (no newlines), rich in markdown syntax. */
export const lineArb = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), {
    maxLength: 12,
  })
  .map((parts) => parts.join('').replace(/[\r\n\u2028\u2029]/g, ' '));

/** Multi-line text, as typed into a plain text area. */
export const textArb = fc.array(lineArb, { maxLength: 4 }).map((lines) => lines.join('\n'));

/** A line that is not blank (titles must hold something). */
export const titleArb = lineArb.map((line) => (line.trim() === '' ? `t${line}` : line)).map((s) => s.slice(0, 200));

const MARK_SETS: RichTextMark[][] = [
  [],
  [{ type: 'bold' }],
  [{ type: 'italic' }],
  [{ type: 'bold' }, { type: 'italic' }],
  [{ type: 'code' }],
  [{ type: 'link', attrs: { href: 'https://example.org/a_b(c)', target: null, rel: null, class: null, title: null } }],
  [
    { type: 'link', attrs: { href: 'mailto:me@example.org', target: null, rel: null, class: null, title: null } },
    { type: 'bold' },
  ],
];

const textNodeArb: fc.Arbitrary<RichTextNode> = fc
  .tuple(
    lineArb.filter((s) => s !== ''),
    fc.constantFrom(...MARK_SETS),
  )
  .map(([text, marks]) => (marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks }));

/** Paragraphs of the given text nodes, with hard breaks among them; some empty. */
export function paragraphArbOf(textNode: fc.Arbitrary<RichTextNode>, textWeight: number): fc.Arbitrary<RichTextNode> {
  return fc
    .array(
      fc.oneof(
        { weight: textWeight, arbitrary: textNode },
        { weight: 1, arbitrary: fc.constant<RichTextNode>({ type: 'hardBreak' }) },
      ),
      { maxLength: 4 },
    )
    .map((content) => (content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }));
}

/** One-level bullet or ordered lists of the given paragraphs. */
export function listArbOf(paragraph: fc.Arbitrary<RichTextNode>): fc.Arbitrary<RichTextNode> {
  return fc
    .tuple(fc.boolean(), fc.array(fc.array(paragraph, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }))
    .map(([isOrdered, items]) => ({
      type: isOrdered ? 'orderedList' : 'bulletList',
      ...(isOrdered ? { attrs: { start: 1, type: null } } : {}),
      content: items.map((paragraphs) => ({ type: 'listItem', content: paragraphs })),
    }));
}

export const paragraphArb: fc.Arbitrary<RichTextNode> = paragraphArbOf(textNodeArb, 5);

const listArb: fc.Arbitrary<RichTextNode> = listArbOf(paragraphArb);

/** A document the editor could hold: paragraphs and one-level lists. */
export const docArb: fc.Arbitrary<RichText> = fc
  .array(fc.oneof({ weight: 3, arbitrary: paragraphArb }, { weight: 1, arbitrary: listArb }), { minLength: 1, maxLength: 4 })
  .map((content) => ({ type: 'doc', content }));

const dateArb = fc.option(
  fc
    .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** A valid story with arbitrary user text in its sections. */
export const storyArb: fc.Arbitrary<Story> = fc
  .record({
    title: titleArb,
    broadField: lineArb,
    coreTask: docArb,
    families: fc.array(
      fc.record({ name: lineArb, idea: textArb, score: fc.constantFrom(null, 1, 3, 5), note: textArb, wins: lineArb }),
      { maxLength: 3 },
    ),
    axisNames: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
    bets: fc.array(fc.record({ statement: textArb, confidence: fc.option(fc.integer({ min: 0, max: 100 })), horizon: dateArb }), {
      maxLength: 3,
    }),
    statement: textArb,
    checklistTitle: lineArb,
    evidence: textArb,
    beats: fc.array(
      fc.record({
        title: lineArb,
        bullets: fc.array(lineArb, { maxLength: 3 }),
        notes: docArb,
        budget: fc.integer({ min: 0, max: 600 }).map((seconds) => seconds * 1000),
      }),
      { maxLength: 4 },
    ),
    assumptions: docArb,
  })
  .map((r) => {
    const story = newStory(r.title, Date.UTC(2026, 0, 1));
    const axes = r.axisNames.map((name, i) => ({ id: `axis-${i}`, name }));
    return {
      ...story,
      fieldMap: {
        ...story.fieldMap,
        broadField: r.broadField,
        coreTask: r.coreTask,
        evidence: [{ ...newEvidenceItem('failure'), done: r.evidence }],
      },
      families: {
        axes,
        items: r.families.map((f) => ({
          ...newFamily(f.name),
          idea: f.idea,
          ratings: { [axes[0]!.id]: { score: f.score as 1 | 3 | 5 | null, note: f.note } },
          winsWhen: [{ id: 'w1', text: f.wins }],
        })),
      },
      bets: r.bets.map((b) => ({ ...newBet(), statement: b.statement, confidence: b.confidence, horizon: b.horizon })),
      contribution: { ...story.contribution, statement: r.statement },
      checklist: {
        items: [{ ...story.checklist.items[0]!, title: r.checklistTitle, evidence: r.evidence, status: 'partly' as const }],
      },
      limitations: { ...story.limitations, assumptions: r.assumptions },
      outline: {
        talkMs: 20 * 60_000,
        beats: r.beats.map((b) => ({ ...newBeat(b.title, b.budget), bullets: b.bullets, notes: b.notes })),
      },
    };
  });
