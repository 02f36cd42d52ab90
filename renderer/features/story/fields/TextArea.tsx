import { useLayoutEffect, type TextareaHTMLAttributes } from 'react';
import { MAX_TEXT } from '../../../../shared/model/text';
import type { Path } from '../../../../shared/story/updateAt';
import { useNativeField } from './useNativeField';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'> & {
  path: Path;
  value: string;
};

/** Grow with the text, so a long answer is read whole rather than scrolled in a small box. */
export function fitHeight(element: HTMLTextAreaElement): void {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight + 2}px`;
}

/** A multi-line plain-text field bound to a path of the open story; it grows with its text. */
export function TextArea({ path, value, className = 'textarea', rows = 2, maxLength = MAX_TEXT, ...rest }: Props) {
  const field = useNativeField<HTMLTextAreaElement>(path, value, fitHeight);
  const { ref } = field;
  useLayoutEffect(() => {
    if (ref.current) fitHeight(ref.current);
  }, [ref]);
  return <textarea {...rest} {...field} className={className} rows={rows} maxLength={maxLength} />;
}
