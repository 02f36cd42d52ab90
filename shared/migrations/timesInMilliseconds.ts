/*
 * Schema version 4 stores every duration in milliseconds, in fields named for it: a beat's
 * budgetSeconds becomes budgetMs, the talk's talkMinutes becomes talkMs, a format's totalSeconds
 * and its segments' budgetSeconds become totalMs and budgetMs, a session segment's budgetSeconds
 * becomes budgetMs, and a practice entry's seconds becomes answerMs. These pure steps turn one
 * stored record of version 3 (or older) into version 4. They are used by the database upgrade and
 * by the backup migration, and by the autosave journal for a copy written before the upgrade.
 *
 * Each step leaves a record that has no old field as it is, so running it twice does no harm,
 * and leaves a value that is not a number as it is, so validation still names what is wrong.
 */

type RawRecord = Record<string, unknown>;

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of a record with one field renamed and its number scaled; other values kept. */
function renameScaled(record: RawRecord, from: string, to: string, factor: number): RawRecord {
  if (!Object.hasOwn(record, from)) return record;
  const { [from]: value, ...rest } = record;
  const scaled = typeof value === 'number' ? Math.round(value * factor) : value;
  return { ...rest, [to]: scaled };
}

function mapArray(value: unknown, step: (record: RawRecord) => RawRecord): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? step(item) : item)) : value;
}

function mapField(record: RawRecord, field: string, step: (value: unknown) => unknown): RawRecord {
  return Object.hasOwn(record, field) ? { ...record, [field]: step(record[field]) } : record;
}

const budgetToMs = (record: RawRecord) => renameScaled(record, 'budgetSeconds', 'budgetMs', SECOND_MS);

/** A stored story: its outline's talk length and its beats' budgets. */
export function storyTimesToMs(story: unknown): unknown {
  if (!isRecord(story)) return story;
  return mapField(story, 'outline', (outline) => {
    if (!isRecord(outline)) return outline;
    const withTalk = renameScaled(outline, 'talkMinutes', 'talkMs', MINUTE_MS);
    return mapField(withTalk, 'beats', (beats) => mapArray(beats, budgetToMs));
  });
}

/** A stored rehearsal format: its total length and its segments' budgets. */
export function formatTimesToMs(format: unknown): unknown {
  if (!isRecord(format)) return format;
  const withTotal = renameScaled(format, 'totalSeconds', 'totalMs', SECOND_MS);
  return mapField(withTotal, 'segments', (segments) => mapArray(segments, budgetToMs));
}

/** A stored rehearsal session: the budget each segment had. */
export function sessionTimesToMs(session: unknown): unknown {
  if (!isRecord(session)) return session;
  return mapField(session, 'segments', (segments) => mapArray(segments, budgetToMs));
}

/** A stored practice record: how long each timed answer took. */
export function practiceTimesToMs(practice: unknown): unknown {
  if (!isRecord(practice)) return practice;
  return mapField(practice, 'log', (log) => mapArray(log, (entry) => renameScaled(entry, 'seconds', 'answerMs', SECOND_MS)));
}
