import { ALTITUDE_KEYS, ALTITUDE_LABELS } from '../../model/contribution';
import { starStoriesOf } from '../../model/starStory';
import type { Rule } from '../finding';
import { splitSentences } from '../../text/countSentences';
import { appealsToAuthority } from '../text/appealsToAuthority';
import { mentionsNumber } from '../text/hasQuantity';
import { phraseWords } from '../text/tokenize';
import { comparativeHit } from './comparativeHit';
import { isBlank, plural, textOf } from './ruleText';

export const contributionMissing: Rule = {
  id: 'contribution.missingStatement',
  section: 'contribution',
  severity: 'error',
  title: 'No contribution statement',
  why: '“What is your contribution, in one sentence?” opens most research interviews and every defense. Without a prepared answer, people ramble.',
  fix: 'Write the contribution in one or two sentences: what is new, and what it makes possible.',
  check(story) {
    if (!isBlank(story.contribution.statement)) return [];
    return [{ path: ['contribution', 'statement'], message: 'The contribution statement is empty.' }];
  },
};

export const contributionTooLong: Rule = {
  id: 'contribution.tooLong',
  section: 'contribution',
  severity: 'warning',
  title: 'Contribution longer than two sentences',
  why: 'A contribution that needs a paragraph is not yet understood, even by its author. Panels remember one sentence.',
  fix: 'Cut to the claim and what it enables; move the rest to the method altitudes.',
  check(story, { config }) {
    const count = splitSentences(story.contribution.statement, config.abbreviations).length;
    if (count <= config.maxContributionSentences) return [];
    return [
      {
        path: ['contribution', 'statement'],
        message: `The statement runs to ${plural(count, 'sentence', 'sentences')}; aim for ${config.maxContributionSentences} at most.`,
      },
    ];
  },
};

export const contributionNoPersonalPart: Rule = {
  id: 'contribution.noPersonalPart',
  section: 'contribution',
  severity: 'error',
  title: 'No personal part',
  why: '“What exactly did you do?” follows every team result. Panels hire or pass a person, not a lab.',
  fix: 'Say what was yours: the idea, the experiment, the code, the decision — in the first person.',
  check(story) {
    if (!isBlank(story.contribution.myPart)) return [];
    return [{ path: ['contribution', 'myPart'], message: 'Your own part is not stated.' }];
  },
};

export const myPartSaysWe: Rule = {
  id: 'contribution.myPartSaysWe',
  section: 'contribution',
  severity: 'hint',
  title: 'Your part told as “we”',
  why: '“We” in your own part makes the panel ask which of it was you.',
  fix: 'Rewrite your part in the first person singular; keep “we” for the team’s part.',
  check(story, { config }) {
    const words = new Set(phraseWords(story.contribution.myPart));
    const saysWe = config.pluralWords.some((word) => words.has(word));
    const saysI = config.singularWords.some((word) => words.has(word));
    if (!saysWe || saysI) return [];
    return [{ path: ['contribution', 'myPart'], message: 'Your part says “we” and never “I”.' }];
  },
};

export const contributionNoTeamPart: Rule = {
  id: 'contribution.noTeamPart',
  section: 'contribution',
  severity: 'hint',
  title: 'The team’s part not stated',
  why: 'Naming what others did makes your own part credible; leaving it out makes panels wonder what you are taking credit for.',
  fix: 'Say what collaborators contributed, or that the work was yours alone.',
  check(story) {
    const c = story.contribution;
    if (isBlank(c.statement) || !isBlank(c.teamPart)) return [];
    return [{ path: ['contribution', 'teamPart'], message: 'The team’s part is empty.' }];
  },
};

export const contributionNoGap: Rule = {
  id: 'contribution.noGap',
  section: 'contribution',
  severity: 'warning',
  title: 'No gap in prior work',
  why: '“Why was this not done before?” tests whether you know the literature. The gap is what makes the contribution a contribution.',
  fix: 'Name what prior work could not do and why — a missing capability, an untested assumption, a cost.',
  check(story) {
    const c = story.contribution;
    if (isBlank(c.statement) || !isBlank(c.gap)) return [];
    return [{ path: ['contribution', 'gap'], message: 'The gap in prior work is empty.' }];
  },
};

