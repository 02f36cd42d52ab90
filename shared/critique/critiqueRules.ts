/*
 * The review rules of a paper critique, pure functions over the critique. Each rule has a stable
 * id, a severity, the reason a panel would press on it and how to fix it, and reports the path
 * of the field it concerns (the editor builds the field's DOM id from the same path).
 */
import { LENS_STANDING_LABELS, RIGOR_LENSES, type Critique, type CritiqueLine, type RigorLens } from '../model/critique';
import { plainText } from '../model/richText';
import { isSafeHref } from '../model/safeHref';
import { LENS_GUIDANCE } from '../content/guidance/critiqueGuidance';
import type { Severity } from '../review/finding';
import { REVIEW_CONFIG } from '../review/reviewConfig';
import { findUnconditionalComparatives } from '../review/text/findComparatives';
import type { Path } from '../story/updateAt';

export interface CritiqueHit {
  path: Path;
  message: string;
}

export interface CritiqueRule {
  /** Stable id, "critique.name". */
  id: string;
  severity: Severity;
  title: string;
  why: string;
  fix: string;
  check(critique: Critique): CritiqueHit[];
}

/** How many lenses a critique should have looked through before the round. */
export const MIN_LENSES_CHECKED = 4;

const isBlank = (text: string) => text.trim() === '';
const filled = (lines: readonly CritiqueLine[]) => lines.filter((line) => !isBlank(line.text));
const lensPath = (lens: RigorLens, key: 'standing' | 'finding' | 'experiment'): Path => ['lenses', lens, key];
const lensName = (lens: RigorLens) => LENS_GUIDANCE[lens].label;

function firstLinePath(key: 'claims' | 'strengths' | 'weaknesses', critique: Critique): Path {
  const first = critique[key][0];
  return first ? [key, { id: first.id }, 'text'] : [key];
}

export const noPaperTitle: CritiqueRule = {
  id: 'critique.noPaperTitle',
  severity: 'error',
  title: 'No paper named',
  why: 'The panel and you must be talking about the same paper; a critique with no title cannot be found again.',
  fix: 'Write the paper’s title as published.',
  check: (c) => (isBlank(c.paper.title) ? [{ path: ['paper', 'title'], message: 'The paper has no title yet.' }] : []),
};

export const unsafeLink: CritiqueRule = {
  id: 'critique.unsafeLink',
  severity: 'warning',
  title: 'Link Viva will not open',
  why: 'Only web and mailto addresses are shown as links; anything else stays plain text, so you cannot open the paper from here.',
  fix: 'Use the paper’s web address, starting with https://.',
  check: (c) =>
    !isBlank(c.paper.link) && !isSafeHref(c.paper.link.trim())
      ? [
          {
            path: ['paper', 'link'],
            message: `“${c.paper.link.trim().slice(0, 60)}” is not a web address starting with https://.`,
          },
        ]
      : [],
};

export const noSummary: CritiqueRule = {
  id: 'critique.noSummary',
  severity: 'warning',
  title: 'No summary in your words',
  why: 'The round usually opens with “tell us what this paper does”; stumbling there costs more than any later point.',
  fix: 'Write three or four sentences: the problem, the idea, the evidence, the headline result.',
  check: (c) => (plainText(c.summary).trim() === '' ? [{ path: ['summary'], message: 'The paper has no summary yet.' }] : []),
};

export const noClaims: CritiqueRule = {
  id: 'critique.noClaims',
  severity: 'error',
  title: 'No claims stated',
  why: 'A critique with no claims has nothing to test: every lens needs a claim to hold against.',
  fix: 'List what the paper says it shows, one claim a line.',
  check: (c) =>
    filled(c.claims).length === 0
      ? [{ path: firstLinePath('claims', c), message: 'No claim of the paper is written down.' }]
      : [],
};

export const sweepingClaim: CritiqueRule = {
  id: 'critique.sweepingClaim',
  severity: 'hint',
  title: 'Claim written wider than a paper can show',
  why: 'If you write a claim as “better” with no setting, you will attack a claim the authors never made, and the panel will notice.',
  fix: 'Write the claim as narrowly as the paper states it: better than what, on which data, at what size.',
  check: (c) =>
    filled(c.claims).flatMap((claim) =>
      findUnconditionalComparatives(claim.text, REVIEW_CONFIG).length > 0
        ? [
            {
              path: ['claims', { id: claim.id }, 'text'],
              message: `“${claim.text.trim().slice(0, 60)}” says better with no condition.`,
            },
          ]
        : [],
    ),
};

export const attackWithoutExperiment: CritiqueRule = {
  id: 'critique.attackWithoutExperiment',
  severity: 'error',
  title: 'Attack with no experiment',
  why: 'An objection with no way to settle it sounds like taste; the panel wants to hear the run that would decide it.',
  fix: 'Name the experiment you would ask for, and what result would answer the objection.',
  check: (c) =>
    RIGOR_LENSES.filter((lens) => c.lenses[lens].standing === 'attack' && isBlank(c.lenses[lens].experiment)).map((lens) => ({
      path: lensPath(lens, 'experiment'),
      message: `The attack on ${lensName(lens).toLowerCase()} proposes no experiment.`,
    })),
};

export const attackWithoutFinding: CritiqueRule = {
  id: 'critique.attackWithoutFinding',
  severity: 'warning',
  title: 'Attack with no finding',
  why: 'Marking a lens as an attack without saying what you saw leaves you with nothing to point to in the paper.',
  fix: 'Write what the paper does under this lens and why it falls short.',
  check: (c) =>
    RIGOR_LENSES.filter((lens) => c.lenses[lens].standing === 'attack' && isBlank(c.lenses[lens].finding)).map((lens) => ({
      path: lensPath(lens, 'finding'),
      message: `The attack on ${lensName(lens).toLowerCase()} does not say what you found.`,
    })),
};

