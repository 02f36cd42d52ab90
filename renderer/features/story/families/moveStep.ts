import type { KeyboardEvent } from 'react';

/** The step an Alt+↑/↓ key press asks a row to move (−1 or +1), or 0 for any other key. */
export function moveStep(event: KeyboardEvent): -1 | 0 | 1 {
  if (!event.altKey || event.ctrlKey || event.metaKey) return 0;
  if (event.key === 'ArrowUp') return -1;
  if (event.key === 'ArrowDown') return 1;
  return 0;
}
