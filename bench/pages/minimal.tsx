/*
 * The cold-load baseline: the same stack as Viva (React, Tiptap, Dexie) and nothing else,
 * opening one short document from IndexedDB into an editor.
 */
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Dexie, { type EntityTable } from 'dexie';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { docFromText, type RichText } from '../../shared/model/richText';
import { markFailed, markReady } from './benchPage';

interface DocRecord {
  id: string;
  doc: RichText;
}

const db = new Dexie('viva-bench-minimal') as Dexie & { docs: EntityTable<DocRecord, 'id'> };
db.version(1).stores({ docs: 'id' });

async function loadDoc(): Promise<RichText> {
  const stored = await db.docs.get('one');
  if (stored) return stored.doc;
  const doc = docFromText('A short document, opened from IndexedDB.');
  await db.docs.put({ id: 'one', doc });
  return doc;
}

function Editor({ doc }: { doc: RichText }) {
  const editor = useEditor({ extensions: [StarterKit], content: doc, immediatelyRender: true });
  useEffect(() => {
    if (editor) markReady();
  }, [editor]);
  return <EditorContent editor={editor} />;
}

function Page() {
  const [doc, setDoc] = useState<RichText | null>(null);
  useEffect(() => {
    loadDoc().then(setDoc, markFailed);
  }, []);
  return <main>{doc ? <Editor doc={doc} /> : <p>Loading…</p>}</main>;
}

createRoot(document.getElementById('root')!).render(<Page />);
