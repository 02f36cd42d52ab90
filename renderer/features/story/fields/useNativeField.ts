import { useEffect, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import type { Path } from '../../../../shared/story/updateAt';
import { useDocumentWriter } from './documentWriter';

type NativeField = HTMLInputElement | HTMLTextAreaElement;

export interface NativeFieldProps<E extends NativeField> {
  ref: RefObject<E | null>;
  defaultValue: string;
  onChange(event: ChangeEvent<E>): void;
}

/**
 * A plain text field of the open story, left uncontrolled: the browser owns its value while the
 * user types, so its own undo takes back a whole typed run, as in any native field. (A
 * controlled field had its value written back on every keystroke, and Chromium then undid one
 * character at a time.) Typing records a pending edit; the value is written into the field
 * only when the story changes from elsewhere (an undo, a pull), never as an echo of typing.
 */
export function useNativeField<E extends NativeField>(
  path: Path,
  value: string,
  onTyped?: (element: E) => void,
): NativeFieldProps<E> {
  const { setField } = useDocumentWriter();
  const ref = useRef<E>(null);
  const echoed = useRef(value);
  const [initial] = useState(value);

  useEffect(() => {
    if (value === echoed.current) return;
    echoed.current = value;
    const element = ref.current;
    if (element && element.value !== value) element.value = value;
    if (element) onTyped?.(element);
  }, [value, onTyped]);

  const onChange = (event: ChangeEvent<E>) => {
    const element = event.currentTarget;
    const next = element.value;
    echoed.current = next;
    setField(path, () => next);
    onTyped?.(element);
  };
  return { ref, defaultValue: initial, onChange };
}