export const holdsWithoutReason: CritiqueRule = {
  id: 'critique.holdsWithoutReason',
  severity: 'hint',
  title: 'Holds up, with no reason',
  why: '“Why are you convinced?” is asked as often as “what is wrong?”; a lens that holds needs its evidence too.',
  fix: 'Say what in the paper makes it hold: the table, the number of seeds, the matched budget.',
  check: (c) =>
    RIGOR_LENSES.filter((lens) => c.lenses[lens].standing === 'holds' && isBlank(c.lenses[lens].finding)).map((lens) => ({
      path: lensPath(lens, 'finding'),
      message: `${lensName(lens)} is marked “${LENS_STANDING_LABELS.holds}” with nothing to show why.`,
    })),
};

export const fewLensesChecked: CritiqueRule = {
  id: 'critique.fewLensesChecked',
  severity: 'warning',
  title: 'Few rigor lenses applied',
  why: 'A panel tends to probe the lens you skipped; reading through most of them is what makes a critique systematic rather than lucky.',
  fix: `Look at the paper through at least ${MIN_LENSES_CHECKED} lenses and mark each as holding up or as an attack.`,
  check: (c) => {
    const unchecked = RIGOR_LENSES.filter((lens) => c.lenses[lens].standing === 'notChecked');
    const checked = RIGOR_LENSES.length - unchecked.length;
    if (checked >= MIN_LENSES_CHECKED || unchecked[0] === undefined) return [];
    return [
      {
        path: lensPath(unchecked[0], 'standing'),
        message: `Only ${checked} of ${RIGOR_LENSES.length} lenses checked; not yet: ${unchecked.map((l) => lensName(l).toLowerCase()).join(', ')}.`,
      },
    ];
  },
};

export const noStrength: CritiqueRule = {
  id: 'critique.noStrength',
  severity: 'error',
  title: 'No strength named',
  why: 'A critique that finds nothing good reads as a hatchet job; panels check that you can see what a paper does well.',
  fix: 'Name at least one thing the paper does well, in the work itself rather than its writing.',
  check: (c) =>
    filled(c.strengths).length === 0
      ? [{ path: firstLinePath('strengths', c), message: 'No strength of the paper is named.' }]
      : [],
};

export const noWeakness: CritiqueRule = {
  id: 'critique.noWeakness',
  severity: 'warning',
  title: 'No weakness named',
  why: 'Every paper has a limit; praise alone suggests you did not read it closely.',
  fix: 'Name the gap that most limits what the claims can mean.',
  check: (c) =>
    filled(c.weaknesses).length === 0
      ? [{ path: firstLinePath('weaknesses', c), message: 'No weakness of the paper is named.' }]
      : [],
};

export const noAskedExperiment: CritiqueRule = {
  id: 'critique.noAskedExperiment',
  severity: 'warning',
  title: 'No experiment to ask for',
  why: '“What one experiment would you ask the authors to run?” closes many paper discussions.',
  fix: 'Pick the run that would most change your belief in the main claim, and what result would settle it.',
  check: (c) =>
    plainText(c.askedExperiment).trim() === ''
      ? [{ path: ['askedExperiment'], message: 'No experiment for the authors is written down.' }]
      : [],
};

export const noVerdict: CritiqueRule = {
  id: 'critique.noVerdict',
  severity: 'warning',
  title: 'No verdict',
  why: 'The panel will ask “would you accept it?”; a critique with no call leaves you improvising under pressure.',
  fix: 'Pick a call and write the two or three points behind it.',
  check: (c) => (c.verdict.call === null ? [{ path: ['verdict', 'call'], message: 'No call on the paper yet.' }] : []),
};

export const verdictWithoutCondition: CritiqueRule = {
  id: 'critique.verdictWithoutCondition',
  severity: 'error',
  title: 'Verdict with no condition',
  why: 'A call with nothing that could change it sounds fixed; naming what would move you shows the call follows the evidence.',
  fix: 'Write the result or fact that would change your call, so someone could check it.',
  check: (c) =>
    c.verdict.call !== null && isBlank(c.verdict.changeCondition)
      ? [{ path: ['verdict', 'changeCondition'], message: 'The verdict says nothing about what would change it.' }]
      : [],
};

export const rejectWithoutAttack: CritiqueRule = {
  id: 'critique.rejectWithoutAttack',
  severity: 'warning',
  title: 'Rejection with no attack on record',
  why: 'Leaning to reject while every lens holds or is unchecked leaves the call without grounds the panel can see.',
  fix: 'Mark the lens where the paper fails as an attack, with its finding, or soften the call.',
  check: (c) =>
    (c.verdict.call === 'reject' || c.verdict.call === 'weakReject') &&
    !RIGOR_LENSES.some((lens) => c.lenses[lens].standing === 'attack')
      ? [{ path: ['verdict', 'call'], message: 'The call leans to reject, but no lens is marked as an attack.' }]
      : [],
};

/** Every rule, in the order the review lists their findings. */
export const CRITIQUE_RULES: readonly CritiqueRule[] = [
  noPaperTitle,
  unsafeLink,
  noSummary,
  noClaims,
  sweepingClaim,
  fewLensesChecked,
  attackWithoutFinding,
  attackWithoutExperiment,
  holdsWithoutReason,
  noStrength,
  noWeakness,
  noAskedExperiment,
  noVerdict,
  verdictWithoutCondition,
  rejectWithoutAttack,
];
