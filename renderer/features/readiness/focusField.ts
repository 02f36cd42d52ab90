import type { Path } from '../../../shared/story/updateAt';
import { fieldTargetIds, focusableIn } from './fieldTargets';

/** How long to wait for the story view to draw the field after navigating to it. */
const WAIT_MS = 3000;
const SOUGHT_CLASS = 'is-sought';

function findTarget(path: Path): HTMLElement | null {
  for (const id of fieldTargetIds(path)) {
    const element = document.getElementById(id);
    if (!element) continue;
    // A rich-text editor's wrapper is drawn a moment before its editable: wait for that.
    return focusableIn(element);
  }
  return null;
}

/**
 * Scroll to a story field and focus it, once the story view has drawn it (it may still be opening).
 * The field flashes briefly so the eye finds it.
 */
export function focusFieldWhenReady(path: Path, waitMs = WAIT_MS): void {
  const started = performance.now();
  const attempt = () => {
    const target = findTarget(path);
    if (!target) {
      if (performance.now() - started < waitMs) requestAnimationFrame(attempt);
      return;
    }
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    const field = target.closest<HTMLElement>('.field, .record') ?? target;
    field.classList.add(SOUGHT_CLASS);
    setTimeout(() => field.classList.remove(SOUGHT_CLASS), 1600);
  };
  requestAnimationFrame(attempt);
}
