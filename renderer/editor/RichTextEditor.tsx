import { EditorContent } from '@tiptap/react';
import type { MouseEvent } from 'react';
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

  const onClick = (event: MouseEvent) => {
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor || !(event.metaKey || event.ctrlKey)) return;
    event.preventDefault();
    void openExternal(anchor.href);
  };

  return (
    <div className={isCompact ? 'rich-text is-compact' : 'rich-text'} id={id} onClick={onClick}>
      {!isCompact && <EditorToolbar editor={editor} label={label} />}
      <EditorContent editor={editor} />
    </div>
  );
}
