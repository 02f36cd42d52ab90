import type { KeyboardEvent, TextareaHTMLAttributes } from 'react';
import { MAX_LINE } from '../../../../shared/model/text';
import type { Path } from '../../../../shared/story/updateAt';
import { toOneLine } from '../../../../shared/text/toOneLine';
import { useFieldState } from './useFieldState';
import './lineArea.css';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & { path: Path; value: string };

/**
 * A one-line field of the open story that wraps instead of scrolling sideways, so a long value
 * can be read whole without hovering or moving the caret. It is still one line: Enter does
 * nothing and pasted line breaks become spaces.
 */
export function LineArea({ path, value, className = 'textarea line-area', maxLength = MAX_LINE, onKeyDown, ...rest }: Props) {
  const [local, setLocal] = useFieldState(path, value);
  const refuseEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault();
    onKeyDown?.(event);
  };
  return (
    <textarea
      {...rest}
      className={className}
      rows={1}
      maxLength={maxLength}
      value={local}
      onKeyDown={refuseEnter}
      onChange={(e) => setLocal(toOneLine(e.target.value))}
    />
  );
}
