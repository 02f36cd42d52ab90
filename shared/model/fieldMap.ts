import { z } from 'zod';
import { idSchema, newId } from './ids';
import { emptyDoc, richTextSchema } from './richText';
import { lineSchema, textSchema } from './text';

export const EVIDENCE_KINDS = ['model', 'dataset', 'infrastructure', 'failure', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  model: 'Model trained',
  dataset: 'Dataset built',
  infrastructure: 'Infrastructure',
  failure: 'Failure or debugging story',
  other: 'Other',
};

export const evidenceItemSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(EVIDENCE_KINDS),
  done: textSchema,
  learned: textSchema,
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const CONSTRAINT_KEYS = ['quality', 'latency', 'cost', 'privacy', 'monitoring'] as const;
export type ConstraintKey = (typeof CONSTRAINT_KEYS)[number];

export const fieldMapSchema = z.strictObject({
  broadField: lineSchema,
  subArea: lineSchema,
  coreTask: richTextSchema,
  challenge: richTextSchema,
  recentChange: richTextSchema,
  evidence: z.array(evidenceItemSchema).max(200),
  productUser: richTextSchema,
  constraints: z.strictObject({
    quality: textSchema,
    latency: textSchema,
    cost: textSchema,
    privacy: textSchema,
    monitoring: textSchema,
  }),
});
export type FieldMap = z.infer<typeof fieldMapSchema>;

/** A blank evidence item of the given kind. */
export function newEvidenceItem(kind: EvidenceKind = 'model'): EvidenceItem {
  return { id: newId(), kind, done: '', learned: '' };
}

/** An empty field map. */
export function emptyFieldMap(): FieldMap {
  return {
    broadField: '',
    subArea: '',
    coreTask: emptyDoc(),
    challenge: emptyDoc(),
    recentChange: emptyDoc(),
    evidence: [],
    productUser: emptyDoc(),
    constraints: { quality: '', latency: '', cost: '', privacy: '', monitoring: '' },
  };
}
