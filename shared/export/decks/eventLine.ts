import { EVENT_KIND_LABELS, type StoryEvent } from '../../model/event';

/** The event as a title slide says it: "Thesis defense · 2027-03-14"; "Other" alone says nothing, so it is left out. */
export function eventLine(event: StoryEvent): string {
  const parts = [event.kind === 'other' ? '' : EVENT_KIND_LABELS[event.kind], event.date ?? ''];
  return parts.filter((part) => part !== '').join(' · ');
}
