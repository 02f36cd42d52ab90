import { z } from 'zod';
import { idSchema, newId } from './ids';
import { emptyDoc, richTextSchema } from './richText';
import { lineSchema } from './text';

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

/** The default talk: beat kind, slide title and time budget in seconds (20 minutes in all). */
export const DEFAULT_BEATS: ReadonlyArray<{ kind: BeatKind; title: string; budgetSeconds: number }> = [
  { kind: 'problem', title: 'Problem and motivation', budgetSeconds: 120 },
  { kind: 'priorWork', title: 'Prior work and the gap', budgetSeconds: 120 },
  { kind: 'mainIdea', title: 'Main idea', budgetSeconds: 120 },
  { kind: 'method', title: 'Method', budgetSeconds: 180 },
  { kind: 'setup', title: 'Experimental setup', budgetSeconds: 120 },
  { kind: 'results', title: 'Results and ablations', budgetSeconds: 180 },
  { kind: 'errorAnalysis', title: 'Error analysis', budgetSeconds: 90 },
  { kind: 'limitations', title: 'Limitations', budgetSeconds: 90 },
  { kind: 'futureWork', title: 'Future work', budgetSeconds: 90 },
  { kind: 'impact', title: 'Broader and product impact', budgetSeconds: 90 },
];

export const MAX_BEAT_SECONDS = 4 * 60 * 60;
export const MIN_TALK_MINUTES = 1;
export const MAX_TALK_MINUTES = 240;
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
  budgetSeconds: z.number().int().min(0).max(MAX_BEAT_SECONDS),
});
export type Beat = z.infer<typeof beatSchema>;

export const outlineSchema = z.strictObject({
  talkMinutes: z.number().int().min(MIN_TALK_MINUTES).max(MAX_TALK_MINUTES),
  beats: z.array(beatSchema).max(MAX_BEATS),
});
export type Outline = z.infer<typeof outlineSchema>;

/** A new custom beat. */
export function newBeat(title = '', budgetSeconds = 60): Beat {
  return { id: newId(), kind: 'custom', title, bullets: [], notes: emptyDoc(), budgetSeconds };
}

/** The outline of a new story: the default beats of a 20-minute research talk. */
export function defaultOutline(): Outline {
  return {
    talkMinutes: 20,
    beats: DEFAULT_BEATS.map((beat) => ({ ...newBeat(beat.title, beat.budgetSeconds), kind: beat.kind })),
  };
}
