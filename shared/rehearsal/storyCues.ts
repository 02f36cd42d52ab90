/*
 * Cue-card points drawn from the chosen story for the segments of a preset that rehearse it:
 * the research vision takes the field map and the bets. They come before the preset's own
 * prompts, so the card opens on what the user wrote.
 */
import { BET_STATUS_LABELS } from '../model/bets';
import { plainText } from '../model/richText';
import type { Story } from '../model/story';

/** Longest point a cue card shows before cutting it short. */
export const MAX_CUE_CHARS = 180;

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_CUE_CHARS ? `${flat.slice(0, MAX_CUE_CHARS - 1).trimEnd()}…` : flat;
}

function labelled(label: string, text: string): string[] {
  const flat = cut(text);
  return flat === '' ? [] : [`${label}: ${flat}`];
}

function problemCues(story: Story): string[] {
  const map = story.fieldMap;
  return [
    ...labelled('The task you chose', plainText(map.coreTask)),
    ...labelled('What makes it hard', plainText(map.challenge)),
    ...labelled('Who gains', plainText(map.productUser)),
  ];
}

function fieldCues(story: Story): string[] {
  const map = story.fieldMap;
  const where = [map.broadField.trim(), map.subArea.trim()].filter((s) => s !== '').join(' → ');
  const families = story.families.items.map((f) => f.name.trim()).filter((n) => n !== '');
  return [
    ...labelled('Where you stand', where),
    ...labelled('What changed recently', plainText(map.recentChange)),
    ...labelled('The families you compare', families.join(', ')),
  ];
}

function betCues(story: Story): string[] {
  return story.bets
    .filter((bet) => bet.statement.trim() !== '' && bet.status !== 'refuted')
    .slice(0, 6)
    .map((bet) => {
      // What is known about the bet comes first, so cutting a long statement short never loses it.
      const about = [
        bet.status === 'open' ? '' : BET_STATUS_LABELS[bet.status].toLowerCase(),
        bet.horizon ? `by ${bet.horizon}` : '',
        bet.confidence === null ? '' : `${bet.confidence} % sure`,
      ].filter((part) => part !== '');
      return `Bet${about.length > 0 ? ` (${about.join(', ')})` : ''}: ${cut(bet.statement)}`;
    });
}

function agendaCues(story: Story): string[] {
  const first = story.bets.find((bet) => bet.statement.trim() !== '' && bet.status === 'open' && bet.disconfirming.trim() !== '');
  return first ? labelled('The observation that would turn you', first.disconfirming) : [];
}

const FROM_STORY: Readonly<Record<string, (story: Story) => string[]>> = {
  'vision-problems': problemCues,
  'vision-field': fieldCues,
  'vision-bets': betCues,
  'vision-agenda': agendaCues,
};

/** The points the story gives a preset segment's cue card; none for segments that do not draw on it. */
export function storyCues(segmentId: string, story: Story | null): string[] {
  const from = Object.hasOwn(FROM_STORY, segmentId) ? FROM_STORY[segmentId] : undefined;
  return story && from ? from(story) : [];
}
