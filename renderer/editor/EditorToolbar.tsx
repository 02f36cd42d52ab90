import { useEditorState, type Editor } from '@tiptap/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { isSafeHref } from '../../shared/model/safeHref';

interface ToolbarProps {
  editor: Editor;
  label: string;
  /** Whether the buttons show the marks at the selection (while the field holds focus). */
  showsSelection: boolean;
}

/** Formatting buttons for one editor; they show their state and never steal the selection. */
export function EditorToolbar({ editor, label, showsSelection }: ToolbarProps) {
  const marks = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      code: e.isActive('code'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  });
  const none = { bold: false, italic: false, code: false, bulletList: false, orderedList: false, link: false };
  const state = showsSelection ? marks : none;
  const [isLinking, setLinking] = useState(false);
  const chain = () => editor.chain().focus();
  const buttons: Array<{ key: keyof typeof state; icon: ReactNode; name: string; run: () => void }> = [
    { key: 'bold', icon: 'B', name: 'Bold', run: () => chain().toggleBold().run() },
    { key: 'italic', icon: 'I', name: 'Italic', run: () => chain().toggleItalic().run() },
    { key: 'code', icon: '</>', name: 'Inline code', run: () => chain().toggleCode().run() },
    {
      key: 'bulletList',
      icon: <ListIcon isNumbered={false} />,
      name: 'Bulleted list',
      run: () => chain().toggleBulletList().run(),
    },
    { key: 'orderedList', icon: <ListIcon isNumbered />, name: 'Numbered list', run: () => chain().toggleOrderedList().run() },
  ];

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={`Formatting for ${label}`}>
      {buttons.map((b) => (
        <button
          key={b.key}
          type="button"
          className={`toolbar-button toolbar-${b.key}`}
          aria-label={b.name}
          aria-pressed={state[b.key]}
          title={b.name}
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.run}
        >
          {b.icon}
        </button>
      ))}
      <button
        type="button"
        className="toolbar-button"
        aria-label={state.link ? 'Remove link' : 'Add link'}
        aria-pressed={state.link}
        aria-expanded={isLinking}
        title={state.link ? 'Remove link' : 'Add link'}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => (state.link ? chain().unsetLink().run() : setLinking(!isLinking))}
      >
        Link
      </button>
      {isLinking && <LinkForm editor={editor} onDone={() => setLinking(false)} />}
    </div>
  );
}

/** A list glyph drawn as lines, so the button's visible content is not text that could mismatch its name. */
function ListIcon({ isNumbered }: { isNumbered: boolean }) {
  return (
    <svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true" focusable="false">
      {[2, 7, 12].map((y) =>
        isNumbered ? (
          <rect key={`n${y}`} x="0.5" y={y - 1.5} width="2.5" height="3" fill="currentColor" />
        ) : (
          <circle key={`b${y}`} cx="1.75" cy={y} r="1.5" fill="currentColor" />
        ),
      )}
      {[2, 7, 12].map((y) => (
        <rect key={`l${y}`} x="5" y={y - 0.75} width="11" height="1.5" fill="currentColor" />
      ))}
    </svg>
  );
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone(): void }) {
  const [href, setHref] = useState('https://');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const candidate = href.trim();
    if (!isSafeHref(candidate)) return setError('Links must be full http(s) or mailto addresses, e.g. https://arxiv.org/abs/…');
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty)
      chain.insertContent({ type: 'text', text: candidate, marks: [{ type: 'link', attrs: { href: candidate } }] }).run();
    else chain.setLink({ href: candidate }).run();
    onDone();
  };
  return (
    <form className="link-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`link-${editor.instanceId}`}>
        Link address
      </label>
      <input
        id={`link-${editor.instanceId}`}
        className="input"
        autoFocus
        value={href}
        aria-invalid={error !== null}
        onChange={(e) => {
          setHref(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onDone();
            editor.commands.focus();
          }
        }}
      />
      <button type="submit" className="button button-small">
        Add link
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
