import type { TextareaHTMLAttributes } from 'react';
import { MAX_TEXT } from '../../../../shared/model/text';
import type { Path } from '../../../../shared/story/updateAt';
import { fitHeight, useFitHeight } from './useFitHeight';
import { useNativeField } from './useNativeField';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'> & {
  path: Path;
  value: string;
};

/** A multi-line plain-text field bound to a path of the open story; it grows with its text. */
export function TextArea({ path, value, className = 'textarea', rows = 2, maxLength = MAX_TEXT, ...rest }: Props) {
  const field = useNativeField<HTMLTextAreaElement>(path, value, fitHeight);
  useFitHeight(field.ref);
  return <textarea {...rest} {...field} className={className} rows={rows} maxLength={maxLength} />;
}
