import { z } from 'zod';
import { idSchema, newId } from './ids';
import { emptyDoc, richTextSchema } from './richText';
import { textSchema } from './text';

export const failureModeSchema = z.strictObject({
  id: idSchema,
  where: textSchema,
  evidence: textSchema,
});
export type FailureMode = z.infer<typeof failureModeSchema>;

export const limitationsSchema = z.strictObject({
  failureModes: z.array(failureModeSchema).max(100),
  assumptions: richTextSchema,
  tradeoffs: richTextSchema,
  nextExperiment: textSchema,
  nextExpected: textSchema,
  doDifferently: richTextSchema,
  measured: richTextSchema,
  believed: richTextSchema,
  computeUp: textSchema,
  computeDown: textSchema,
  deployWatch: textSchema,
  deployGuard: textSchema,
});
export type Limitations = z.infer<typeof limitationsSchema>;

/** A blank failure mode. */
export function newFailureMode(): FailureMode {
  return { id: newId(), where: '', evidence: '' };
}

/** An empty limitations section. */
export function emptyLimitations(): Limitations {
  return {
    failureModes: [],
    assumptions: emptyDoc(),
    tradeoffs: emptyDoc(),
    nextExperiment: '',
    nextExpected: '',
    doDifferently: emptyDoc(),
    measured: emptyDoc(),
    believed: emptyDoc(),
    computeUp: '',
    computeDown: '',
    deployWatch: '',
    deployGuard: '',
  };
}
