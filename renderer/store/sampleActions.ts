/*
 * The sample story in the library. It is seeded once, on first launch, into an empty library; a
 * settings flag remembers that, so a sample the user deleted never comes back on its own. The
 * Help menu's "Open the sample story" brings it back on request: the live sample if there is
 * one, otherwise a fresh copy.
 */
import type { Services } from './services';

/** The sample's text is only needed when it is written: keep it out of the start-up bundle. */
async function freshSample(now: number) {
  const { sampleStory } = await import('../../shared/content/sample/sampleStory');
  return sampleStory(now);
}

/** The settings flag set once the first-launch seeding has run (whether or not it seeded). */
export const SAMPLE_SEEDED_FLAG = 'sampleSeeded';

type SampleServices = Pick<Services, 'stories' | 'settings' | 'clock'>;

/**
 * Put the sample story into the library if this is the first launch and the library holds no
 * story, live or in the trash. Returns whether it seeded.
 */
export async function seedSampleOnce(services: SampleServices): Promise<boolean> {
  if (await services.settings.getFlag(SAMPLE_SEEDED_FLAG)) return false;
  const [live, trashed] = await Promise.all([services.stories.listLive(), services.stories.listTrash()]);
  const isEmpty = live.length === 0 && trashed.length === 0;
  if (isEmpty) await services.stories.insert(await freshSample(services.clock()));
  await services.settings.setFlag(SAMPLE_SEEDED_FLAG, true);
  return isEmpty;
}

/** The id of the live sample story, creating a fresh copy when there is none. */
export async function ensureSample(services: SampleServices): Promise<string> {
  const live = (await services.stories.listLive()).find((summary) => summary.isSample);
  if (live) return live.id;
  const story = await services.stories.insert(await freshSample(services.clock()));
  return story.id;
}
