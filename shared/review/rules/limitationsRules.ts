import type { Rule } from '../finding';
import { excerpt, isBlank } from './ruleText';

export const noFailureModes: Rule = {
  id: 'limitations.noFailureModes',
  section: 'limitations',
  severity: 'error',
  title: 'No failure modes',
  why: '“Where does your method fail?” is asked in every defense. A speaker who cannot name a failure mode sounds either untested or evasive.',
  fix: 'Name at least one setting where the method breaks, with the evidence: a slice, an example, a number.',
  check(story) {
    const hasAny = story.limitations.failureModes.some((mode) => !isBlank(mode.where));
    return hasAny ? [] : [{ path: ['limitations', 'failureModes'], message: 'No failure mode is named.' }];
  },
};

export const failureModeWithoutEvidence: Rule = {
  id: 'limitations.failureModeWithoutEvidence',
  section: 'limitations',
  severity: 'hint',
  title: 'Failure mode without evidence',
  why: 'A failure you have measured shows command of the method; a failure you only suspect invites “have you checked?”.',
  fix: 'Add what shows it: the slice, the number, the example.',
  check(story) {
    return story.limitations.failureModes
      .filter((mode) => !isBlank(mode.where) && isBlank(mode.evidence))
      .map((mode) => ({
        path: ['limitations', 'failureModes', { id: mode.id }, 'evidence'],
        message: `“${excerpt(mode.where)}” has no evidence.`,
      }));
  },
};

export const noNextExperiment: Rule = {
  id: 'limitations.noNextExperiment',
  section: 'limitations',
  severity: 'warning',
  title: 'No next experiment',
  why: 'Panels probe whether you know which open question matters most: the run whose outcome you cannot predict and that would change your plans.',
  fix: 'Name the single experiment that would teach you the most, and why that one.',
  check(story) {
    if (!isBlank(story.limitations.nextExperiment)) return [];
    return [{ path: ['limitations', 'nextExperiment'], message: 'No experiment is named whose result would change your plans.' }];
  },
};

export const noExpectedOutcome: Rule = {
  id: 'limitations.noExpectedOutcome',
  section: 'limitations',
  severity: 'hint',
  title: 'Next experiment without an expected outcome',
  why: 'An experiment is informative only against a prediction; panels ask what you expect and what each outcome would mean.',
  fix: 'Say what you expect it to show, and what the opposite result would mean.',
  check(story) {
    const l = story.limitations;
    if (isBlank(l.nextExperiment) || !isBlank(l.nextExpected)) return [];
    return [{ path: ['limitations', 'nextExpected'], message: 'The next experiment has no expected outcome.' }];
  },
};

export const measuredBelievedEmpty: Rule = {
  id: 'limitations.measuredBelievedEmpty',
  section: 'limitations',
  severity: 'warning',
  title: 'Measured versus believed left empty',
  why: 'Panels probe the line between what you showed and what you assume. Drawing it yourself is the strongest defense against overclaiming.',
  fix: 'List what your experiments measured, and separately what you believe but have not shown.',
  check(story) {
    const l = story.limitations;
    return [
      ...(isBlank(l.measured) ? [{ path: ['limitations', 'measured'], message: 'Nothing is listed as measured.' }] : []),
      ...(isBlank(l.believed)
        ? [{ path: ['limitations', 'believed'], message: 'Nothing is listed as believed but unshown.' }]
        : []),
    ];
  },
};

export const noComputeScaling: Rule = {
  id: 'limitations.noComputeScaling',
  section: 'limitations',
  severity: 'hint',
  title: 'No answer for 10× or 1/10 of the compute',
  why: 'Asking how the work changes with a far larger or a far smaller budget shows whether you know which results depend on the resources you had.',
  fix: 'Say what you would change and run first in each case.',
  check(story) {
    const l = story.limitations;
    return [
      ...(isBlank(l.computeUp)
        ? [{ path: ['limitations', 'computeUp'], message: 'Nothing on what 10× the compute would change.' }]
        : []),
      ...(isBlank(l.computeDown)
        ? [{ path: ['limitations', 'computeDown'], message: 'Nothing on what 1/10 of the compute would change.' }]
        : []),
    ];
  },
};

export const noFirstGuard: Rule = {
  id: 'limitations.noFirstGuard',
  section: 'limitations',
  severity: 'warning',
  title: 'No first guard',
  why: 'Asked how the work would fail a real user, a strong answer names the first failure and the guard in front of it. Without one, deployment sounds like an afterthought.',
  fix: 'Name the failure most likely to hurt a user first, and the check or fallback you would put in front of it.',
  check(story) {
    if (!isBlank(story.limitations.deployGuard)) return [];
    return [{ path: ['limitations', 'deployGuard'], message: 'No failure is named to guard against first.' }];
  },
};

export const LIMITATIONS_RULES: readonly Rule[] = [
  noFailureModes,
  failureModeWithoutEvidence,
  noNextExperiment,
  noExpectedOutcome,
  measuredBelievedEmpty,
  noComputeScaling,
  noFirstGuard,
];
