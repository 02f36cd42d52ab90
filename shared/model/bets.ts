import { z } from 'zod';
import { idSchema, newId } from './ids';
import { dateSchema, textSchema } from './text';

export const BET_STATUSES = ['open', 'holding', 'confirmed', 'refuted'] as const;
export type BetStatus = (typeof BET_STATUSES)[number];

export const BET_STATUS_LABELS: Record<BetStatus, string> = {
  open: 'Open',
  holding: 'Holding',
  confirmed: 'Confirmed',
  refuted: 'Refuted',
};

export const betReviewSchema = z.strictObject({
  id: idSchema,
  date: dateSchema,
  note: textSchema,
});
export type BetReview = z.infer<typeof betReviewSchema>;

export const betSchema = z.strictObject({
  id: idSchema,
  statement: textSchema,
  horizon: dateSchema,
  confidence: z.number().int().min(0).max(100).nullable(),
  evidence: textSchema,
  disconfirming: textSchema,
  status: z.enum(BET_STATUSES),
  reviews: z.array(betReviewSchema).max(200),
});
export type Bet = z.infer<typeof betSchema>;

/** A new open bet with nothing filled in. */
export function newBet(): Bet {
  return {
    id: newId(),
    statement: '',
    horizon: null,
    confidence: null,
    evidence: '',
    disconfirming: '',
    status: 'open',
    reviews: [],
  };
}

/** A dated review note for a bet. */
export function newBetReview(date: string | null = null): BetReview {
  return { id: newId(), date, note: '' };
}
