import { CONSTRAINT_GUIDANCE } from '../../content/guidance/fieldMapGuidance';
import type { Rule } from '../finding';
import { mentionsNumber } from '../text/hasQuantity';
import { matchesAt, phraseWords } from '../text/tokenize';
import { excerpt, isBlank, textOf } from './ruleText';

function contentWords(text: string, stopWords: ReadonlySet<string>): string[] {
  return phraseWords(text).filter((word) => !stopWords.has(word));
}

/** The words left once every whole-field name ("nlp", "question answering") is taken out. */
function withoutFieldNames(words: readonly string[], fieldNames: readonly string[]): string[] {
  const names = fieldNames.map(phraseWords).sort((a, b) => b.length - a.length);
  const left: string[] = [];
  for (let i = 0; i < words.length;) {
    const name = names.find((phrase) => matchesAt(words, i, phrase));
    if (name) i += name.length;
    else left.push(words[i++]!);
  }
  return left;
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
    // “NLP for QA” adds words, but only the names of other whole fields.
    if (extra.length > 0 && withoutFieldNames(extra, config.broadFieldNames).length === 0) {
      return [{ path, message: `“${excerpt(sub)}” joins whole fields; it does not name a corner of one.` }];
    }
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

const FRAMING_FIELDS = [
  { key: 'coreTask', name: 'The core task' },
  { key: 'challenge', name: 'The central technical challenge' },
  { key: 'recentChange', name: 'What changed recently' },
] as const;

export const blankFraming: Rule = {
  id: 'fieldMap.blankFraming',
  section: 'fieldMap',
  severity: 'warning',
  title: 'Core task, challenge or recent change left blank',
  why: 'The opening minutes of a state-of-the-art discussion ask what the task is, what makes it hard and what moved lately. A blank here is an answer you will improvise in the room.',
  fix: 'Write the task as input, output and measure of quality; the one obstacle that makes it hard; and what changed in the last two years.',
  check(story) {
    return FRAMING_FIELDS.filter(({ key }) => isBlank(story.fieldMap[key])).map(({ key, name }) => ({
      path: ['fieldMap', key],
      message: `${name} is blank.`,
    }));
  },
};

const PRODUCT_CONSTRAINTS = ['quality', 'latency', 'cost', 'privacy'] as const;

export const noProductConstraints: Rule = {
  id: 'fieldMap.noProductConstraints',
  section: 'fieldMap',
  severity: 'warning',
  title: 'No product constraints',
  why: 'An industry panel turns every method into a question of what it costs and what it must not break. With no constraint written down, you cannot say which one binds first.',
  fix: 'State at least the constraint that binds first: the quality floor, the latency, the cost per use or the privacy rule.',
  check(story) {
    const { constraints } = story.fieldMap;
    if (PRODUCT_CONSTRAINTS.some((key) => !isBlank(constraints[key]))) return [];
    return [{ path: ['fieldMap', 'constraints', 'quality'], message: 'Quality, latency, cost and privacy are all blank.' }];
  },
};

export const noMonitoringPlan: Rule = {
  id: 'fieldMap.noMonitoringPlan',
  section: 'fieldMap',
  severity: 'warning',
  title: 'No monitoring plan',
  why: 'Once a system is live, offline scores stop arriving. A panel asks what you would watch instead, and what would make you roll back.',
  fix: 'Name the signal you would watch in use and the threshold that triggers a rollback.',
  check(story) {
    if (!isBlank(story.fieldMap.constraints.monitoring)) return [];
    return [{ path: ['fieldMap', 'constraints', 'monitoring'], message: 'Nothing says what you would watch once it is live.' }];
  },
};

export const FIELD_MAP_RULES: readonly Rule[] = [
  subAreaNotNarrower,
  blankFraming,
  noFirstHandEvidence,
  noFailureEvidence,
  evidenceWithoutLesson,
  recentChangeUnsupported,
  noProductUser,
  noProductConstraints,
  constraintUnquantified,
  noMonitoringPlan,
];