export const contributionUnconditionalComparative: Rule = {
  id: 'contribution.unconditionalComparative',
  section: 'contribution',
  severity: 'warning',
  title: 'Contribution with an unconditional comparative',
  why: 'A contribution that is simply “better” or “state of the art” invites “on what, under which budget, against which baseline?”.',
  fix: 'State where the gain holds: the task, the regime, the measure, the baseline.',
  check(story, { config }) {
    const c = story.contribution;
    return [
      ...comparativeHit(['contribution', 'statement'], c.statement, 'The statement', config),
      ...comparativeHit(['contribution', 'mainIdea'], c.mainIdea, 'The main idea', config),
    ];
  },
};

export const altitudeEmpty: Rule = {
  id: 'contribution.altitudeEmpty',
  section: 'contribution',
  severity: 'warning',
  title: 'Method altitude left empty',
  why: 'Panels move between altitudes on purpose: the intuition for the generalist, the formal statement for the theorist, the recipe for the engineer, the cost for the manager.',
  fix: 'Write the method at this altitude in a few lines, with a one-line reason for the choice.',
  check(story) {
    const c = story.contribution;
    if (isBlank(c.statement)) return [];
    return ALTITUDE_KEYS.filter((key) => isBlank(c.altitudes[key].text)).map((key) => ({
      path: ['contribution', 'altitudes', key, 'text'],
      message: `${ALTITUDE_LABELS[key]} is empty.`,
    }));
  },
};

export const altitudeNoReason: Rule = {
  id: 'contribution.altitudeNoReason',
  section: 'contribution',
  severity: 'hint',
  title: 'Altitude without a reason',
  why: '“Why this and not the obvious alternative?” follows every design choice.',
  fix: 'Add one line on why you chose it.',
  check(story) {
    const altitudes = story.contribution.altitudes;
    return ALTITUDE_KEYS.filter((key) => textOf(altitudes[key].text).trim() !== '' && isBlank(altitudes[key].why)).map((key) => ({
      path: ['contribution', 'altitudes', key, 'why'],
      message: `${ALTITUDE_LABELS[key]} gives no reason for the choice.`,
    }));
  },
};

export const altitudeWhyByAuthority: Rule = {
  id: 'contribution.whyByAuthority',
  section: 'contribution',
  severity: 'warning',
  title: 'A choice justified by who else makes it',
  why: '“It is standard” or “everyone uses it” says who made the choice before you, not why it suits this work. The follow-up is always “and why is it right here?”.',
  fix: 'Give the reason the choice fits this problem: what it buys you, and what the alternative would have cost.',
  check(story, { config }) {
    const altitudes = story.contribution.altitudes;
    return ALTITUDE_KEYS.flatMap((key) => {
      const appeal = appealsToAuthority(altitudes[key].why, config);
      return appeal
        ? [
            {
              path: ['contribution', 'altitudes', key, 'why'],
              message: `${ALTITUDE_LABELS[key]}: the reason given is “${appeal}”.`,
            },
          ]
        : [];
    });
  },
};

export const starResultWithoutNumber: Rule = {
  id: 'contribution.starResultWithoutNumber',
  section: 'contribution',
  severity: 'hint',
  title: 'STAR story with no measured result',
  why: 'A behavioural answer lands on its result. “It went well” invites “how do you know?”; a number answers it before it is asked.',
  fix: 'End the story on what changed, by how much and against what: a time saved, an error rate, a decision it led to.',
  check(story, { config }) {
    return starStoriesOf(story).flatMap((star, index) => {
      const name = star.title.trim() === '' ? `STAR story ${index + 1}` : `“${star.title.trim()}”`;
      if (star.result.trim() === '') {
        const started = [star.situation, star.task, star.action].some((t) => t.trim() !== '');
        return started ? [{ path: ['starStories', { id: star.id }, 'result'], message: `${name} has no result yet.` }] : [];
      }
      if (mentionsNumber(star.result, config.numberWords)) return [];
      return [{ path: ['starStories', { id: star.id }, 'result'], message: `${name} ends on a result with no number.` }];
    });
  },
};

export const CONTRIBUTION_RULES: readonly Rule[] = [
  contributionMissing,
  contributionTooLong,
  contributionNoPersonalPart,
  myPartSaysWe,
  contributionNoTeamPart,
  contributionNoGap,
  contributionUnconditionalComparative,
  altitudeEmpty,
  altitudeNoReason,
  altitudeWhyByAuthority,
  starResultWithoutNumber,
];
