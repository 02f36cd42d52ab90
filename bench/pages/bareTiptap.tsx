/*
 * The typing baseline: a bare Tiptap editor (StarterKit, nothing else) holding the same
 * 10,000-word document as the heavy story's longest field.
 */
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { markReady } from './benchPage';
import { heavyDoc } from './heavyText';

function Page() {
  const editor = useEditor({ extensions: [StarterKit], content: heavyDoc(), immediatelyRender: true });
  useEffect(() => {
    if (editor) markReady();
  }, [editor]);
  return (
    <main id="field-fieldMap-coreTask">
      <EditorContent editor={editor} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Page />);
