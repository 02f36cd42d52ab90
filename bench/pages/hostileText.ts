/*
 * Two stories of the same shape holding 1 MB of text each: one of plain words, one of the runs
 * that made the review's regular expressions retry from every character (dots, opening quotes,
 * spaces, apostrophes, abbreviations). The review on the second should cost about the same.
 */
import { newFamily } from '../../shared/model/families';
import { MAX_TEXT_NODE, type RichText } from '../../shared/model/richText';
import { newStory, type Story } from '../../shared/model/story';
import { heavyText } from './heavyText';

/** One megabyte, in characters (the text is ASCII or close to it). */
export const HOSTILE_TEXT_LENGTH = 1_000_000;
const RUN = 2_000;
const HOSTILE_UNITS = ['.', '“', ' ', '‘ ', '"', "'", 'e.g. ', 'A. ', '…', '(', '. '];

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** `length` characters of runs of hostile characters, each run 2,000 long, with a word between runs. */
function hostileText(length: number, offset: number): string {
  const runs: string[] = [];
  for (let i = 0; runs.length * (RUN + 6) < length; i++)
    runs.push(`${repeatTo(HOSTILE_UNITS[(i + offset) % HOSTILE_UNITS.length]!, RUN)} word `);
  return runs.join('').slice(0, length);
}

function plainText(length: number, seed: number): string {
  return repeatTo(`${heavyText(400, seed)} `, length);
}

/** A document of paragraphs as long as a text node may be. */
function longDoc(text: string): RichText {
  const content = [];
  for (let at = 0; at < text.length; at += MAX_TEXT_NODE) {
    content.push({ type: 'paragraph', content: [{ type: 'text', text: text.slice(at, at + MAX_TEXT_NODE) }] });
  }
  return { type: 'doc', content };
}

/** The story: 10 families of 7 fields of 10,000 characters, and a 300,000-character core task. */
export function textStory(kind: 'hostile' | 'plain', now: number): Story {
  let seed = 0;
  const text = (length: number) => (kind === 'hostile' ? hostileText(length, seed++) : plainText(length, seed++));
  const story = newStory(`${kind} text`, now);
  const field = 10_000;
  return {
    ...story,
    fieldMap: { ...story.fieldMap, coreTask: longDoc(text(300_000)) },
    families: {
      ...story.families,
      items: Array.from({ length: 10 }, (_, i) => ({
        ...newFamily(`Family ${i + 1}`),
        idea: text(field),
        methods: text(field),
        solves: text(field),
        whyWorks: text(field),
        failsWhere: text(field),
        assumes: text(field),
        experience: text(field),
      })),
    },
  };
}
