import { useState } from 'react';
import { backupFileName } from '../../../shared/export/exportFileName';
import { buildExportFile } from '../../../shared/export/formats/buildExportFile';
import { EXPORT_FORMATS, findExportFormat, type RegisteredFormat } from '../../../shared/export/formats/exportFormats';
import { navigate } from '../../navigation/useRoute';
import { useApp, useAppStoreApi } from '../../store/StoreProvider';
import { copyText } from './copyText';
import { useBusyStatus } from './useBusyStatus';
import './exchange.css';

/** What the dialog offers: the document formats of the registry, slides (a tool chosen below), cue cards, a backup. */
type Choice = RegisteredFormat['id'] | 'slides' | 'cueCards' | 'backup';

const DOCUMENT_FORMATS = EXPORT_FORMATS.filter((format) => format.group === 'document');
const SLIDE_FORMATS = EXPORT_FORMATS.filter((format) => format.group === 'slides');

const CHOICES: { id: Choice; label: string; hint: string }[] = [
  ...DOCUMENT_FORMATS.slice(0, 1).map((f) => ({ id: f.id, label: f.label, hint: f.description })),
  {
    id: 'slides',
    label: 'Slides with speaker notes',
    hint: 'A title slide, then one slide per talk beat with its bullets, and your notes where the tool shows them.',
  },
  ...DOCUMENT_FORMATS.slice(1).map((f) => ({ id: f.id, label: f.label, hint: f.description })),
  {
    id: 'cueCards',
    label: 'Cue cards to print',
    hint: 'One card per beat: its title, bullets, notes and time, to print or save as PDF.',
  },
  { id: 'backup', label: 'Story backup', hint: 'This story and its rehearsals as a Viva file, to import on another machine.' },
];

/** The export choices and actions, loaded with the dialog's first opening (the exporters are large). */
export function ExportStoryForm({ onDone }: { onDone(): void }) {
  const store = useAppStoreApi();
  const storyId = useApp((s) => s.story?.id ?? null);
  const title = useApp((s) => s.story?.title ?? '');
  const [choice, setChoice] = useState<Choice>('markdown');
  const [slideFormatId, setSlideFormatId] = useState<string>(SLIDE_FORMATS[0]!.id);
  const [includeNotes, setIncludeNotes] = useState(true);
  const [includeRecordings, setIncludeRecordings] = useState(false);
  const busy = useBusyStatus();
  const { status, isBusy, setStatus } = busy;

  const slideFormat = findExportFormat(slideFormatId) ?? SLIDE_FORMATS[0]!;
  /** The registered format the current choice writes, if it writes one. */
  const format = choice === 'slides' ? slideFormat : findExportFormat(choice);

  /** The story with every pending edit saved, so the file holds what is on screen. */
  const currentStory = async () => {
    await store.getState().flushSave();
    const story = store.getState().story;
    if (!story) throw new Error('The story is no longer open.');
    return story;
  };

  const run = (action: () => Promise<string | null>) => busy.run(action, 'Preparing the file…');

  const save = () =>
    run(async () => {
      if (choice === 'cueCards') {
        if (storyId) navigate({ name: 'cueCards', storyId });
        onDone();
        return null;
      }
      const story = await currentStory();
      const state = store.getState();
      if (choice === 'backup' || !format) {
        const saved = await state.exportBackup({
          storyId: story.id,
          includeRecordings,
          suggestedName: backupFileName(story, Date.now()),
        });
        return saved ? `Saved “${saved}”.` : null;
      }
      const file = await buildExportFile(story, format, { includeNotes });
      const saved = await state.exportFile(file.kind, file.fileName, file.content);
      return saved ? `Saved “${saved}”.` : null;
    });

  const copy = () =>
    run(async () => {
      if (!format) return null;
      const file = await buildExportFile(await currentStory(), format, { includeNotes });
      if (typeof file.content !== 'string') return null;
      await copyText(file.content);
      if (choice === 'markdown') return 'The story is on the clipboard as markdown.';
      return choice === 'slides' ? `The ${format.label} slides are on the clipboard.` : 'The speaker notes are on the clipboard.';
    });

  const canCopy = format !== undefined && format.isText;
  const copyLabel = choice === 'markdown' ? 'Copy as markdown' : choice === 'slides' ? 'Copy slides' : 'Copy notes';

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
        {CHOICES.map((option) => (
          <label key={option.id} className="exchange-option">
            <input
              type="radio"
              name="export-format"
              value={option.id}
              checked={choice === option.id}
              // autoFocus covers the first opening, when this form loads after the dialog has opened.
              autoFocus={choice === option.id}
              data-autofocus={choice === option.id || undefined}
              onChange={() => {
                setChoice(option.id);
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
      {choice === 'slides' && (
        <div className="exchange-suboptions">
          <label htmlFor="export-flavour">Slide tool</label>
          <select
            id="export-flavour"
            className="select"
            value={slideFormat.id}
            aria-describedby="export-flavour-hint"
            onChange={(e) => {
              setSlideFormatId(e.target.value);
              setStatus(null);
            }}
          >
            {SLIDE_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label} (.{f.extension})
              </option>
            ))}
          </select>
          <p id="export-flavour-hint" className="exchange-option-hint">
            {slideFormat.description}
          </p>
          <label className="exchange-check">
            <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
            Include speaker notes <span className="exchange-option-hint">(leave out to share the slides)</span>
          </label>
          {includeNotes && 'notesHelp' in slideFormat && (
            <p className="exchange-option-hint exchange-notes-help">{slideFormat.notesHelp}</p>
          )}
        </div>
      )}
      {choice === 'backup' && (
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
        {canCopy && (
          <button type="button" className="button" disabled={isBusy} onClick={() => void copy()}>
            {copyLabel}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {choice === 'cueCards' ? 'Open cue cards' : 'Save file…'}
        </button>
      </div>
    </form>
  );
}
