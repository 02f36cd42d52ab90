import { EditorContent } from '@tiptap/react';
import { useState, type FocusEvent, type MouseEvent } from 'react';
import type { RichText } from '../../shared/model/richText';
import { openExternal } from '../bridge/bridge';
import { EditorToolbar } from './EditorToolbar';
import { useProseEditor } from './useProseEditor';
import './editor.css';

interface RichTextEditorProps {
  id: string;
  value: RichText;
  label: string;
  labelId: string;
  describedBy?: string;
  placeholder?: string;
  onChange(read: () => RichText): void;
  /** A compact editor (one or two lines) without the toolbar. */
  isCompact?: boolean;
}

/** A rich-text field: toolbar, editor, and links that open in the browser on Ctrl/Cmd+click. */
export function RichTextEditor({
  id,
  value,
  label,
  labelId,
  describedBy,
  placeholder,
  onChange,
  isCompact = false,
}: RichTextEditorProps) {
  const editor = useProseEditor({
    value,
    ariaLabelledBy: labelId,
    ...(describedBy ? { ariaDescribedBy: describedBy } : {}),
    ...(placeholder ? { placeholder } : {}),
    onChange,
  });

  // The toolbar shows the marks at the selection only while this field (text or toolbar) holds
  // focus: an idle editor's selection sits at its start, and lighting Bold on every field whose
  // first word is bold would tell the user nothing about what they are editing.
  const [hasFocus, setHasFocus] = useState(false);
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setHasFocus(false);
  };

  const onClick = (event: MouseEvent) => {
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor || !(event.metaKey || event.ctrlKey)) return;
    event.preventDefault();
    void openExternal(anchor.href);
  };

  return (
    <div
      className={isCompact ? 'rich-text is-compact' : 'rich-text'}
      id={id}
      onClick={onClick}
      onFocus={() => setHasFocus(true)}
      onBlur={onBlur}
    >
      {!isCompact && <EditorToolbar editor={editor} label={label} showsSelection={hasFocus} />}
      <EditorContent editor={editor} />
    </div>
  );
}
