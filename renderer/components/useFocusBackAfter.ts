import { useEffect, useRef } from 'react';

/**
 * For a form that replaces the button that opened it: when the form closes, focus goes back to
 * that button, not to the page. Returns the ref to put on the button.
 */
export function useFocusBackAfter(isOpen: boolean) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (isOpen) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      buttonRef.current?.focus();
    }
  }, [isOpen]);
  return buttonRef;
}
