import type { Story } from '../model/story';
import { MAX_TITLE } from '../model/story';

export interface StoryCopy {
  story: Story;
  /** Old id → new id for every record in the story (beats included, for the rehearsals that cite them). */
  idMap: ReadonlyMap<string, string>;
}

/**
 * A copy of a story with a new id for the story and for every record inside it (axes, families,
 * bets, beats…), ratings re-keyed to the new axis ids, and a title that says it is a copy. Used
 * when an imported story clashes with one already in the library: nothing is ever overwritten.
 */
export function copyStoryWithNewIds(story: Story, newId: () => string, suffix = ' (imported copy)'): StoryCopy {
  const idMap = new Map<string, string>([[story.id, newId()]]);
  const renew = <T extends { id: string }>(record: T): T => {
    const id = newId();
    idMap.set(record.id, id);
    return { ...record, id };
  };
  const axes = story.families.axes.map(renew);
  const families = story.families.items.map((family) => ({
    ...renew(family),
    ratings: Object.fromEntries(Object.entries(family.ratings).map(([axisId, rating]) => [idMap.get(axisId) ?? axisId, rating])),
    winsWhen: family.winsWhen.map(renew),
  }));
  const copy: Story = {
    ...structuredClone(story),
    id: idMap.get(story.id)!,
    title: `${story.title.slice(0, MAX_TITLE - suffix.length)}${suffix}`,
    isSample: false,
    fieldMap: { ...story.fieldMap, evidence: story.fieldMap.evidence.map(renew) },
    families: { axes, items: families },
    bets: story.bets.map((bet) => ({ ...renew(bet), reviews: bet.reviews.map(renew) })),
    checklist: { items: story.checklist.items.map(renew) },
    limitations: { ...story.limitations, failureModes: story.limitations.failureModes.map(renew) },
    outline: { ...story.outline, beats: story.outline.beats.map(renew) },
  };
  return { story: structuredClone(copy), idMap };
}
