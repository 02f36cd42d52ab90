import { useEffect, useRef, useState } from 'react';
import type { Path } from '../../../../shared/story/updateAt';
import { useDocumentWriter } from './documentWriter';

/**
 * A field's own copy of its value: typing updates this component only and records a pending
 * edit. The copy follows the story when the stored value changes from elsewhere (a pull from
 * another section, an undo), never when it merely echoes what was typed.
 */
export function useFieldState<T>(path: Path, value: T): [T, (next: T) => void] {
  const { setField } = useDocumentWriter();
  const [local, setLocal] = useState(value);
  const echoed = useRef(value);

  useEffect(() => {
    if (value === echoed.current) return;
    echoed.current = value;
    setLocal(value);
  }, [value]);

  const update = (next: T) => {
    echoed.current = next;
    setLocal(next);
    setField(path, () => next);
  };
  return [local, update];
}
