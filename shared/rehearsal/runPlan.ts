/*
 * What a run will go through, segment by segment: the format's segments, or, for a format that
 * follows the talk outline, the story's beats with their budgets scaled to the format's length.
 * Each segment carries what its cue card shows and the tags that steer the challenges.
 */
import { PRESET_CUES } from '../content/rehearsalPresets';
import { critiqueCue, critiquePartAt } from '../critique/critiqueCues';
import type { Critique } from '../model/critique';
import { ownValue } from '../model/ownValue';
import type { ChallengeTag } from '../model/challenge';
import { DEFAULT_BEATS, type Beat, type BeatKind } from '../model/outline';
import type { RehearsalFormat } from '../model/rehearsalFormat';
import { emptyDoc, type RichText } from '../model/richText';
import type { Story } from '../model/story';
import { notesWords } from '../story/outlineTiming';
import { scaleBudgets } from '../story/scaleBudgets';

export interface PlannedSegment {
  title: string;
  budgetSeconds: number;
  tags: readonly ChallengeTag[];
  /** The talk beat this segment rehearses, if any. */
  beatId: string | null;
  bullets: readonly string[];
  notes: RichText | null;
}

export interface RunPlan {
  formatId: string;
  formatName: string;
  warnAtFraction: number;
  segments: PlannedSegment[];
  /** Words in the outline's notes, for a run of the talk; null otherwise. */
  outlineWords: number | null;
}

function beatTags(kind: BeatKind): ChallengeTag[] {
  return kind === 'custom' ? ['outline', 'general'] : [kind, 'outline'];
}

function beatsOf(story: Story | null): Beat[] {
  if (story) return story.outline.beats;
  // Without a story, the default talk still gives a timed run, just with no notes.
  return DEFAULT_BEATS.map((beat) => ({ ...beat, id: `default-${beat.kind}`, bullets: [], notes: emptyDoc() }));
}

/**
 * The segments of a run of `format`, drawing beats and notes from `story` when it has them; a
 * format whose source is a critique draws its cue cards from `critique`, part by part.
 */
export function planRun(format: RehearsalFormat, story: Story | null, critique: Critique | null = null): RunPlan {
  const base = { formatId: format.id, formatName: format.name, warnAtFraction: format.warnAtFraction };
  if (format.source === 'outline') {
    const beats = beatsOf(story);
    const budgets = scaleBudgets(
      beats.map((beat) => beat.budgetSeconds),
      format.totalSeconds,
    );
    const segments = beats.map((beat, i) => ({
      title: beat.title.trim() || 'Untitled beat',
      // A beat scaled down to nothing still gets a moment, so the run can pass through it.
      budgetSeconds: Math.max(1, budgets[i] ?? 0),
      tags: beatTags(beat.kind),
      beatId: story ? beat.id : null,
      bullets: beat.bullets.filter((b) => b.trim() !== ''),
      notes: story ? beat.notes : null,
    }));
    const outlineWords = story ? beats.reduce((sum, beat) => sum + notesWords(beat.notes), 0) : null;
    return { ...base, segments, outlineWords };
  }
  const segments = format.segments.map((s, index) => {
    const cue = format.source === 'critique' && critique ? critiqueCue(critique, critiquePartAt(index)) : null;
    return {
      title: s.title.trim() || 'Untitled segment',
      budgetSeconds: s.budgetSeconds,
      tags: s.tags,
      beatId: null,
      bullets: cue ? cue.bullets : (ownValue(PRESET_CUES, s.id) ?? []),
      notes: cue ? cue.notes : null,
    };
  });
  return { ...base, segments, outlineWords: null };
}
