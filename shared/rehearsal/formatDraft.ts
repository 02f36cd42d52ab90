/*
 * The format editor's form, as typed, and the check that turns it into a format. Durations are
 * typed the way the outline takes them ("2:30", "2", "90s"); every problem comes back with the
 * field it belongs to and a sentence saying what to write instead.
 */
import { CHALLENGE_TAGS, type ChallengeTag } from '../model/challenge';
import { MAX_SEGMENT_MS, type RehearsalFormat } from '../model/rehearsalFormat';
import { MAX_LINE } from '../model/text';
import { formatDuration, parseDuration, SECOND_MS } from '../time/duration';

export const MAX_FORMAT_SEGMENTS = 60;

export interface SegmentDraft {
  id: string;
  title: string;
  budget: string;
  tags: readonly ChallengeTag[];
}

export interface FormatDraft {
  name: string;
  source: RehearsalFormat['source'];
  /** The talk length, for a format that follows the outline. */
  total: string;
  /** The warning point, as a percentage of each budget. */
  warnAtPercent: string;
  segments: readonly SegmentDraft[];
}

/** A problem with one field of the form; `field` is "name", "total", "warnAt", "segments" or "segment-<i>-title|budget". */
export interface FormatProblem {
  field: string;
  message: string;
}

export type FormatCheck = { ok: true; format: RehearsalFormat } | { ok: false; problems: FormatProblem[] };

function percentText(fraction: number): string {
  return String(Math.round(fraction * 100));
}

/** The form for an existing format. */
export function draftFromFormat(format: RehearsalFormat): FormatDraft {
  return {
    name: format.name,
    source: format.source,
    total: formatDuration(format.totalMs),
    warnAtPercent: percentText(format.warnAtFraction),
    segments: format.segments.map((s) => ({
      id: s.id,
      title: s.title,
      budget: formatDuration(s.budgetMs),
      tags: s.tags,
    })),
  };
}

function checkDuration(input: string, what: string): { ms: number } | { message: string } {
  const parsed = parseDuration(input, Number.POSITIVE_INFINITY);
  if (!parsed.ok) return { message: `${what}: ${parsed.error}` };
  if (parsed.ms < SECOND_MS) return { message: `${what}: give it at least one second.` };
  if (parsed.ms > MAX_SEGMENT_MS) return { message: `${what}: at most ${formatDuration(MAX_SEGMENT_MS)} (four hours).` };
  return { ms: parsed.ms };
}

function checkWarnAt(input: string, previous: number | undefined): number | null {
  // Two thirds shows as 67; left as it was, it stays exactly two thirds (a warning at 2:00 of 3:00).
  if (previous !== undefined && input.trim() === percentText(previous)) return previous;
  const value = Number(input.trim().replace(/%$/, ''));
  if (input.trim() === '' || !Number.isFinite(value) || value < 10 || value > 100) return null;
  return value / 100;
}

function isTag(tag: string): tag is ChallengeTag {
  return (CHALLENGE_TAGS as readonly string[]).includes(tag);
}

/**
 * The format the form describes, keeping `id` and `presetKey`, or every problem with it.
 * `previousWarnAt` is the warning point the form started from, kept exactly if left unchanged.
 */
export function checkFormatDraft(draft: FormatDraft, id: string, presetKey: string | null, previousWarnAt?: number): FormatCheck {
  const problems: FormatProblem[] = [];
  const name = draft.name.trim().replace(/\s+/g, ' ');
  if (name === '') problems.push({ field: 'name', message: 'Give the format a name.' });
  else if (name.length > MAX_LINE)
    problems.push({ field: 'name', message: `Shorten the name to at most ${MAX_LINE} characters.` });

  const warnAtFraction = checkWarnAt(draft.warnAtPercent, previousWarnAt);
  if (warnAtFraction === null) {
    problems.push({ field: 'warnAt', message: 'Write the warning point as a percentage from 10 to 100, e.g. 80.' });
  }

  const segments = draft.segments.map((segment, i) => {
    const label = `Segment ${i + 1}`;
    const title = segment.title.trim().replace(/\s+/g, ' ');
    if (draft.source !== 'outline' && title === '') {
      problems.push({ field: `segment-${i}-title`, message: `${label} needs a title.` });
    }
    const budget = checkDuration(segment.budget, `${label}${title ? ` (“${title.slice(0, 40)}”)` : ''}`);
    if ('message' in budget && draft.source !== 'outline')
      problems.push({ field: `segment-${i}-budget`, message: budget.message });
    return {
      id: segment.id,
      title,
      budgetMs: 'ms' in budget ? budget.ms : SECOND_MS,
      tags: [...new Set(segment.tags.filter(isTag))],
    };
  });

  let totalMs = segments.reduce((sum, s) => sum + s.budgetMs, 0);
  if (draft.source === 'outline') {
    const total = checkDuration(draft.total, 'Talk length');
    if ('message' in total) problems.push({ field: 'total', message: total.message });
    else totalMs = total.ms;
  } else if (segments.length === 0) {
    problems.push({ field: 'segments', message: 'Add at least one segment.' });
  } else if (segments.length > MAX_FORMAT_SEGMENTS) {
    problems.push({ field: 'segments', message: `A format can hold at most ${MAX_FORMAT_SEGMENTS} segments.` });
  } else if (totalMs > MAX_SEGMENT_MS) {
    problems.push({
      field: 'segments',
      message: `The segments add up to ${formatDuration(totalMs)}; a run lasts at most four hours.`,
    });
  }

  if (problems.length > 0 || warnAtFraction === null) return { ok: false, problems };
  return {
    ok: true,
    format: {
      id,
      name,
      presetKey,
      source: draft.source,
      totalMs,
      segments: draft.source === 'outline' ? [] : segments,
      warnAtFraction,
    },
  };
}
