import type { Bet } from '../../model/bets';
import type { Story } from '../../model/story';
import type { Rule } from '../finding';
import { appealsToAuthority } from '../text/appealsToAuthority';
import { hasMeasurableQuantity, mentionsNumber } from '../text/hasQuantity';
import { comparativeHit } from './comparativeHit';
import { excerpt, isBlank } from './ruleText';

/** Bets with a statement written, each with a label for messages. */
function statedBets(story: Story): { bet: Bet; label: string }[] {
  return story.bets.flatMap((bet, index) =>
    isBlank(bet.statement) ? [] : [{ bet, label: `Bet ${index + 1} (“${excerpt(bet.statement, 40)}”)` }],
  );
}

function field(bet: Bet, key: keyof Bet) {
  return ['bets', { id: bet.id }, key];
}

export const noBets: Rule = {
  id: 'bets.none',
  section: 'bets',
  severity: 'warning',
  title: 'No falsifiable bets',
  why: '“Where is the field going, and what would change your mind?” is a standard research-vision question. Bets you have written down are answers you can defend.',
  fix: 'Write at least one specific, directional forecast with a date, a confidence and the observation that would prove it wrong.',
  check(story) {
    return story.bets.length > 0 ? [] : [{ path: ['bets'], message: 'No bets yet.' }];
  },
};

export const betNoDisconfirming: Rule = {
  id: 'bets.noDisconfirming',
  section: 'bets',
  severity: 'error',
  title: 'Bet with no disconfirming observation',
  why: 'A forecast that no observation could refute is an opinion. “What would change your mind?” is the question panels use to tell the two apart.',
  fix: 'Write the observation that would prove the bet wrong: what you would see, on what data, by when.',
  check(story) {
    return statedBets(story)
      .filter(({ bet }) => isBlank(bet.disconfirming))
      .map(({ bet, label }) => ({
        path: field(bet, 'disconfirming'),
        message: `${label} says nothing that would prove it wrong.`,
      }));
  },
};

export const betNoHorizon: Rule = {
  id: 'bets.noHorizon',
  section: 'bets',
  severity: 'warning',
  title: 'Bet with no horizon',
  why: 'Without a date, a bet can never be lost, so it can never be checked.',
  fix: 'Set the date by which you expect to know.',
  check(story) {
    return statedBets(story)
      .filter(({ bet }) => bet.horizon === null)
      .map(({ bet, label }) => ({ path: field(bet, 'horizon'), message: `${label} has no horizon.` }));
  },
};

export const betExtremeConfidence: Rule = {
  id: 'bets.extremeConfidence',
  section: 'bets',
  severity: 'warning',
  title: 'Confidence of 0 or 100 %',
  why: 'Certainty either way is not a forecast: if you are sure, it is not a bet, and panels read it as overconfidence.',
  fix: 'Give the probability you would actually bet at, somewhere strictly between 0 and 100 %.',
  check(story) {
    return statedBets(story)
      .filter(({ bet }) => bet.confidence === 0 || bet.confidence === 100)
      .map(({ bet, label }) => ({ path: field(bet, 'confidence'), message: `${label} is held at ${bet.confidence} %.` }));
  },
};

export const betNoConfidence: Rule = {
  id: 'bets.noConfidence',
  section: 'bets',
  severity: 'hint',
  title: 'Bet with no confidence',
  why: 'A confidence lets you, and the panel, check your calibration once bets resolve.',
  fix: 'Say how likely you think it is, in per cent.',
  check(story) {
    return statedBets(story)
      .filter(({ bet }) => bet.confidence === null)
      .map(({ bet, label }) => ({ path: field(bet, 'confidence'), message: `${label} has no confidence.` }));
  },
};

export const betNotMeasurable: Rule = {
  id: 'bets.notMeasurable',
  section: 'bets',
  severity: 'warning',
  title: 'Bet with no measurable quantity',
  why: '“Retrieval will matter more” cannot be settled. A number — a score, a share, a cost, a size — makes the bet checkable.',
  fix: 'Put a quantity in the statement: by how much, on which measure, at what scale.',
  check(story, { config }) {
    return statedBets(story)
      .filter(({ bet }) => !hasMeasurableQuantity(bet.statement, config.numberWords))
      .map(({ bet, label }) => ({ path: field(bet, 'statement'), message: `${label} names no quantity one could measure.` }));
  },
};

export const betUnconditionalComparative: Rule = {
  id: 'bets.unconditionalComparative',
  section: 'bets',
  severity: 'warning',
  title: 'Bet with an unconditional comparative',
  why: 'A bet that one approach will simply be “better” leaves open at what, where and by how much, so it can neither win nor lose.',
  fix: 'Say on which task or measure, in which setting, and by how much.',
  check(story, { config }) {
    return statedBets(story).flatMap(({ bet, label }) => comparativeHit(field(bet, 'statement'), bet.statement, label, config));
  },
};

export const betHorizonPassed: Rule = {
  id: 'bets.horizonPassed',
  section: 'bets',
  severity: 'hint',
  title: 'Bet past its horizon',
  why: 'A bet whose date has passed is a result. Saying how it turned out is exactly the kind of calibration panels respect.',
  fix: 'Mark it confirmed or refuted, with a review note on what you saw.',
  check(story, { today }) {
    return statedBets(story)
      .filter(({ bet }) => (bet.status === 'open' || bet.status === 'holding') && bet.horizon !== null && bet.horizon < today)
      .map(({ bet, label }) => ({ path: field(bet, 'status'), message: `${label} passed its horizon on ${bet.horizon}.` }));
  },
};

export const betNoEvidence: Rule = {
  id: 'bets.noEvidence',
  section: 'bets',
  severity: 'warning',
  title: 'Bet with no evidence',
  why: '“Why do you believe that?” follows every forecast. Without a trend, a result or a source, a bet sounds like a guess, and “everyone says so” sounds like less.',
  fix: 'Write the evidence for the bet: a trend with its numbers, a result you reproduced, or a source you can name.',
  check(story, { config }) {
    return statedBets(story).flatMap(({ bet, label }) => {
      if (isBlank(bet.evidence)) return [{ path: field(bet, 'evidence'), message: `${label} gives no evidence.` }];
      const appeal = appealsToAuthority(bet.evidence, config);
      if (appeal === null || mentionsNumber(bet.evidence, config.numberWords)) return [];
      return [{ path: field(bet, 'evidence'), message: `${label} rests on “${appeal}”, which is not evidence.` }];
    });
  },
};

export const BET_RULES: readonly Rule[] = [
  noBets,
  betNoDisconfirming,
  betNoHorizon,
  betExtremeConfidence,
  betNoConfidence,
  betNotMeasurable,
  betNoEvidence,
  betUnconditionalComparative,
  betHorizonPassed,
];
