import { useEffect, useEffectEvent } from 'react';
import type { AnswerRating } from '../../../../shared/model/challenge';
import { ownValue } from '../../../../shared/model/ownValue';
import { isEditableTarget } from '../../shortcuts/isEditableTarget';

export interface RunKeyHandlers {
  toggle(): void;
  next(): void;
  previous(): void;
  challenge(): void;
  toggleNotes(): void;
  escape(): void;
  rate(rating: AnswerRating): void;
}

const RATING_KEYS: Record<string, AnswerRating> = { '1': 'nailed', '2': 'shaky', '3': 'missed' };

/**
 * The run screen's keys: Space, ← →, C, H, Esc, and 1–3 to rate a question. Space on a focused
 * button is left to the button, and nothing fires while typing or with a modifier held.
 */
export function useRunKeys(handlers: RunKeyHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (isEditableTarget(event.target) || document.querySelector('dialog[open]')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const isOnButton = event.target instanceof HTMLElement && event.target.closest('button, a, summary') !== null;
    const rating = ownValue(RATING_KEYS, key);
    const run = ownValue<(() => void) | undefined>(
      {
        ' ': isOnButton ? undefined : handlers.toggle,
        ArrowRight: handlers.next,
        ArrowLeft: handlers.previous,
        c: handlers.challenge,
        h: handlers.toggleNotes,
        Escape: handlers.escape,
      },
      key,
    );
    const action = run ?? (rating ? () => handlers.rate(rating) : undefined);
    if (!action) return;
    event.preventDefault();
    action();
  });

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
