import { z } from 'zod';
import { emptyDoc, richTextSchema } from './richText';
import { lineSchema, textSchema } from './text';

export const ALTITUDE_KEYS = ['intuition', 'formal', 'implementation', 'complexity'] as const;
export type AltitudeKey = (typeof ALTITUDE_KEYS)[number];

export const ALTITUDE_LABELS: Record<AltitudeKey, string> = {
  intuition: 'Intuition',
  formal: 'Formal statement',
  implementation: 'Implementation recipe',
  complexity: 'Complexity',
};

export const altitudeSchema = z.strictObject({
  text: richTextSchema,
  why: textSchema,
});
export type Altitude = z.infer<typeof altitudeSchema>;

export const contributionSchema = z.strictObject({
  statement: textSchema,
  myPart: textSchema,
  teamPart: textSchema,
  gap: textSchema,
  mainIdea: lineSchema,
  altitudes: z.strictObject({
    intuition: altitudeSchema,
    formal: altitudeSchema,
    implementation: altitudeSchema,
    complexity: altitudeSchema,
  }),
});
export type Contribution = z.infer<typeof contributionSchema>;

/** An empty contribution statement. */
export function emptyContribution(): Contribution {
  const altitude = (): Altitude => ({ text: emptyDoc(), why: '' });
  return {
    statement: '',
    myPart: '',
    teamPart: '',
    gap: '',
    mainIdea: '',
    altitudes: {
      intuition: altitude(),
      formal: altitude(),
      implementation: altitude(),
      complexity: altitude(),
    },
  };
}
