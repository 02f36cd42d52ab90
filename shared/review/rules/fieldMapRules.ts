import { CONSTRAINT_GUIDANCE } from '../../content/guidance/fieldMapGuidance';
import type { Rule } from '../finding';
import { mentionsNumber } from '../text/hasQuantity';
import { phraseWords } from '../text/tokenize';
import { excerpt, isBlank, textOf } from './ruleText';

function contentWords(text: string, stopWords: ReadonlySet<string>): string[] {
  return phraseWords(text).filter((word) => !stopWords.has(word));
}

export const subAreaNotNarrower: Rule = {
  id: 'fieldMap.subAreaNotNarrower',
  section: 'fieldMap',
  severity: 'warning',
  title: 'Sub-area not narrower than the field',
  why: 'Panels test depth by asking for the key papers and open problems of your corner of the field. A sub-area as wide as the field itself suggests you know many things a little.',
  fix: 'Name a corner you could list the ten key papers of: add the task, the setting or the constraint that sets it apart.',
  check(story, { config }) {
    const path = ['fieldMap', 'subArea'];
    const sub = story.fieldMap.subArea.trim();
    const broad = story.fieldMap.broadField.trim();
    if (sub === '') return [{ path, message: 'No scoped sub-area yet.' }];
    const stop = new Set(config.stopWords);
    const subWords = contentWords(sub, stop);
    if (config.broadFieldNames.includes(subWords.join(' '))) {
      return [{ path, message: `“${excerpt(sub)}” names a whole field, not a corner of one.` }];
    }
    const broadWords = new Set(contentWords(broad, stop));
    const extra = subWords.filter((word) => !broadWords.has(word));
    if (extra.length >= config.minSubAreaExtraWords) return [];
    const message =
      broad === ''
        ? `“${excerpt(sub)}” is too short to scope the work.`
        : `“${excerpt(sub)}” adds little to the broad field “${excerpt(broad)}”.`;
    return [{ path, message }];
  },
};

export const noFirstHandEvidence: Rule = {
  id: 'fieldMap.noFirstHandEvidence',
  section: 'fieldMap',
  severity: 'error',
  title: 'No first-hand evidence',
  why: 'Panels probe what you did with your own hands — models trained, data built, systems run — because that separates experience from reading. With nothing here, every answer sounds second-hand.',
  fix: 'Add an evidence item: what you built, trained or debugged, at what scale, and what it taught you that no paper did.',
  check(story) {
    const hasAny = story.fieldMap.evidence.some((item) => !isBlank(item.done));
    return hasAny ? [] : [{ path: ['fieldMap', 'evidence'], message: 'No evidence item says what you did yourself.' }];
  },
};

export const noFailureEvidence: Rule = {
  id: 'fieldMap.noFailureEvidence',
  section: 'fieldMap',
  severity: 'warning',
  title: 'No failure or debugging story',
  why: '“Tell me about something that did not work” comes up in almost every research interview: how you debug shows how you think.',
  fix: 'Add an evidence item of kind “failure or debugging story”: the symptom, how you found the cause, and what you changed.',
  check(story) {
    const filled = story.fieldMap.evidence.filter((item) => !isBlank(item.done));
    if (filled.length === 0 || filled.some((item) => item.kind === 'failure')) return [];
    return [{ path: ['fieldMap', 'evidence'], message: 'None of your evidence is about a failure.' }];
  },
};

export const evidenceWithoutLesson: Rule = {
  id: 'fieldMap.evidenceWithoutLesson',
  section: 'fieldMap',
  severity: 'hint',
  title: 'Evidence without a lesson',
  why: 'After “what did you do?” comes “what did you learn?”. The lesson is what shows judgement.',
  fix: 'Say what you learned that you would not have learned from reading.',
  check(story) {
    return story.fieldMap.evidence
      .filter((item) => !isBlank(item.done) && isBlank(item.learned))
      .map((item) => ({
        path: ['fieldMap', 'evidence', { id: item.id }, 'learned'],
        message: `“${excerpt(item.done)}” says what you did but not what you learned.`,
      }));
  },
};

export const recentChangeUnsupported: Rule = {
  id: 'fieldMap.recentChangeUnsupported',
  section: 'fieldMap',
  severity: 'hint',
  title: 'Recent change without evidence',
  why: 'Saying the field moved invites “how do you know?”. A date, a number or a result you reproduced turns an impression into evidence.',
  fix: 'Add the number, date or result that shows the change.',
  check(story, { config }) {
    const text = textOf(story.fieldMap.recentChange);
    if (text.trim() === '' || mentionsNumber(text, config.numberWords)) return [];
    return [{ path: ['fieldMap', 'recentChange'], message: 'What changed recently holds no number, date or result.' }];
  },
};

export const noProductUser: Rule = {
  id: 'fieldMap.noProductUser',
  section: 'fieldMap',
  severity: 'warning',
  title: 'No real user',
  why: 'Industry panels ask who would use this and what would make them switch; without a user, quality, latency and cost have nothing to be measured against.',
  fix: 'Describe one real user: what they do today, and what would make them switch.',
  check(story) {
    if (!isBlank(story.fieldMap.productUser)) return [];
    return [{ path: ['fieldMap', 'productUser'], message: 'The product bridge names no user.' }];
  },
};

export const constraintUnquantified: Rule = {
  id: 'fieldMap.constraintUnquantified',
  section: 'fieldMap',
  severity: 'hint',
  title: 'Constraint without a number',
  why: '“Fast” and “cheap” cannot be checked. A panel will ask for the threshold that decides whether the work is usable.',
  fix: 'Give the number: a latency at a percentile, a cost per use, an error rate the user accepts.',
  check(story, { config }) {
    return config.quantifiedConstraints
      .filter((key) => {
        const value = story.fieldMap.constraints[key];
        return value.trim() !== '' && !mentionsNumber(value, config.numberWords);
      })
      .map((key) => ({
        path: ['fieldMap', 'constraints', key],
        message: `${CONSTRAINT_GUIDANCE[key].label} is stated without a number.`,
      }));
  },
};

export const FIELD_MAP_RULES: readonly Rule[] = [
  subAreaNotNarrower,
  noFirstHandEvidence,
  noFailureEvidence,
  evidenceWithoutLesson,
  recentChangeUnsupported,
  noProductUser,
  constraintUnquantified,
];
