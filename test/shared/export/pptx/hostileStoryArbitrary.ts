/*
 * Stories whose text is hostile to XML and to the zip-and-XML route into PowerPoint: markup
 * characters, "]]>", entity look-alikes, control characters XML forbids, lone surrogates,
 * noncharacters, tabs, carriage returns and emoji, on top of storyArb's markdown-hostile text.
 */
import fc from 'fast-check';
import { newBeat } from '../../../../shared/model/outline';
import type { RichText, RichTextNode } from '../../../../shared/model/richText';
import type { Story } from '../../../../shared/model/story';
import { docArb, lineArb, storyArb } from '../../arbitraries/storyArbitrary';

export const XML_HOSTILE = [
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;',
  '&#65;',
  ']]>',
  '<![CDATA[',
  '<a:t>',
  '</a:t>',
  '"',
  "'",
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u001F',
  '\t',
  '\r',
  '\uD800',
  '\uDFFF',
  '\uDBFF',
  '\uFFFE',
  '\uFFFF',
  '\uFFFD',
  '😀',
  '👩‍🔬',
  '\u2028',
  'ü',
  'ß',
  'Ω',
] as const;

/** A one-line text rich in XML-hostile characters (no newline: one-line fields cannot hold one). */
export const hostileLineArb = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...XML_HOSTILE) }, { weight: 1, arbitrary: lineArb }), { maxLength: 8 })
  .map((parts) => parts.join('').replace(/\n/g, ' '));

const HOSTILE_HREF = 'https://example.org/search?q=<a&b>&x="1"';

/** Appends hostile text to every text node, and points some links at an address full of markup. */
function sprinkle(doc: RichText, extras: readonly string[]): RichText {
  let k = 0;
  const visit = (node: RichTextNode): RichTextNode => {
    if (node.type !== 'text') return node.content ? { ...node, content: node.content.map(visit) } : node;
    const extra = extras[k++ % extras.length] ?? '';
    const marks = node.marks?.map((mark) =>
      mark.type === 'link' && k % 2 === 0 ? { ...mark, attrs: { ...mark.attrs, href: HOSTILE_HREF } } : mark,
    );
    return {
      ...node,
      text: k % 3 === 0 ? `${extra}${node.text ?? ''}` : `${node.text ?? ''}${extra}`,
      ...(marks ? { marks } : {}),
    };
  };
  return { type: 'doc', content: doc.content.map(visit) };
}

const hostileDocArb = fc
  .tuple(docArb, fc.array(hostileLineArb, { minLength: 1, maxLength: 4 }))
  .map(([doc, extras]) => sprinkle(doc, extras));

const hostileBeatArb = fc.record({
  title: hostileLineArb,
  bullets: fc.array(fc.oneof(hostileLineArb, fc.constantFrom('', '   ', '\t', '\u0001')), { maxLength: 5 }),
  notes: hostileDocArb,
});

/** A story with XML-hostile text in its title and in every beat's title, bullets and notes. */
export const hostileStoryArb: fc.Arbitrary<Story> = fc
  .tuple(storyArb, hostileLineArb, fc.array(hostileBeatArb, { maxLength: 5 }))
  .map(([story, title, beats]) => ({
    ...story,
    title: title.trim() === '' ? `t${title}` : title.slice(0, 200),
    outline: {
      ...story.outline,
      beats: [
        ...story.outline.beats,
        ...beats.map((beat) => ({ ...newBeat(beat.title), bullets: beat.bullets, notes: beat.notes })),
      ],
    },
  }));
