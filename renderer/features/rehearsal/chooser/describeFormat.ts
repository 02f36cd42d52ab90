import type { RehearsalFormat } from '../../../../shared/model/rehearsalFormat';
import { formatDuration } from '../../../../shared/time/duration';

/** One line on what a format holds, for the chooser: "45:00 · Framing 15:00 · Solution sketch 20:00 …". */
export function describeFormat(format: RehearsalFormat): string {
  const total = formatDuration(format.totalMs);
  if (format.source === 'outline') {
    return `As long as the story’s talk (${total} with no story) · the talk outline’s beats, each scaled to fit`;
  }
  const parts = format.segments.map((s) => `${s.title} ${formatDuration(s.budgetMs)}`);
  return [total, ...parts].join(' · ');
}
