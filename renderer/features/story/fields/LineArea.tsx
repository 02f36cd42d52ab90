import type { ClipboardEvent, KeyboardEvent, TextareaHTMLAttributes } from 'react';
import { MAX_LINE } from '../../../../shared/model/text';
import type { Path } from '../../../../shared/story/updateAt';
import { toOneLine } from '../../../../shared/text/toOneLine';
import { useNativeField } from './useNativeField';
import './lineArea.css';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'> & {
  path: Path;
  value: string;
};

/** Pasted line breaks become spaces, inserted as typing so the field's own undo takes the paste back. */
function pasteOneLine(event: ClipboardEvent<HTMLTextAreaElement>): void {
  const text = event.clipboardData.getData('text/plain');
  if (!/[\r\n]/.test(text)) return;
  event.preventDefault();
  const oneLine = toOneLine(text);
  // execCommand is deprecated, but it is the way to insert text that the field's undo knows about.
  const field = event.currentTarget;
  const before = field.value;
  if (typeof document.execCommand === 'function' && document.execCommand('insertText', false, oneLine) && field.value !== before)
    return;
  // Without it (a test DOM), the text goes in directly and the field is told it changed.
  const start = field.selectionStart ?? before.length;
  const next = before.slice(0, start) + oneLine + before.slice(field.selectionEnd ?? start);
  // The prototype's setter, so React sees the input event as a change (its own setter would not).
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(field, next);
  field.selectionStart = field.selectionEnd = start + oneLine.length;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A one-line field of the open story that wraps instead of scrolling sideways, so a long value
 * can be read whole without hovering or moving the caret. It is still one line: Enter does
 * nothing and pasted line breaks become spaces.
 */
export function LineArea({ path, value, className = 'textarea line-area', maxLength = MAX_LINE, onKeyDown, ...rest }: Props) {
  const field = useNativeField<HTMLTextAreaElement>(path, value, keepOneLine);
  const refuseEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault();
    onKeyDown?.(event);
  };
  return (
    <textarea
      {...rest}
      {...field}
      className={className}
      rows={1}
      maxLength={maxLength}
      onKeyDown={refuseEnter}
      onPaste={pasteOneLine}
    />
  );
}

/** A break that came in another way (a drop) is still turned into a space. */
function keepOneLine(element: HTMLTextAreaElement): void {
  if (/[\r\n]/.test(element.value)) element.value = toOneLine(element.value);
}
