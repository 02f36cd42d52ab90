import type { InputHTMLAttributes } from 'react';
import { MAX_LINE } from '../../../../shared/model/text';
import type { Path } from '../../../../shared/story/updateAt';
import { useNativeField } from './useNativeField';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'> & { path: Path; value: string };

/** A one-line text field bound to a path of the open story. */
export function TextInput({ path, value, className = 'input', maxLength = MAX_LINE, ...rest }: Props) {
  const field = useNativeField<HTMLInputElement>(path, value);
  return <input {...rest} {...field} className={className} maxLength={maxLength} />;
}
