/*
 * Edits to the comparison axes of the families section that keep every family's ratings
 * consistent with them: a removed axis takes its ratings along, and its undo brings both back.
 */
import { newId } from '../model/ids';
import { ownValue } from '../model/ownValue';
import type { Axis, FamiliesSection, Rating } from '../model/families';
import { insertAt, moveItem } from './listOps';

/** Everything an axis removal took away, enough to put it back exactly. */
export interface RemovedAxis {
  axis: Axis;
  index: number;
  /** The ratings on that axis, by family id. */
  ratings: Record<string, Rating>;
}

/** The section with a new axis at the end. */
export function addAxis(section: FamiliesSection, axis: Axis = { id: newId(), name: '' }): FamiliesSection {
  return { ...section, axes: [...section.axes, axis] };
}

/** The section without an axis and without any family's rating on it, and what was removed. */
export function removeAxis(section: FamiliesSection, axisId: string): { section: FamiliesSection; removed: RemovedAxis | null } {
  const index = section.axes.findIndex((axis) => axis.id === axisId);
  const axis = section.axes[index];
  if (!axis) return { section, removed: null };
  const taken: [string, Rating][] = [];
  const items = section.items.map((family) => {
    const rating = ownValue(family.ratings, axisId);
    if (!rating) return family;
    taken.push([family.id, rating]);
    const { [axisId]: _dropped, ...rest } = family.ratings;
    return { ...family, ratings: rest };
  });
  // fromEntries defines own keys, where `ratings[id] = …` would run a setter for some names.
  const ratings = Object.fromEntries(taken);
  return { section: { axes: section.axes.filter((a) => a.id !== axisId), items }, removed: { axis, index, ratings } };
}

/** The section with a removed axis back in its place and its ratings back on the families still there. */
export function restoreAxis(section: FamiliesSection, removed: RemovedAxis): FamiliesSection {
  if (section.axes.some((axis) => axis.id === removed.axis.id)) return section;
  const items = section.items.map((family) => {
    const rating = ownValue(removed.ratings, family.id);
    return rating ? { ...family, ratings: { ...family.ratings, [removed.axis.id]: rating } } : family;
  });
  return { axes: insertAt(section.axes, removed.index, removed.axis), items };
}

/** The section with an axis moved from one position to another. */
export function moveAxis(section: FamiliesSection, from: number, to: number): FamiliesSection {
  return { ...section, axes: moveItem(section.axes, from, to) };
}

/** How many ratings (a score or a note) a removal took with it. */
export function countRemovedRatings(removed: RemovedAxis): number {
  return Object.values(removed.ratings).filter((r) => r.score !== null || r.note.trim() !== '').length;
}

/** The section with one family's rating on one axis changed; other ratings untouched. */
export function withRating(section: FamiliesSection, familyId: string, axisId: string, patch: Partial<Rating>): FamiliesSection {
  const items = section.items.map((family) => {
    if (family.id !== familyId) return family;
    const current = ownValue(family.ratings, axisId) ?? { score: null, note: '' };
    return { ...family, ratings: { ...family.ratings, [axisId]: { ...current, ...patch } } };
  });
  return { ...section, items };
}

/** The name an axis shows: its own, or "Axis 3" while it has none. */
export function axisLabel(axis: Axis, index: number): string {
  return axis.name.trim() === '' ? `Axis ${index + 1}` : axis.name.trim();
}

/** Axis names used more than once (ignoring case and surrounding spaces), as first written. */
export function duplicateAxisNames(axes: readonly Axis[]): string[] {
  const seen = new Map<string, string>();
  const duplicates = new Set<string>();
  for (const axis of axes) {
    const key = axis.name.trim().toLowerCase();
    if (key === '') continue;
    const first = seen.get(key);
    if (first !== undefined) duplicates.add(first);
    else seen.set(key, axis.name.trim());
  }
  return [...duplicates];
}
