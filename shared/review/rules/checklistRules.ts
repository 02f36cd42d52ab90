import type { ChecklistItem } from '../../model/checklist';
import type { Rule } from '../finding';
import { plainText } from '../../model/richText';
import type { Story } from '../../model/story';
import { mentionsNumber } from '../text/hasQuantity';
import { matchesAt, phraseWords } from '../text/tokenize';
import { excerpt, isBlank } from './ruleText';

function itemPath(item: ChecklistItem, key: keyof ChecklistItem) {
  return ['checklist', 'items', { id: item.id }, key];
}

function titleOf(item: ChecklistItem, index: number): string {
  return item.title.trim() === '' ? `Item ${index + 1}` : `“${excerpt(item.title, 70)}”`;
}

function isClaimedDone(item: ChecklistItem): boolean {
  return item.status === 'addressed' || item.status === 'partly';
}

export const openRisk: Rule = {
  id: 'checklist.openRisk',
  section: 'checklist',
  severity: 'warning',
  title: 'Open risk',
  why: 'Each rigor item left “not yet” is a question a careful panel will ask — and right now the honest answer is “we didn’t”.',
  fix: 'Address it, say how far you got (“partly”), or mark it not applicable with the reason in the evidence note.',
  check(story) {
    return story.checklist.items.flatMap((item, index) =>
      item.status === 'notYet'
        ? [{ path: itemPath(item, 'status'), message: `${titleOf(item, index)} is not yet addressed.` }]
        : [],
    );
  },
};

export const addressedWithoutEvidence: Rule = {
  id: 'checklist.addressedWithoutEvidence',
  section: 'checklist',
  severity: 'warning',
  title: 'Addressed, with no evidence',
  why: 'A box ticked with nothing behind it collapses at the first follow-up: “how many seeds?”, “what budget?”.',
  fix: 'Write the evidence: the numbers, the setting, where it is reported.',
  check(story) {
    return story.checklist.items.flatMap((item, index) =>
      isClaimedDone(item) && isBlank(item.evidence)
        ? [
            {
              path: itemPath(item, 'evidence'),
              message: `${titleOf(item, index)} is marked ${item.status === 'partly' ? 'partly done' : 'addressed'} with no evidence.`,
            },
          ]
        : [],
    );
  },
};

export const evidenceWithoutNumbers: Rule = {
  id: 'checklist.evidenceWithoutNumbers',
  section: 'checklist',
  severity: 'hint',
  title: 'Evidence without numbers',
  why: 'Rigor is judged in numbers — seeds, trials, intervals, budgets — not adjectives like “carefully tuned”.',
  fix: 'Put the numbers in: how many, how much, how large the effect and its spread.',
  check(story, { config }) {
    return story.checklist.items.flatMap((item, index) =>
      isClaimedDone(item) && !isBlank(item.evidence) && !mentionsNumber(item.evidence, config.numberWords)
        ? [{ path: itemPath(item, 'evidence'), message: `The evidence for ${titleOf(item, index)} holds no number.` }]
        : [],
    );
  },
};

export const notApplicableWithoutReason: Rule = {
  id: 'checklist.notApplicableWithoutReason',
  section: 'checklist',
  severity: 'warning',
  title: 'Not applicable, with no reason',
  why: 'Marking a risk “not applicable” silences it. A panel that thinks it does apply will ask why you ruled it out, and the answer should be written before they do.',
  fix: 'Write in the evidence note why the item does not apply to this work.',
  check(story) {
    return story.checklist.items.flatMap((item, index) =>
      item.status === 'notApplicable' && isBlank(item.evidence)
        ? [{ path: itemPath(item, 'evidence'), message: `${titleOf(item, index)} is marked not applicable with no reason.` }]
        : [],
    );
  },
};

/** Where the story claims a gain: the contribution and the results beats of the talk. */
function claimTexts(story: Story): string[] {
  const beats = story.outline.beats.filter((beat) => beat.kind === 'results' || beat.kind === 'mainIdea');
  return [story.contribution.statement, ...beats.flatMap((beat) => [...beat.bullets, plainText(beat.notes)])];
}

/** The first word or phrase in `texts` that claims a gain, as written in the config; null if none. */
function firstGainClaim(texts: readonly string[], phrases: readonly string[]): string | null {
  const targets = phrases.map((phrase) => ({ phrase, words: phraseWords(phrase) }));
  for (const text of texts) {
    const words = phraseWords(text);
    for (let i = 0; i < words.length; i += 1) {
      const hit = targets.find((target) => matchesAt(words, i, target.words));
      if (hit) return hit.phrase;
    }
  }
  return null;
}

export const gainsWithOpenBaselines: Rule = {
  id: 'checklist.gainsWithOpenBaselines',
  section: 'checklist',
  severity: 'warning',
  title: 'Gains claimed while the baselines are open',
  why: 'A gain is only as strong as the baseline it beats. Claiming one while the baseline items are still “not yet” invites the first question every panel asks about a result.',
  fix: 'Address the baseline items (strength and equal tuning) before claiming the gain, or say in the claim what it is measured against.',
  check(story, { config }) {
    const open = story.checklist.items
      .map((item, index) => ({ item, index }))
      .filter(
        ({ item }) => item.status === 'notYet' && item.builtinKey !== null && config.baselineItemKeys.includes(item.builtinKey),
      );
    if (open.length === 0) return [];
    const claim = firstGainClaim(claimTexts(story), [...config.comparatives, ...config.gainWords]);
    if (claim === null) return [];
    return open.map(({ item, index }) => ({
      path: itemPath(item, 'status'),
      message: `The story claims “${claim}”, yet ${titleOf(item, index)} is not yet addressed.`,
    }));
  },
};

export const CHECKLIST_RULES: readonly Rule[] = [
  openRisk,
  notApplicableWithoutReason,
  addressedWithoutEvidence,
  evidenceWithoutNumbers,
  gainsWithOpenBaselines,
];
