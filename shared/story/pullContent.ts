/*
 * Content for a talk beat, pulled from the section that already says it: the field map's task and
 * challenge into "problem", the contribution into "main idea", the limitations into
 * "limitations", and so on. Pure: the story and a beat kind in, speaker notes and slide bullets out.
 */
import { CONSTRAINT_GUIDANCE } from '../content/guidance/fieldMapGuidance';
import type { Family } from '../model/families';
import { CONSTRAINT_KEYS } from '../model/fieldMap';
import { ALTITUDE_KEYS, ALTITUDE_LABELS } from '../model/contribution';
import { MAX_BULLETS, type BeatKind } from '../model/outline';
import { hasText, type RichText } from '../model/richText';
import type { SectionId } from '../model/sections';
import type { Story } from '../model/story';
import { bulletFrom, listPart, notesFromParts, type NotesPart } from './pullParts';

export interface PullSource {
  section: SectionId;
  /** What is pulled, as a phrase: "the contribution statement, your part, the main idea and the gap". */
  what: string;
}

export interface PulledContent {
  notes: RichText;
  bullets: string[];
  /** Whether the source holds nothing to pull yet. */
  isEmpty: boolean;
}

/** Which section each beat kind draws on; custom beats have no natural source. */
export const PULL_SOURCES: Readonly<Partial<Record<BeatKind, PullSource>>> = {
  problem: { section: 'fieldMap', what: 'the core task, the central challenge and what changed recently' },
  priorWork: { section: 'families', what: 'the method families, their ideas and when each wins' },
  mainIdea: { section: 'contribution', what: 'the gap, the main idea, the contribution statement and your part' },
  method: { section: 'contribution', what: 'the method at its four altitudes' },
  setup: { section: 'checklist', what: 'the evidence for baselines, metric, data hygiene and reproducibility' },
  results: { section: 'checklist', what: 'the evidence for ablations, seeds, significance, cost and your own checks' },
  errorAnalysis: { section: 'limitations', what: 'the per-slice evidence and the failure modes' },
  limitations: { section: 'limitations', what: 'the assumptions, trade-offs, what was measured versus believed' },
  futureWork: { section: 'bets', what: 'the next experiment and your open bets' },
  impact: { section: 'fieldMap', what: 'the real user and the constraints that decide usability' },
};

/** Checklist items whose evidence describes the setup; the rest (and the user's own) are results. */
const SETUP_CHECKS = new Set([
  'preregisteredPrediction',
  'strongBaselines',
  'equalTuning',
  'alignedMetric',
  'noTestPeeking',
  'reproducibility',
  'generality',
]);
/** Evidence that belongs to error analysis rather than to the results. */
const ERROR_ANALYSIS_CHECK = 'sliceAnalysis';

interface Draft {
  parts: NotesPart[];
  bullets: string[];
}

function checklistDraft(story: Story, isSetup: boolean): Draft {
  const items = story.checklist.items.filter(
    (item) =>
      item.status !== 'notApplicable' &&
      item.evidence.trim() !== '' &&
      item.builtinKey !== ERROR_ANALYSIS_CHECK &&
      SETUP_CHECKS.has(item.builtinKey ?? '') === isSetup,
  );
  return {
    parts: items.map((item) => ({ label: item.title || 'Check', text: item.evidence })),
    bullets: items.map((item) => bulletFrom(item.evidence)),
  };
}

