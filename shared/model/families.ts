import { z } from 'zod';
import { idSchema, newId } from './ids';
import { ownValue } from './ownValue';
import { lineSchema, textSchema } from './text';

/** The ordinal scale of a family on an axis: 1 (weak) to 5 (strong); null when not yet rated. */
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;
export const RATING_LABELS: Record<(typeof RATING_VALUES)[number], string> = {
  1: 'Poor',
  2: 'Weak',
  3: 'Fair',
  4: 'Good',
  5: 'Excellent',
};

export const axisSchema = z.strictObject({ id: idSchema, name: lineSchema });
export type Axis = z.infer<typeof axisSchema>;

export const ratingSchema = z.strictObject({
  score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).nullable(),
  note: textSchema,
});
export type Rating = z.infer<typeof ratingSchema>;

export const winsWhenSchema = z.strictObject({ id: idSchema, text: textSchema });
export type WinsWhen = z.infer<typeof winsWhenSchema>;

export const familySchema = z.strictObject({
  id: idSchema,
  name: lineSchema,
  idea: textSchema,
  methods: textSchema,
  solves: textSchema,
  whyWorks: textSchema,
  failsWhere: textSchema,
  assumes: textSchema,
  experience: textSchema,
  ratings: z.record(idSchema, ratingSchema),
  winsWhen: z.array(winsWhenSchema).max(50),
});
export type Family = z.infer<typeof familySchema>;

export const familiesSectionSchema = z.strictObject({
  axes: z.array(axisSchema).max(30),
  items: z.array(familySchema).max(50),
});
export type FamiliesSection = z.infer<typeof familiesSectionSchema>;

export const DEFAULT_AXIS_NAMES = [
  'Quality',
  'Sample efficiency',
  'Compute efficiency',
  'Latency',
  'Robustness',
  'Deployability',
] as const;

/** A new, empty method family. */
export function newFamily(name = ''): Family {
  return {
    id: newId(),
    name,
    idea: '',
    methods: '',
    solves: '',
    whyWorks: '',
    failsWhere: '',
    assumes: '',
    experience: '',
    ratings: {},
    winsWhen: [],
  };
}

/** The rating of a family on an axis, unrated when none is stored. */
export function ratingOf(family: Family, axisId: string): Rating {
  return ownValue(family.ratings, axisId) ?? { score: null, note: '' };
}

/** The families section of a new story: the default axes and no families. */
export function emptyFamilies(): FamiliesSection {
  return { axes: DEFAULT_AXIS_NAMES.map((name) => ({ id: newId(), name })), items: [] };
}
