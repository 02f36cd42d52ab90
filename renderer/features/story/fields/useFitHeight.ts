import { useLayoutEffect, type RefObject } from 'react';

/** Grow with the text, so a long answer is read whole rather than scrolled in a small box. */
export function fitHeight(element: HTMLTextAreaElement): void {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight + 2}px`;
}

/**
 * Fit a growing text area to its text when it appears and again whenever its width changes: a
 * window made narrower wraps the text onto more lines, which the height measured at the old
 * width would cut off. Its height alone changing (the user dragging its corner) is left alone.
 */
export function useFitHeight(ref: RefObject<HTMLTextAreaElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    fitHeight(element);
    if (typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fitHeight(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
