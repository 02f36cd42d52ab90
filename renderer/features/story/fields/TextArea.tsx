import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';
import { MAX_TEXT } from '../../../../shared/model/text';
import type { Path } from '../../../../shared/story/updateAt';
import { useFieldState } from './useFieldState';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & { path: Path; value: string };

/** A multi-line plain-text field bound to a path of the open story; it grows with its text. */
export function TextArea({ path, value, className = 'textarea', rows = 2, maxLength = MAX_TEXT, ...rest }: Props) {
  const [local, setLocal] = useFieldState(path, value);
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [local]);
  return (
    <textarea
      {...rest}
      ref={ref}
      className={className}
      rows={rows}
      maxLength={maxLength}
      value={local}
      onChange={(e) => setLocal(e.target.value)}
    />
  );
}
