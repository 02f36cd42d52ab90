import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { RichText } from '../../shared/model/richText';
import { editorExtensions } from './editorExtensions';

interface Options {
  value: RichText;
  placeholder?: string;
  ariaLabelledBy: string;
  ariaDescribedBy?: string;
  /** Called on every change with a function that reads the document; reading is deferred. */
  onChange(read: () => RichText): void;
}

/**
 * The one hook that creates an editor. It never re-renders its component on a keystroke
 * (shouldRerenderOnTransaction: false), hands out a lazy reader instead of serialising the
 * document on every change, and follows `value` only when it changes from elsewhere.
 */
export function useProseEditor({ value, placeholder, ariaLabelledBy, ariaDescribedBy, onChange }: Options): Editor {
  const echoed = useRef<RichText>(value);
  const isDirty = useRef(false);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const editor = useEditor({
    extensions: editorExtensions(placeholder),
    content: value,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'prose-editor',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': ariaLabelledBy,
        ...(ariaDescribedBy ? { 'aria-describedby': ariaDescribedBy } : {}),
      },
    },
    onUpdate: ({ editor: current }) => {
      isDirty.current = true;
      onChangeRef.current(() => {
        if (current.isDestroyed) return echoed.current;
        const doc = current.getJSON() as RichText;
        echoed.current = doc;
        isDirty.current = false;
        return doc;
      });
    },
  });

  // An editor going away (section switch, record deleted) hands over its last text now,
  // while it can still be read.
  useEffect(
    () => () => {
      if (!isDirty.current || editor.isDestroyed) return;
      const doc = editor.getJSON() as RichText;
      isDirty.current = false;
      onChangeRef.current(() => doc);
    },
    [editor],
  );

  useEffect(() => {
    if (value === echoed.current || editor.isDestroyed) return;
    echoed.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [value, editor]);

  return editor;
}
