import { useState } from 'react';
import { backupFileName, buildStoryExport, type StoryExportChoice } from '../../../shared/export/storyExport';
import { SLIDE_FLAVOUR_LABELS, SLIDE_FLAVOURS, type SlideFlavour } from '../../../shared/export/slideDeck';
import { useApp, useAppStoreApi } from '../../store/StoreProvider';
import { copyText } from './copyText';
import './exchange.css';

type Format = 'markdown' | 'slides' | 'notes' | 'backup';

const FORMATS: { id: Format; label: string; hint: string }[] = [
  { id: 'markdown', label: 'Story document', hint: 'Every section as one markdown file: for reading, or sharing with a mentor.' },
  { id: 'slides', label: 'Slide deck', hint: 'One slide per talk beat, with its bullets; speaker notes from the beat’s notes.' },
  { id: 'notes', label: 'Speaker notes only', hint: 'A plain script, beat by beat, to read from while you practise.' },
  { id: 'backup', label: 'Story backup', hint: 'This story and its rehearsals as a Viva file, to import on another machine.' },
];

/** The export choices and actions, loaded with the dialog's first opening (the exporters are large). */
export function ExportStoryForm({ onDone }: { onDone(): void }) {
  const store = useAppStoreApi();
  const title = useApp((s) => s.story?.title ?? '');
  const [format, setFormat] = useState<Format>('markdown');
  const [flavour, setFlavour] = useState<SlideFlavour>('marp');
  const [includeNotes, setIncludeNotes] = useState(true);
  const [includeRecordings, setIncludeRecordings] = useState(false);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);

  const choice = (): StoryExportChoice =>
    format === 'slides' ? { format, flavour, includeNotes } : { format: format === 'notes' ? 'notes' : 'markdown' };

  /** The story with every pending edit saved, so the file holds what is on screen. */
  const currentStory = async () => {
    await store.getState().flushSave();
    const story = store.getState().story;
    if (!story) throw new Error('The story is no longer open.');
    return story;
  };

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setStatus(null);
    try {
      const done = await action();
      if (done) setStatus({ tone: 'info', text: done });
    } catch (error) {
      setStatus({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      const story = await currentStory();
      const state = store.getState();
      if (format === 'backup') {
        const saved = await state.exportBackup({
          storyId: story.id,
          includeRecordings,
          suggestedName: backupFileName(story, Date.now()),
        });
        return saved ? `Saved “${saved}”.` : null;
      }
      const file = buildStoryExport(story, choice());
      const saved = await state.exportText(file.kind, file.fileName, file.content);
      return saved ? `Saved “${saved}”.` : null;
    });

  const copy = () =>
    run(async () => {
      await copyText(buildStoryExport(await currentStory(), choice()).content);
      if (format === 'markdown') return 'The story is on the clipboard as markdown.';
      return format === 'slides' ? 'The slides are on the clipboard.' : 'The speaker notes are on the clipboard.';
    });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="exchange-lead">“{title}” stays in Viva; this writes a copy in the form you choose.</p>
      <fieldset className="exchange-options">
        <legend>What to export</legend>
        {FORMATS.map((option) => (
          <label key={option.id} className="exchange-option">
            <input
              type="radio"
              name="export-format"
              value={option.id}
              checked={format === option.id}
              // autoFocus covers the first opening, when this form loads after the dialog has opened.
              autoFocus={format === option.id}
              data-autofocus={format === option.id || undefined}
              onChange={() => {
                setFormat(option.id);
                setStatus(null);
              }}
            />
            <span>
              <span className="exchange-option-label">{option.label}</span>
              <span className="exchange-option-hint">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {format === 'slides' && (
        <div className="exchange-suboptions">
          <label htmlFor="export-flavour">Slide tool</label>
          <select
            id="export-flavour"
            className="select"
            value={flavour}
            onChange={(e) => setFlavour(e.target.value as SlideFlavour)}
          >
            {SLIDE_FLAVOURS.map((f) => (
              <option key={f} value={f}>
                {SLIDE_FLAVOUR_LABELS[f]}
              </option>
            ))}
          </select>
          <label className="exchange-check">
            <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
            Include speaker notes <span className="exchange-option-hint">(leave out to share the slides)</span>
          </label>
        </div>
      )}
      {format === 'backup' && (
        <div className="exchange-suboptions">
          <label className="exchange-check">
            <input type="checkbox" checked={includeRecordings} onChange={(e) => setIncludeRecordings(e.target.checked)} />
            Include rehearsal recordings <span className="exchange-option-hint">(much larger file)</span>
          </label>
        </div>
      )}
      <p
        className={status?.tone === 'error' ? 'exchange-status field-error' : 'exchange-status'}
        role="status"
        aria-live="polite"
      >
        {status?.text}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          Done
        </button>
        {format !== 'backup' && (
          <button type="button" className="button" disabled={isBusy} onClick={() => void copy()}>
            {format === 'markdown' ? 'Copy as markdown' : format === 'slides' ? 'Copy slides' : 'Copy notes'}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={isBusy}>
          Save file…
        </button>
      </div>
    </form>
  );
}
