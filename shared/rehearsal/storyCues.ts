/*
 * Cue-card points drawn from the chosen story for the segments of a preset that rehearse it:
 * the research vision takes the field map and the bets; the behavioural answer takes one STAR
 * story of the story's bank. They come before the preset's own prompts, so the card opens on
 * what the user wrote.
 */
import { BET_STATUS_LABELS } from '../model/bets';
import { plainText } from '../model/richText';
import { starStoriesOf, type StarPart, type StarStory } from '../model/starStory';
import type { Story } from '../model/story';
import { REVIEW_CONFIG } from '../review/reviewConfig';
import { mentionsNumber } from '../review/text/hasQuantity';

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

const STAR_SEGMENTS: Readonly<Record<string, StarPart>> = {
  'star-situation': 'situation',
  'star-task': 'task',
  'star-action': 'action',
  'star-result': 'result',
};

/** The STAR story a behavioural run tells: the one chosen, else the first with anything written. */
export function chosenStarStory(story: Story | null, starStoryId: string | null | undefined): StarStory | null {
  const bank = story ? starStoriesOf(story) : [];
  const chosen = starStoryId ? bank.find((s) => s.id === starStoryId) : undefined;
  const hasText = (s: StarStory) => [s.title, s.situation, s.task, s.action, s.result].some((t) => t.trim() !== '');
  return chosen ?? bank.find(hasText) ?? null;
}

function starCues(part: StarPart, star: StarStory): string[] {
  const text = cut(star[part]);
  const cues: string[] = [];
  if (part === 'situation' && star.title.trim() !== '') cues.push(`Telling: ${cut(star.title)}`);
  cues.push(text === '' ? `Your ${part}: not written yet in this STAR story` : `Your ${part}: ${text}`);
  if (part === 'result' && text !== '' && !mentionsNumber(star.result, REVIEW_CONFIG.numberWords)) {
    cues.push('Find the number: what changed, by how much, against what');
  }
  return cues;
}

const FROM_STORY: Readonly<Record<string, (story: Story) => string[]>> = {
  'vision-problems': problemCues,
  'vision-field': fieldCues,
  'vision-bets': betCues,
  'vision-agenda': agendaCues,
};

/**
 * The points the story gives a preset segment's cue card; none for segments that do not draw on
 * it. `starStoryId` picks the STAR story a behavioural run tells.
 */
export function storyCues(segmentId: string, story: Story | null, starStoryId?: string | null): string[] {
  const part = Object.hasOwn(STAR_SEGMENTS, segmentId) ? STAR_SEGMENTS[segmentId] : undefined;
  if (part) {
    const star = chosenStarStory(story, starStoryId);
    return star ? starCues(part, star) : [];
  }
  const from = Object.hasOwn(FROM_STORY, segmentId) ? FROM_STORY[segmentId] : undefined;
  return story && from ? from(story) : [];
}
