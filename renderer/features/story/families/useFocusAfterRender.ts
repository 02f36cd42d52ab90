import { useLayoutEffect, useRef } from 'react';

/**
 * Focus an element by id after the next render: a moved or added row is a new DOM position, so
 * focus is handed to it (or kept on the control that moved) once React has drawn it.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pending.current;
    if (!id) return;
    pending.current = null;
    const element = document.getElementById(id);
    if (element && document.activeElement !== element) element.focus();
  });
  return (id) => {
    pending.current = id;
  };
}
