import type { SectionGuidance } from './fieldGuidance';

type BetsKey = 'bets' | 'statement' | 'horizon' | 'confidence' | 'evidence' | 'disconfirming' | 'status' | 'reviews';

export const BETS_GUIDANCE: SectionGuidance<BetsKey> = {
  intro:
    'A bet is a forecast about your field that the world can settle: it names a direction, a date and how sure you are, and it says what you would have to see to admit you were wrong. Panels ask for them to tell conviction from hedging, and to see whether you change your mind for the right reasons.',
  fields: {
    bets: {
      label: 'Bets',
      expects: 'Two to five forecasts about where your area is going, each one specific enough to be settled.',
      example: 'By June 2027, retrieval over 1M-token contexts will beat reading the whole context on cost per correct answer.',
      weak: 'Safe generalities (“models will keep improving”) that no event could ever refute.',
    },
    statement: {
      label: 'Statement',
      expects: 'A directional, specific claim: what will happen, to what, by how much.',
      example: 'An open model under 10B parameters will match GPT-4-class accuracy on our filing QA set, within 2 points.',
      weak: '“X will become important”: no direction, no measure, nothing to check.',
      placeholder: 'What will happen, to what, by how much',
    },
    horizon: {
      label: 'Horizon',
      expects: 'The date by which you expect the bet to be settled one way or the other.',
      example: '2027-06-30, the end of the next benchmark cycle.',
      weak: 'No date, or one so far away that no one will remember to check.',
    },
    confidence: {
      label: 'Confidence',
      expects: 'How likely you think the statement is to come true, as a whole percentage.',
      example: '70: likely, but you can name what would surprise you.',
      weak: '100 or 0: a certainty is not a bet, and 50 on everything says nothing.',
      placeholder: 'e.g. 70',
    },
    evidence: {
      label: 'Evidence for it',
      expects: 'The trend, result or experience that makes you lean this way.',
      example: 'Small-model accuracy on our set rose from 41 % to 63 % in 18 months while the frontier gained 6 points.',
      weak: 'Opinion without a source (“everyone says so”), or a single anecdote.',
    },
    disconfirming: {
      label: 'What would prove it wrong',
      expects: 'An observation you could actually make that would show the bet failed.',
      example: 'If the best open model under 10B is still 5 or more points behind on the 2027 leaderboard, I was wrong.',
      weak: 'Nothing, or a condition no one could observe (“if the field changes direction”).',
      placeholder: 'If you see this, the bet has failed',
    },
    status: {
      label: 'Status',
      expects: 'Where the bet stands: open, holding up so far, confirmed or refuted.',
      example: 'Holding: the gap shrank from 8 to 4 points since the bet was made.',
      weak: 'Leaving a bet open long past its horizon instead of settling it.',
    },
    reviews: {
      label: 'Review notes',
      expects: 'Dated notes each time you check the bet against the world: what you saw, and what it changed.',
      example: '2026-01-12 — New 8B model is 3 points behind; still holding, confidence unchanged.',
      weak: 'No notes at all, or changes of status with no reason written down.',
    },
  },
};

/** Plain words on what the Brier score means, for the calibration panel. */
export const CALIBRATION_EXPLANATION =
  'The Brier score is the average of (confidence − outcome)², where a confirmed bet counts as 1 and a refuted one as 0. Lower is better: 0 means every bet was stated with certainty and came out as stated; saying 50 % every time scores 0.25; 1 means certain and wrong every time.';
