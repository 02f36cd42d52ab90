import { ratingOf, type Family } from '../../model/families';
import type { Story } from '../../model/story';
import type { Rule } from '../finding';
import { appealsToAuthority } from '../text/appealsToAuthority';
import { comparativeHit } from './comparativeHit';
import { isBlank, labelOf, plural } from './ruleText';

/** Families the user has started: a name or an idea written. */
function startedFamilies(story: Story): { family: Family; label: string }[] {
  return story.families.items.flatMap((family, index) =>
    isBlank(family.name) && isBlank(family.idea) ? [] : [{ family, label: labelOf(family.name, 'Family', index) }],
  );
}

function base(family: Family) {
  return ['families', 'items', { id: family.id }] as const;
}

export const tooFewFamilies: Rule = {
  id: 'families.tooFew',
  section: 'families',
  severity: 'warning',
  title: 'Too few method families',
  why: 'A panel wants to see that you know the alternatives and can say when each wins. One family is a method, not a map.',
  fix: 'Group the methods of your area by their underlying idea into at least three families, your own approach among them.',
  check(story, { config }) {
    const count = startedFamilies(story).length;
    if (count >= config.minFamilies) return [];
    const message = count === 0 ? 'No method families yet.' : `Only ${plural(count, 'method family', 'method families')}.`;
    return [{ path: ['families', 'items'], message }];
  },
};

export const familyNoFailureCase: Rule = {
  id: 'families.noFailureCase',
  section: 'families',
  severity: 'error',
  title: 'Family with no failure case',
  why: '“Where does it break?” is the first question about any method. Not knowing where a family fails reads as not having used it.',
  fix: 'Name the inputs, scales or settings where this family fails, with the evidence if you have it.',
  check(story) {
    return startedFamilies(story)
      .filter(({ family }) => isBlank(family.failsWhere))
      .map(({ family, label }) => ({ path: [...base(family), 'failsWhere'], message: `${label} has no failure case.` }));
  },
};

export const familyNoAssumptions: Rule = {
  id: 'families.noAssumptions',
  section: 'families',
  severity: 'warning',
  title: 'Family with no assumptions',
  why: 'Every method assumes something about the data, the compute or the task. Panels probe whether you know which assumption your own setting breaks.',
  fix: 'Write what this family takes for granted: about the data, the labels, the compute or the deployment.',
  check(story) {
    return startedFamilies(story)
      .filter(({ family }) => isBlank(family.assumes))
      .map(({ family, label }) => ({ path: [...base(family), 'assumes'], message: `${label} states no assumptions.` }));
  },
};

export const familyNoWinsWhen: Rule = {
  id: 'families.noWinsWhen',
  section: 'families',
  severity: 'warning',
  title: 'Family with no “wins when”',
  why: 'Panels grade comparative, conditional judgement: “A wins when latency binds”. A family with no winning condition gives them nothing to grade.',
  fix: 'Add at least one condition under which this family is the right choice.',
  check(story) {
    return startedFamilies(story)
      .filter(({ family }) => family.winsWhen.every((w) => isBlank(w.text)))
      .map(({ family, label }) => ({ path: [...base(family), 'winsWhen'], message: `${label} has no “wins when” condition.` }));
  },
};

/** The family fields that hold the user's claims (names of methods and "wins when" conditions do not). */
const CLAIM_FIELDS = [
  ['idea', 'idea'],
  ['solves', 'what it solves'],
  ['whyWorks', 'why it works'],
  ['experience', 'experience'],
] as const;

export const familyUnconditionalComparative: Rule = {
  id: 'families.unconditionalComparative',
  section: 'families',
  severity: 'error',
  title: 'Comparative with no condition',
  why: '“Better” invites “better when, at what, by how much?”. Panels reward conditional judgement and pounce on claims that hold everywhere.',
  fix: 'Attach the condition: on which inputs, under which budget, at what scale — or move the claim into “wins when”.',
  check(story, ctx) {
    return startedFamilies(story).flatMap(({ family, label }) => {
      const fromFields = CLAIM_FIELDS.flatMap(([key, where]) =>
        comparativeHit([...base(family), key], family[key], `${label} (${where})`, ctx.config),
      );
      const fromRatings = story.families.axes.flatMap((axis) =>
        comparativeHit(
          [...base(family), 'ratings', axis.id, 'note'],
          ratingOf(family, axis.id).note,
          `${label} (note on ${axis.name.trim() || 'an axis'})`,
          ctx.config,
        ),
      );
      return [...fromFields, ...fromRatings];
    });
  },
};

export const familyUnratedAxes: Rule = {
  id: 'families.unratedAxes',
  section: 'families',
  severity: 'hint',
  title: 'Family not rated on every axis',
  why: 'The matrix of families by axes is where a panel sees your trade-offs at a glance; a blank cell is a question you have not answered yet.',
  fix: 'Rate the family on every axis, with a short note for any rating someone might doubt.',
  check(story) {
    return startedFamilies(story).flatMap(({ family, label }) => {
      const unrated = story.families.axes.filter((axis) => ratingOf(family, axis.id).score === null);
      const first = unrated[0];
      if (!first) return [];
      return [
        {
          path: [...base(family), 'ratings', first.id, 'score'],
          message: `${label} is not rated on ${plural(unrated.length, 'axis', 'axes')}.`,
        },
      ];
    });
  },
};

export const familyNameWithoutIdea: Rule = {
  id: 'families.nameWithoutIdea',
  section: 'families',
  severity: 'warning',
  title: 'Family with a name but no idea',
  why: 'A family is defined by the idea its methods share, not by its label. Asked what unites it, a name alone leaves you listing papers.',
  fix: 'Write the underlying idea in one sentence: what every method of the family does, and how.',
  check(story) {
    return story.families.items.flatMap((family, index) =>
      !isBlank(family.name) && isBlank(family.idea)
        ? [
            {
              path: [...base(family), 'idea'],
              message: `${labelOf(family.name, 'Family', index)} has a name but no underlying idea.`,
            },
          ]
        : [],
    );
  },
};

export const familyWhyByAuthority: Rule = {
  id: 'families.whyByAuthority',
  section: 'families',
  severity: 'warning',
  title: 'Why it works, answered by who uses it',
  why: 'That a method is standard or leads a benchmark says who chose it, not why it works. A panel follows up with “yes, but why?”.',
  fix: 'Name the mechanism: what the method exploits in the data or the task that makes it succeed.',
  check(story, { config }) {
    return startedFamilies(story).flatMap(({ family, label }) => {
      const appeal = appealsToAuthority(family.whyWorks, config);
      return appeal
        ? [{ path: [...base(family), 'whyWorks'], message: `${label}: why it works rests on “${appeal}”, not on a mechanism.` }]
        : [];
    });
  },
};

export const FAMILY_RULES: readonly Rule[] = [
  tooFewFamilies,
  familyNameWithoutIdea,
  familyNoFailureCase,
  familyNoAssumptions,
  familyWhyByAuthority,
  familyNoWinsWhen,
  familyUnconditionalComparative,
  familyUnratedAxes,
];
