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
import { storyCues } from './storyCues';
import { SECOND_MS } from '../time/duration';

export interface PlannedSegment {
  title: string;
  budgetMs: number;
  tags: readonly ChallengeTag[];
  /** The talk beat this segment rehearses, if any. */
  beatId: string | null;
  bullets: readonly string[];
  notes: RichText | null;
  /** In a question period, how often a challenge question is thrown (run time, ms); absent otherwise. */
  questionEveryMs?: number;
}

/** A question period after the talk: how long it lasts and how often a question comes. */
export interface QuestionPeriod {
  lengthMs: number;
  everyMs: number;
}

/** The lengths a question period can take, in minutes (a talk slot of 30–60 leaves 10–40 for questions). */
export const QUESTION_PERIOD_MINUTES = [10, 15, 20, 25, 30, 35, 40] as const;
/** How often a question can come in the period, in minutes. */
export const QUESTION_PERIOD_EVERY_MINUTES = [1, 2, 3, 4, 5] as const;

export interface RunOptions {
  /** Questions after a talk that follows the outline; null or absent for none. */
  questionPeriod?: QuestionPeriod | null;
  /** The STAR story a behavioural run tells; absent for the first one written. */
  starStoryId?: string | null;
  /** The critique a paper discussion draws its cue cards from; absent or null for none. */
  critique?: Critique | null;
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

/** The segment of questions after a talk: every question fits, those on the talk's beats first. */
function questionSegment(period: QuestionPeriod, talk: readonly PlannedSegment[]): PlannedSegment {
  const tags = new Set<ChallengeTag>(['general']);
  for (const segment of talk) for (const tag of segment.tags) tags.add(tag);
  return {
    title: 'Questions',
    budgetMs: period.lengthMs,
    tags: [...tags],
    beatId: null,
    bullets: ['Let the question finish before you answer', 'Say what is true in it, then where your claim stops'],
    notes: null,
    questionEveryMs: period.everyMs,
  };
}

/**
 * The segments of a run of `format`, drawing beats and notes from `story` when it has them. A
 * format that follows the outline lasts as long as the story's talk (the length its notes script
 * and slide exports state); only a run with no story falls back on the format's own length. A
 * format whose source is a critique draws its cue cards from `options.critique`, part by part.
 */
export function planRun(format: RehearsalFormat, story: Story | null, options: RunOptions = {}): RunPlan {
  const base = { formatId: format.id, formatName: format.name, warnAtFraction: format.warnAtFraction };
  if (format.source === 'outline') {
    const beats = beatsOf(story);
    const budgets = scaleBudgets(
      beats.map((beat) => beat.budgetMs),
      story ? story.outline.talkMs : format.totalMs,
    );
    const segments = beats.map((beat, i) => ({
      title: beat.title.trim() || 'Untitled beat',
      // A beat scaled down to nothing still gets a moment, so the run can pass through it.
      budgetMs: Math.max(SECOND_MS, budgets[i] ?? 0),
      tags: beatTags(beat.kind),
      beatId: story ? beat.id : null,
      bullets: beat.bullets.filter((b) => b.trim() !== ''),
      notes: story ? beat.notes : null,
    }));
    const outlineWords = story ? beats.reduce((sum, beat) => sum + notesWords(beat.notes), 0) : null;
    const period = options.questionPeriod;
    const all = period && segments.length > 0 ? [...segments, questionSegment(period, segments)] : segments;
    return { ...base, segments: all, outlineWords };
  }
  const critique = options.critique ?? null;
  const segments = format.segments.map((s, index) => {
    const cue = format.source === 'critique' && critique ? critiqueCue(critique, critiquePartAt(index)) : null;
    return {
      title: s.title.trim() || 'Untitled segment',
      budgetMs: s.budgetMs,
      tags: s.tags,
      beatId: null,
      bullets: cue ? cue.bullets : [...storyCues(s.id, story, options.starStoryId), ...(ownValue(PRESET_CUES, s.id) ?? [])],
      notes: cue ? cue.notes : null,
    };
  });
  return { ...base, segments, outlineWords: null };
}
