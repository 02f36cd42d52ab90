import type { ChecklistItem } from '../../model/checklist';
import type { Rule } from '../finding';
import { mentionsNumber } from '../text/hasQuantity';
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

export const CHECKLIST_RULES: readonly Rule[] = [openRisk, addressedWithoutEvidence, evidenceWithoutNumbers];
