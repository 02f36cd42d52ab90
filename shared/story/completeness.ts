/*
 * How much of each section holds content: a count of filled fields over the fields there are.
 * List sections count per record, so adding an empty record lowers the share until it is filled.
 */
import { ratingOf } from '../model/families';
import { DEFAULT_BEATS } from '../model/outline';
import type { Story } from '../model/story';
import { hasText, type RichText } from '../model/richText';
import { SECTION_IDS, type SectionId } from '../model/sections';

export interface SectionCompleteness {
  section: SectionId;
  filled: number;
  total: number;
}

type Field = string | RichText | boolean | number | null;

const DEFAULT_TITLES = new Map<string, string>(DEFAULT_BEATS.map((beat) => [beat.kind, beat.title]));

function isFilled(field: Field): boolean {
  if (field === null) return false;
  if (typeof field === 'boolean') return field;
  if (typeof field === 'number') return true;
  if (typeof field === 'string') return field.trim() !== '';
  return hasText(field);
}

function tally(fields: readonly Field[]): { filled: number; total: number } {
  return { filled: fields.filter(isFilled).length, total: fields.length };
}

function sectionFields(story: Story, section: SectionId): Field[] {
  switch (section) {
    case 'fieldMap': {
      const map = story.fieldMap;
      return [
        map.broadField,
        map.subArea,
        map.coreTask,
        map.challenge,
        map.recentChange,
        map.evidence.some((item) => item.done.trim() !== ''),
        map.productUser,
        ...Object.values(map.constraints),
      ];
    }
    case 'families': {
      const { axes, items } = story.families;
      if (items.length === 0) return [false];
      return items.flatMap((f) => [
        ...[f.name, f.idea, f.methods, f.solves, f.whyWorks, f.failsWhere, f.assumes, f.experience],
        axes.length > 0 && axes.every((axis) => ratingOf(f, axis.id).score !== null),
        f.winsWhen.some((w) => w.text.trim() !== ''),
      ]);
    }
    case 'bets':
      if (story.bets.length === 0) return [false];
      return story.bets.flatMap((b) => [b.statement, b.horizon, b.confidence, b.evidence, b.disconfirming]);
    case 'contribution': {
      const c = story.contribution;
      const altitudes = Object.values(c.altitudes).flatMap((a) => [a.text, a.why]);
      return [c.statement, c.myPart, c.teamPart, c.gap, c.mainIdea, ...altitudes];
    }
    case 'checklist':
      return story.checklist.items.map((item) => item.status !== 'notYet');
    case 'limitations': {
      const l = story.limitations;
      return [
        l.failureModes.some((m) => m.where.trim() !== ''),
        l.assumptions,
        l.tradeoffs,
        l.nextExperiment,
        l.nextExpected,
        l.doDifferently,
        l.measured,
        l.believed,
        l.computeUp,
        l.computeDown,
        l.deployWatch,
        l.deployGuard,
      ];
    }
    case 'outline':
      // A default beat's own title is ours, not the user's: it counts once the user changes it.
      return story.outline.beats.flatMap((b) => [
        b.title.trim() !== '' && b.title !== DEFAULT_TITLES.get(b.kind),
        b.bullets.some((x) => x.trim() !== ''),
        b.notes,
      ]);
  }
}

/** The completeness of one section of a story. */
export function sectionCompleteness(story: Story, section: SectionId): SectionCompleteness {
  return { section, ...tally(sectionFields(story, section)) };
}

/** The completeness of every section, in workspace order. */
export function storyCompleteness(story: Story): SectionCompleteness[] {
  return SECTION_IDS.map((section) => sectionCompleteness(story, section));
}

/** Overall share of filled fields, 0 to 1. */
export function overallCompleteness(sections: readonly SectionCompleteness[]): number {
  const total = sections.reduce((sum, s) => sum + s.total, 0);
  return total === 0 ? 0 : sections.reduce((sum, s) => sum + s.filled, 0) / total;
}
