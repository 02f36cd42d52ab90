/*
 * The sample story: one complete, realistic research narrative (a PhD student's work on
 * speculative decoding for on-device code completion), written by us so that a newcomer sees
 * what every section looks like when it is done well. Built fresh on each call, with new ids.
 */
import { newId } from '../../model/ids';
import { MINUTE_MS } from '../../time/duration';
import type { Story } from '../../model/story';
import { sampleBets } from './sampleBets';
import { sampleChecklist } from './sampleChecklist';
import { sampleContribution } from './sampleContribution';
import { sampleFamilies } from './sampleFamilies';
import { sampleFieldMap } from './sampleFieldMap';
import { sampleLimitations } from './sampleLimitations';
import { sampleBeatsFirst } from './sampleOutlineFirst';
import { sampleBeatsSecond } from './sampleOutlineSecond';
import { sampleStarStories } from './sampleStarStories';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A 15-minute talk: the slot of a research interview, leaving 15 minutes for questions. */
const SAMPLE_TALK_MS = 15 * MINUTE_MS;

export const SAMPLE_TITLE = 'Sample: hybrid drafting for code completion';

/** A new copy of the sample story, created at `now`. */
export function sampleStory(now: number): Story {
  return {
    id: newId(),
    title: SAMPLE_TITLE,
    // An interview loop four weeks out, so the sample reads like a story being prepared.
    event: { kind: 'researchInterview', date: new Date(now + 28 * DAY_MS).toISOString().slice(0, 10) },
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    isSample: true,
    fieldMap: sampleFieldMap(),
    families: sampleFamilies(),
    bets: sampleBets(now),
    contribution: sampleContribution(),
    checklist: sampleChecklist(),
    limitations: sampleLimitations(),
    outline: { talkMs: SAMPLE_TALK_MS, beats: [...sampleBeatsFirst(), ...sampleBeatsSecond()] },
    dismissed: [],
    starStories: sampleStarStories(),
  };
}
