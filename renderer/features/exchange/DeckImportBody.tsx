import { useEffect, useState } from 'react';
import type { Outline } from '../../../shared/model/outline';
import { findExportFormat } from '../../../shared/export/formats/exportFormats';
import { formatDuration, wholeMinutes } from '../../../shared/time/duration';
import { navigate } from '../../navigation/useRoute';
import type { DeckImportState } from '../../store/deckImportSlice';
import { useApp } from '../../store/StoreProvider';
import './exchange.css';

/** What the dialog shows: the choice of file, the reading, the preview and the outcome. */
export function DeckImportBody({ state, onClose }: { state: DeckImportState; onClose(): void }) {
  const choose = useApp((s) => s.chooseDeckFile);
  return (
    <div>
      {state.status === 'idle' && (
        <p className="exchange-lead">
          Choose a PowerPoint file (<code>.pptx</code>, also what Keynote and Google Slides save), a Marp, Slidev or reveal.js
          deck (<code>.md</code>) or a Beamer file (<code>.tex</code>). Each slide becomes a beat with its title, its text as
          bullets and its speaker notes. You see what will change before anything is written.
        </p>
      )}
      {state.status === 'reading' && (
        <div className="exchange-progress" role="status" aria-live="polite">
          <p>
            Reading “{state.fileName}”{state.total > 0 ? `: slide ${state.done} of ${state.total}` : '…'}
          </p>
          <progress max={state.total || 1} value={state.total > 0 ? state.done : undefined} aria-label="Reading the deck" />
        </div>
      )}
      {state.status === 'failed' && (
        <div className="exchange-report exchange-report-error" role="alert">
          <p>
            <strong>Nothing was imported.</strong> “{state.fileName}” cannot be read as a slide deck, so nothing was written.
          </p>
          <p>{state.message}</p>
        </div>
      )}
      {state.status === 'ready' && <DeckPreview state={state} onClose={onClose} />}
      {state.status !== 'ready' && (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={state.status === 'reading'}
            data-autofocus
            onClick={() => void choose()}
          >
            {state.status === 'failed' ? 'Choose another file…' : 'Choose a deck…'}
          </button>
        </div>
      )}
    </div>
  );
}

type Choice = 'new' | 'replace' | 'append';

const TARGETS: ReadonlyArray<{ value: Choice; label: string }> = [
  { value: 'new', label: 'A new story' },
  { value: 'replace', label: 'Replace the outline of a story' },
  { value: 'append', label: 'Add after the beats of a story' },
];

function DeckPreview({ state, onClose }: { state: Extract<DeckImportState, { status: 'ready' }>; onClose(): void }) {
  const summaries = useApp((s) => s.summaries);
  const openStoryId = useApp((s) => s.story?.id ?? null);
  const outlineOf = useApp((s) => s.outlineOf);
  const planDeck = useApp((s) => s.planDeck);
  const apply = useApp((s) => s.applyDeckImport);
  const [choice, setChoice] = useState<Choice>('new');
  const [storyId, setStoryId] = useState<string>(openStoryId ?? summaries[0]?.id ?? '');
  const [isBusy, setBusy] = useState(false);
  const target = summaries.find((summary) => summary.id === storyId);
  // The chosen story's outline as it is now, to say what the import replaces.
  const [loaded, setLoaded] = useState<{ id: string; outline: Outline | null } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    if (storyId !== '') void outlineOf(storyId).then((outline) => isCurrent && setLoaded({ id: storyId, outline }));
    return () => {
      isCurrent = false;
    };
  }, [storyId, outlineOf]);
  const targetOutline = loaded?.id === storyId ? loaded.outline : null;
  const plan = planDeck(choice === 'new' ? undefined : (targetOutline?.talkMs ?? undefined));
  const format = findExportFormat(state.deck.format)?.label ?? state.deck.format;
  if (plan === null) {
    return (
      <div className="exchange-report exchange-report-error" role="alert">
        <p>
          <strong>Nothing to import.</strong> “{state.fileName}” has no slide Viva could make a beat of.
        </p>
      </div>
    );
  }
  const existing = targetOutline?.beats.length ?? null;
  const change =
    choice === 'new'
      ? `A new story, “${plan.title}”, with ${plan.beats.length} ${plan.beats.length === 1 ? 'beat' : 'beats'} for a ${wholeMinutes(plan.talkMs)}-minute talk.`
      : choice === 'replace'
        ? `The outline of “${target?.title ?? ''}” gets these ${plan.beats.length} beats${existing === null ? ', in place of the beats it has' : `, in place of its ${existing} ${existing === 1 ? 'beat' : 'beats'}`}. Its other sections stay as they are; Undo puts the old outline back.`
        : `These ${plan.beats.length} beats are added after the ${existing === null ? '' : `${existing} `}beats of “${target?.title ?? ''}”. Undo takes them out again.`;
  const replaced =
    choice === 'replace' && targetOutline !== null ? targetOutline.beats.map((beat) => beat.title || '(untitled)') : [];
  const replacedLine =
    replaced.length === 0
      ? ''
      : `Beats replaced: ${replaced
          .slice(0, 5)
          .map((title) => `“${title}”`)
          .join(', ')}${replaced.length > 5 ? ` and ${replaced.length - 5} more` : ''}.`;
  const onImport = async () => {
    setBusy(true);
    const id = await apply(choice === 'new' ? { kind: 'new' } : { kind: choice, storyId });
    setBusy(false);
    if (id !== null) navigate({ name: 'story', storyId: id, section: 'outline' });
  };
  return (
    <div className="deck-preview">
      <p className="exchange-lead">
        <strong>“{state.fileName}”</strong> ({format}): {plan.beats.length} {plan.beats.length === 1 ? 'slide' : 'slides'} to
        import as beats.
      </p>
      <ul className="deck-notices">
        {plan.notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <ol className="deck-beats" tabIndex={0} aria-label="Beats to import">
        {plan.beats.map((beat) => (
          <li key={beat.id}>
            <span className="deck-beat-title">{beat.title}</span>{' '}
            <span className="deck-beat-meta">
              {formatDuration(beat.budgetMs)} · {beat.bullets.length} {beat.bullets.length === 1 ? 'bullet' : 'bullets'}
              {beat.notes.content.some((node) => (node.content?.length ?? 0) > 0) ? ' · notes' : ''}
            </span>
          </li>
        ))}
      </ol>
      <fieldset className="exchange-options">
        <legend>Import into</legend>
        {TARGETS.map(({ value, label }) => (
          <label key={value} className="exchange-option">
            <input
              type="radio"
              name="deck-target"
              checked={choice === value}
              disabled={value !== 'new' && summaries.length === 0}
              onChange={() => setChoice(value)}
              data-autofocus={value === 'new' || undefined}
            />
            <span>
              <span className="exchange-option-label">{label}</span>
            </span>
          </label>
        ))}
        {choice !== 'new' && (
          <div className="form-row">
            <label htmlFor="deck-target-story">Story</label>
            <select id="deck-target-story" className="select" value={storyId} onChange={(e) => setStoryId(e.target.value)}>
              {summaries.map((summary) => (
                <option key={summary.id} value={summary.id}>
                  {summary.title}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <p className="deck-change" role="status">
        {change}
        {replacedLine !== '' && (
          <>
            <br />
            {replacedLine}
          </>
        )}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={isBusy || (choice !== 'new' && target === undefined)}
          onClick={() => void onImport()}
        >
          {choice === 'new' ? 'Import as a new story' : 'Import into the outline'}
        </button>
      </div>
    </div>
  );
}
