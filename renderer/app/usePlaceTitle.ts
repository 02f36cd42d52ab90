import { useEffect } from 'react';
import type { Route } from '../navigation/route';

/* The story and readiness views name the story in their own titles, so they are not listed here. */
const TITLES: Partial<Record<Route['name'], string>> = {
  library: 'Library',
  rehearse: 'Rehearse',
  session: 'Rehearsal review',
  history: 'Rehearsal history',
  deck: 'Challenge deck',
  drills: 'Drills',
  trash: 'Trash',
  backups: 'Backups',
  preferences: 'Preferences',
};

/** Name the window after the place it shows, so a view's title never outlives the view. */
export function usePlaceTitle(route: Route): void {
  useEffect(() => {
    const title = TITLES[route.name];
    if (title) document.title = `${title} · Viva`;
  }, [route.name]);
}