function draftFor(story: Story, kind: BeatKind): Draft | null {
  const { fieldMap, contribution: c, limitations: l } = story;
  switch (kind) {
    case 'problem':
      return {
        parts: [
          { label: 'The task', text: fieldMap.coreTask },
          { label: 'What makes it hard', text: fieldMap.challenge },
          { label: 'Why now', text: fieldMap.recentChange },
        ],
        bullets: [bulletFrom(fieldMap.coreTask), bulletFrom(fieldMap.challenge)],
      };
    case 'priorWork': {
      const families = story.families.items.filter((f) => f.name.trim() !== '' || f.idea.trim() !== '');
      const conditions = (f: Family) => f.winsWhen.map((w) => w.text.trim().replace(/^when\s+/i, '')).filter(Boolean);
      return {
        parts: families.flatMap((f) => [
          { label: f.name.trim() || 'Unnamed family', text: f.idea },
          listPart(`${f.name.trim() || 'It'} wins when`, conditions(f)),
        ]),
        bullets: families.map((f) => {
          const name = f.name.trim() || 'Unnamed family';
          const [condition] = conditions(f);
          return condition ? bulletFrom(condition, `${name}: wins when `) : name;
        }),
      };
    }
    case 'mainIdea':
      return {
        parts: [
          { label: 'The gap', text: c.gap },
          { label: 'Main idea', text: c.mainIdea },
          { label: 'Contribution', text: c.statement },
          { label: 'My part', text: c.myPart },
        ],
        bullets: [bulletFrom(c.gap), c.mainIdea.trim()],
      };
    case 'method':
      return {
        parts: ALTITUDE_KEYS.flatMap((key) => {
          const altitude = c.altitudes[key];
          if (!hasText(altitude.text)) return [];
          return [
            { label: ALTITUDE_LABELS[key], text: altitude.text },
            { label: 'Why this choice', text: altitude.why, isAside: true },
          ];
        }),
        bullets: ALTITUDE_KEYS.map((key) => bulletFrom(c.altitudes[key].text, `${ALTITUDE_LABELS[key]}: `)),
      };
    case 'setup':
      return checklistDraft(story, true);
    case 'results':
      return checklistDraft(story, false);
    case 'errorAnalysis': {
      const slices = story.checklist.items.find((item) => item.builtinKey === ERROR_ANALYSIS_CHECK);
      const modes = l.failureModes.filter((m) => m.where.trim() !== '');
      return {
        parts: [
          { label: 'Per slice', text: slices?.status === 'notApplicable' ? '' : (slices?.evidence ?? '') },
          ...modes.flatMap((m) => [
            { label: 'It breaks', text: m.where },
            { label: 'Evidence', text: m.evidence, isAside: true },
          ]),
        ],
        bullets: modes.map((m) => bulletFrom(m.where)),
      };
    }
    case 'limitations':
      return {
        parts: [
          { label: 'Assumptions', text: l.assumptions },
          { label: 'Trade-offs', text: l.tradeoffs },
          { label: 'Measured', text: l.measured },
          { label: 'Believed, not yet measured', text: l.believed },
          { label: 'What I would do differently', text: l.doDifferently },
        ],
        bullets: [bulletFrom(l.assumptions), bulletFrom(l.tradeoffs), bulletFrom(l.believed, 'Not yet measured: ')],
      };
    case 'futureWork': {
      const bets = story.bets.filter((b) => (b.status === 'open' || b.status === 'holding') && b.statement.trim() !== '');
      return {
        parts: [
          { label: 'Next experiment', text: l.nextExperiment },
          { label: 'What I expect', text: l.nextExpected, isAside: true },
          ...bets.flatMap((b) => [
            { label: betLabel(b.confidence, b.horizon), text: b.statement },
            { label: 'What would change my mind', text: b.disconfirming, isAside: true },
          ]),
        ],
        bullets: [bulletFrom(l.nextExperiment, 'Next: '), ...bets.map((b) => bulletFrom(b.statement))],
      };
    }
    case 'impact':
      return {
        parts: [
          { label: 'The user', text: fieldMap.productUser },
          listPart(
            'Constraints',
            CONSTRAINT_KEYS.filter((key) => fieldMap.constraints[key].trim() !== '').map(
              (key) => `${CONSTRAINT_GUIDANCE[key].label}: ${fieldMap.constraints[key].replace(/\s+/g, ' ').trim()}`,
            ),
          ),
        ],
        bullets: CONSTRAINT_KEYS.map((key) => bulletFrom(fieldMap.constraints[key], `${CONSTRAINT_GUIDANCE[key].label}: `)),
      };
    case 'custom':
      return null;
  }
}

function betLabel(confidence: number | null, horizon: string | null): string {
  const details = [confidence === null ? null : `${confidence} %`, horizon ? `by ${horizon}` : null].filter(Boolean);
  return details.length > 0 ? `I bet (${details.join(', ')})` : 'I bet';
}

/** Notes and bullets for a beat of this kind from the story, or null when the kind has no source. */
export function pullContent(story: Story, kind: BeatKind): PulledContent | null {
  const draft = draftFor(story, kind);
  if (!draft) return null;
  const notes = notesFromParts(draft.parts);
  const bullets = uniqueLines(draft.bullets).slice(0, MAX_BULLETS);
  return { notes, bullets, isEmpty: !hasText(notes) };
}

function uniqueLines(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = line.trim().toLocaleLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Existing notes with pulled notes added below them (trailing empty lines dropped). */
export function appendNotes(existing: RichText, addition: RichText): RichText {
  const last = existing.content.findLastIndex((block) => hasText({ type: 'doc', content: [block] }));
  if (last === -1) return addition;
  return { type: 'doc', content: [...existing.content.slice(0, last + 1), ...addition.content] };
}

/** Existing bullets followed by pulled ones they do not already hold, within the slide's limit. */
export function mergeBullets(existing: readonly string[], addition: readonly string[]): string[] {
  const kept = existing.filter((line) => line.trim() !== '');
  const have = new Set(kept.map((line) => line.trim().toLocaleLowerCase()));
  const added = addition.filter((line) => line.trim() !== '' && !have.has(line.trim().toLocaleLowerCase()));
  return [...kept, ...added].slice(0, MAX_BULLETS);
}
