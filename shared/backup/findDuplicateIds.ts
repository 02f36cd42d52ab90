import type { BackupFile } from './backupFile';
import { backupPath } from './backupPath';
import type { BackupProblem } from './backupProblem';

function duplicatesIn(items: readonly unknown[], key: string, path: PropertyKey[]): BackupProblem[] {
  const firstAt = new Map<unknown, number>();
  const problems: BackupProblem[] = [];
  items.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || !Object.hasOwn(item, key)) return;
    const id = (item as Record<string, unknown>)[key];
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else
      problems.push({
        where: backupPath([...path, index, key]),
        message: `the id “${String(id)}” is already used by ${backupPath([...path, first])}: each record needs its own`,
      });
  });
  return problems;
}

/** Every list of records inside a value (the records of a story), checked for repeated ids. */
function nestedDuplicates(value: unknown, path: PropertyKey[]): BackupProblem[] {
  if (Array.isArray(value)) {
    return [...duplicatesIn(value, 'id', path), ...value.flatMap((item, index) => nestedDuplicates(item, [...path, index]))];
  }
  if (typeof value !== 'object' || value === null) return [];
  // Rich text holds no records; skipping it keeps the walk short.
  if ((value as { type?: unknown }).type === 'doc') return [];
  return Object.entries(value).flatMap(([key, inner]) => nestedDuplicates(inner, [...path, key]));
}

/**
 * Records that share an id in one file: two stories, two sessions, two bets in a story… Such a
 * file cannot be written without one record silently replacing another, so it is refused.
 */
export function findDuplicateIds(file: BackupFile): BackupProblem[] {
  return [
    ...file.stories.flatMap((story, index) => nestedDuplicates(story, ['stories', index])),
    ...duplicatesIn(file.stories, 'id', ['stories']),
    ...duplicatesIn(file.sessions, 'id', ['sessions']),
    ...file.critiques.flatMap((critique, index) => nestedDuplicates(critique, ['critiques', index])),
    ...duplicatesIn(file.critiques, 'id', ['critiques']),
    ...duplicatesIn(file.formats, 'id', ['formats']),
    ...duplicatesIn(file.questions, 'id', ['questions']),
    ...duplicatesIn(file.practice, 'questionId', ['practice']),
    ...duplicatesIn(file.recordings, 'sessionId', ['recordings']),
    ...duplicatesIn(file.analyses, 'sessionId', ['analyses']),
    ...file.analyses.flatMap((analysis, index) =>
      file.sessions.some((s) => s.id === analysis.sessionId)
        ? []
        : [
            {
              where: backupPath(['analyses', index, 'sessionId']),
              message: 'this delivery analysis belongs to no rehearsal in the file',
            },
          ],
    ),
    ...file.recordings.flatMap((recording, index) =>
      file.sessions.some((s) => s.id === recording.sessionId)
        ? []
        : [
            {
              where: backupPath(['recordings', index, 'sessionId']),
              message: 'this recording belongs to no rehearsal in the file',
            },
          ],
    ),
  ];
}
