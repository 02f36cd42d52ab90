import { useEffect, useRef } from 'react';
import { formatRoute, type Route } from '../navigation/route';

/** How long to wait for a lazily loaded place to draw its heading. */
const WAIT_MS = 3000;

/**
 * Whether moving focus to the new place's heading would take nothing from the user: focus is
 * nowhere (its element went away with the old place) or on the top bar's link that was followed.
 * Focus a place or a finding link put somewhere on purpose (a field, the run screen's title, a
 * section link) is left alone.
 */
export function shouldFocusNewPlace(active: Element | null, body: Element): boolean {
  if (active === null || active === body || !active.isConnected) return true;
  return active.closest('.top-bar') !== null;
}

/**
 * On a change of place (not a change of section within a story), move focus to the new place's
 * main heading, so a screen reader announces where the user arrived and Tab starts from there.
 */
export function useRouteFocus(route: Route): void {
  const place = route.name === 'story' ? `story:${route.storyId}` : formatRoute(route);
  const previous = useRef(place);
  useEffect(() => {
    if (previous.current === place) return;
    previous.current = place;
    const started = performance.now();
    let frame = 0;
    const tryFocus = () => {
      // The first heading of the place: its h1, or where a place titles itself with a field
      // (the story), the heading of the section shown.
      const heading = document.querySelector<HTMLElement>('#main h1, #main h2');
      if (!heading) {
        if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(tryFocus);
        return;
      }
      if (!shouldFocusNewPlace(document.activeElement, document.body)) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [place]);
}
