import type { InputHTMLAttributes } from 'react';
import { MAX_LINE } from '../../../../shared/model/text';
import type { Path } from '../../../../shared/story/updateAt';
import { useFieldState } from './useFieldState';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & { path: Path; value: string };

/** A one-line text field bound to a path of the open story. */
export function TextInput({ path, value, className = 'input', maxLength = MAX_LINE, ...rest }: Props) {
  const [local, setLocal] = useFieldState(path, value);
  return <input {...rest} className={className} maxLength={maxLength} value={local} onChange={(e) => setLocal(e.target.value)} />;
}
