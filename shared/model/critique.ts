/*
 * A paper critique: someone else's paper read the way a panel reads it in a paper-discussion
 * round. The paper, its claims one line each, the seven rigor lenses applied to it, its strongest
 * and weakest points, the experiment to ask the authors for, and a verdict with the condition
 * that would change it. Stored beside stories (table `critiques`), never inside one.
 */
import { z } from 'zod';
import { idSchema, newId } from './ids';
import { emptyDoc, richTextSchema } from './richText';
import { dismissalSchema } from './story';
import { lineSchema, textSchema } from './text';

/** The rigor lenses, in the order the editor shows them. */
export const RIGOR_LENSES = [
  'baselines',
  'metric',
  'ablations',
  'variance',
  'contamination',
  'computeMatch',
  'generality',
] as const;
export type RigorLens = (typeof RIGOR_LENSES)[number];

/** How a lens came out: not looked at yet, the paper holds up, or a point to attack. */
export const LENS_STANDINGS = ['notChecked', 'holds', 'attack'] as const;
export type LensStanding = (typeof LENS_STANDINGS)[number];

export const LENS_STANDING_LABELS: Record<LensStanding, string> = {
  notChecked: 'Not checked yet',
  holds: 'Holds up',
  attack: 'Attack',
};

export const VERDICT_CALLS = ['accept', 'weakAccept', 'borderline', 'weakReject', 'reject'] as const;
export type VerdictCall = (typeof VERDICT_CALLS)[number];

export const VERDICT_LABELS: Record<VerdictCall, string> = {
  accept: 'Accept',
  weakAccept: 'Lean accept',
  borderline: 'On the fence',
  weakReject: 'Lean reject',
  reject: 'Reject',
};

export const MAX_CRITIQUE_ITEMS = 100;

export const critiqueLineSchema = z.strictObject({ id: idSchema, text: lineSchema });
export type CritiqueLine = z.infer<typeof critiqueLineSchema>;

export const lensReadingSchema = z.strictObject({
  standing: z.enum(LENS_STANDINGS),
  /** What the paper does here and what you found, in your words. */
  finding: textSchema,
  /** For an attack: the experiment that would settle it. */
  experiment: lineSchema,
});
export type LensReading = z.infer<typeof lensReadingSchema>;

const lensesShape = Object.fromEntries(RIGOR_LENSES.map((lens) => [lens, lensReadingSchema])) as Record<
  RigorLens,
  typeof lensReadingSchema
>;

const timestamp = z.number().int().nonnegative();

export const critiqueSchema = z.strictObject({
  id: idSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  paper: z.strictObject({
    title: lineSchema,
    authors: lineSchema,
    venue: lineSchema,
    /** Kept as typed; shown as a link only when it is a safe web address (safeHref.ts). */
    link: lineSchema,
  }),
  /** The paper in your own words, as you would open the discussion. */
  summary: richTextSchema,
  claims: z.array(critiqueLineSchema).max(MAX_CRITIQUE_ITEMS),
  lenses: z.strictObject(lensesShape),
  strengths: z.array(critiqueLineSchema).max(MAX_CRITIQUE_ITEMS),
  weaknesses: z.array(critiqueLineSchema).max(MAX_CRITIQUE_ITEMS),
  /** The one experiment you would ask the authors to run. */
  askedExperiment: richTextSchema,
  /** Where you would take the work next. */
  extensions: z.array(critiqueLineSchema).max(MAX_CRITIQUE_ITEMS),
  verdict: z.strictObject({
    call: z.enum(VERDICT_CALLS).nullable(),
    reasoning: richTextSchema,
    /** What would make you change the call. */
    changeCondition: lineSchema,
  }),
  /** Review findings the user set aside, as `ruleId@path` with the reason (as in a story). */
  dismissed: z.array(dismissalSchema).max(500),
});
export type Critique = z.infer<typeof critiqueSchema>;

/** What the library lists and searches by: the paper's title, or a stand-in when it is blank. */
export function critiqueTitle(critique: Pick<Critique, 'paper'>): string {
  return critique.paper.title.trim() || 'Untitled paper';
}

export function newCritiqueLine(text = ''): CritiqueLine {
  return { id: newId(), text };
}

/** A new, empty critique of the paper titled `title`. */
export function newCritique(title: string, now: number): Critique {
  const lenses = Object.fromEntries(
    RIGOR_LENSES.map((lens) => [lens, { standing: 'notChecked', finding: '', experiment: '' }]),
  ) as Record<RigorLens, LensReading>;
  return {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    paper: { title, authors: '', venue: '', link: '' },
    summary: emptyDoc(),
    claims: [newCritiqueLine()],
    lenses,
    strengths: [newCritiqueLine()],
    weaknesses: [newCritiqueLine()],
    askedExperiment: emptyDoc(),
    extensions: [newCritiqueLine()],
    verdict: { call: null, reasoning: emptyDoc(), changeCondition: '' },
    dismissed: [],
  };
}
