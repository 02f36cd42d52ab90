import { z } from 'zod';
import { idSchema, newId } from './ids';
import { emptyDoc, richTextSchema } from './richText';
import { lineSchema } from './text';
import { HOUR_MS, MINUTE_MS } from '../time/duration';

export const BEAT_KINDS = [
  'problem',
  'priorWork',
  'mainIdea',
  'method',
  'setup',
  'results',
  'errorAnalysis',
  'limitations',
  'futureWork',
  'impact',
  'custom',
] as const;
export type BeatKind = (typeof BEAT_KINDS)[number];

/** The default talk: beat kind, slide title and time budget (20 minutes in all). */
export const DEFAULT_BEATS: ReadonlyArray<{ kind: BeatKind; title: string; budgetMs: number }> = [
  { kind: 'problem', title: 'Problem and motivation', budgetMs: 120_000 },
  { kind: 'priorWork', title: 'Prior work and the gap', budgetMs: 120_000 },
  { kind: 'mainIdea', title: 'Main idea', budgetMs: 120_000 },
  { kind: 'method', title: 'Method', budgetMs: 180_000 },
  { kind: 'setup', title: 'Experimental setup', budgetMs: 120_000 },
  { kind: 'results', title: 'Results and ablations', budgetMs: 180_000 },
  { kind: 'errorAnalysis', title: 'Error analysis', budgetMs: 90_000 },
  { kind: 'limitations', title: 'Limitations', budgetMs: 90_000 },
  { kind: 'futureWork', title: 'Future work', budgetMs: 90_000 },
  { kind: 'impact', title: 'Broader and product impact', budgetMs: 90_000 },
];

export const MAX_BEAT_MS = 4 * HOUR_MS;
export const MIN_TALK_MS = MINUTE_MS;
export const MAX_TALK_MS = 240 * MINUTE_MS;
/** Most beats a talk may hold: one a slide for a long deck (imported decks reach 200 slides). */
export const MAX_BEATS = 200;
/** Most bullets a slide may hold. */
export const MAX_BULLETS = 30;

export const beatSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(BEAT_KINDS),
  title: lineSchema,
  bullets: z.array(lineSchema).max(MAX_BULLETS),
  notes: richTextSchema,
  budgetMs: z.number().int().min(0).max(MAX_BEAT_MS),
});
export type Beat = z.infer<typeof beatSchema>;

export const outlineSchema = z.strictObject({
  /** How long the talk is meant to last. */
  talkMs: z.number().int().min(MIN_TALK_MS).max(MAX_TALK_MS),
  beats: z.array(beatSchema).max(MAX_BEATS),
});
export type Outline = z.infer<typeof outlineSchema>;

/** A new custom beat. */
export function newBeat(title = '', budgetMs = MINUTE_MS): Beat {
  return { id: newId(), kind: 'custom', title, bullets: [], notes: emptyDoc(), budgetMs };
}

/** The outline of a new story: the default beats of a 20-minute research talk. */
export function defaultOutline(): Outline {
  return {
    talkMs: 20 * MINUTE_MS,
    beats: DEFAULT_BEATS.map((beat) => ({ ...newBeat(beat.title, beat.budgetMs), kind: beat.kind })),
  };
}
