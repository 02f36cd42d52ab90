import { useEffect, useMemo, useRef, useState } from 'react';
import { listDeck } from '../../../shared/content/challengeDeck';
import { findPreset, listFormats, PAPER_DISCUSSION_ID } from '../../../shared/content/rehearsalPresets';
import { critiqueTitle } from '../../../shared/model/critique';
import { newId } from '../../../shared/model/ids';
import type { RehearsalFormat } from '../../../shared/model/rehearsalFormat';
import type { RehearsalSession } from '../../../shared/model/rehearsalSession';
import { formatDuration } from '../../../shared/time/duration';
import { planRun, type RunPlan } from '../../../shared/rehearsal/runPlan';
import { navigate } from '../../navigation/useRoute';
import { useApp, useAppStoreApi } from '../../store/StoreProvider';
import { starStoriesOf } from '../../../shared/model/starStory';
import { RunChooser, type RunChoice, type StarChoice } from './chooser/RunChooser';
import { FormatEditor } from './formats/FormatEditor';
import type { RemovedSession } from '../../data/sessionRepository';
import { useRecordingSetup } from './recording/useRecordingSetup';
import { RunScreen } from './run/RunScreen';
import { MINUTE_MS } from '../../../shared/time/duration';
import './rehearsal.css';
import { errorMessage as message } from '../../../shared/text/errorMessage';

type Stage =
  | { name: 'choose' }
  | { name: 'edit'; format: RehearsalFormat; isNew: boolean }
  | { name: 'run'; plan: RunPlan; storyId: string | null; storyTitle: string | null; isNoNotes: boolean };

function blankFormat(): RehearsalFormat {
  return {
    id: newId(),
    name: '',
    presetKey: null,
    source: 'segments',
    totalMs: 5 * MINUTE_MS,
    segments: [{ id: newId(), title: '', budgetMs: 5 * MINUTE_MS, tags: ['general'] }],
    warnAtFraction: 0.8,
  };
}

/** Rehearse: choose a story and a format, edit formats, then run against the clock. */
export default function RehearseView({ storyId }: { storyId: string | null }) {
  const storedFormats = useApp((s) => s.storedFormats);
  const ownQuestions = useApp((s) => s.ownQuestions);
  const practice = useApp((s) => s.practice);
  const rehearsalStatus = useApp((s) => s.rehearsalStatus);
  const rehearsalError = useApp((s) => s.rehearsalError);
  const preferences = useApp((s) => s.preferences);
  const stories = useApp((s) => s.summaries);
  // Until the library has been read, the story choice would say "no story" and a run would start without one.
  const isLibraryLoading = useApp((s) => s.libraryStatus === 'loading');
  const critiques = useApp((s) => s.critiques);
  const critiqueChoices = useMemo(() => critiques.map((c) => ({ id: c.id, title: critiqueTitle(c) })), [critiques]);
  const notify = useApp((s) => s.notify);
  const recording = useRecordingSetup();
  // Actions never change, so reading them once from the store is enough.
  const state = useAppStoreApi().getState();
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [isStarting, setStarting] = useState(false);
  const formats = useMemo(() => listFormats(storedFormats), [storedFormats]);
  const deck = useMemo(() => listDeck(ownQuestions), [ownQuestions]);
  // storyId null: not chosen yet; '' is an explicit "no story".
  const [choice, setChoice] = useState<Omit<RunChoice, 'storyId'> & { storyId: string | null }>({
    storyId,
    // Coming from a critique, rehearse its discussion.
    formatId: storyId !== null && critiques.some((c) => c.id === storyId) ? PAPER_DISCUSSION_ID : 'preset-research-presentation',
    isNoNotes: false,
    questionPeriod: null,
    starStoryId: null,
  });
  const loadRehearsal = state.loadRehearsal;
  // Leaving the format editor unmounts the button that opened it: land on the chosen format instead.
  const isBackFromEditor = useRef(false);
  useEffect(() => {
    if (stage.name === 'edit') isBackFromEditor.current = true;
    if (stage.name !== 'choose' || !isBackFromEditor.current) return;
    isBackFromEditor.current = false;
    document.querySelector<HTMLInputElement>('input[name="run-format"]:checked')?.focus();
  }, [stage.name]);

  useEffect(() => {
    void loadRehearsal();
  }, [loadRehearsal]);

  // Until the user picks, rehearse the story they came from, or the one they worked on last.
  const latest = stories.reduce<(typeof stories)[number] | undefined>(
    (a, b) => (a && a.updatedAt >= b.updatedAt ? a : b),
    undefined,
  );
  const wanted = choice.storyId ?? latest?.id ?? '';
  const chosenStoryId = stories.some((s) => s.id === wanted) || critiques.some((c) => c.id === wanted) ? wanted : '';
  const isCritiqueChosen = critiques.some((c) => c.id === chosenStoryId);

  // A behavioural run tells one STAR story of the chosen story: read the bank to offer its stories.
  const isBehavioural = formats.find((f) => f.id === choice.formatId)?.presetKey === 'behavioural';
  const [starStories, setStarStories] = useState<{ storyId: string; stories: StarChoice[] } | null>(null);
  const readStoryForRun = state.readStoryForRun;
  useEffect(() => {
    if (!isBehavioural || chosenStoryId === '') return;
    let isCurrent = true;
    readStoryForRun(chosenStoryId)
      .then((story) => {
        const stories = story ? starStoriesOf(story).map((s) => ({ id: s.id, title: s.title })) : [];
        if (isCurrent) setStarStories({ storyId: chosenStoryId, stories });
      })
      .catch(() => {
        if (isCurrent) setStarStories({ storyId: chosenStoryId, stories: [] });
      });
    return () => {
      isCurrent = false;
    };
  }, [isBehavioural, chosenStoryId, readStoryForRun]);

  const start = async () => {
    const format = formats.find((f) => f.id === choice.formatId);
    if (!format) return notify('Choose a format first.', 'error');
    setStarting(true);
    try {
      if (isCritiqueChosen) {
        const critique = await state.readCritiqueForRun(chosenStoryId);
        if (!critique || critique.deletedAt !== null) return notify('That critique no longer exists. Choose another.', 'error');
        const plan = planRun(format, null, { critique });
        if (plan.segments.length === 0) return notify('This format has no segments. Add one in the format first.', 'error');
        // A critique's run is kept in History without a story.
        setStage({ name: 'run', plan, storyId: null, storyTitle: critiqueTitle(critique), isNoNotes: choice.isNoNotes });
        return;
      }
      const story = chosenStoryId ? await state.readStoryForRun(chosenStoryId) : null;
      if (chosenStoryId && !story) return notify('That story no longer exists. Choose another.', 'error');
      const plan = planRun(format, story ?? null, {
        questionPeriod: choice.questionPeriod,
        starStoryId: choice.starStoryId,
      });
      if (plan.segments.length === 0) {
        return notify('This story’s talk outline has no beats yet. Add beats to its outline first.', 'error');
      }
      setStage({ name: 'run', plan, storyId: story?.id ?? null, storyTitle: story?.title ?? null, isNoNotes: choice.isNoNotes });
    } catch (error) {
      notify(`The run could not start: ${message(error)}`, 'error');
    } finally {
      setStarting(false);
    }
  };

  const saveSession = async (session: RehearsalSession): Promise<void> => {
    try {
      await state.saveSession(session);
      navigate({ name: 'session', sessionId: session.id });
    } catch (error) {
      notify(`The rehearsal could not be saved: ${message(error)}`, 'error', {
        label: 'Try again',
        run: () => void saveSession(session),
      });
    }
  };

  // A run left halfway (a top-bar link, a menu command) is kept, and the user told so with an
  // Undo: leaving by mistake, or a false start, should not leave a stray run in History.
  const keepLeftRun = async (session: RehearsalSession): Promise<void> => {
    try {
      await state.saveSession(session);
      // The History may already be on screen (its link is how the run was left).
      if (state.sessionHistory !== null || window.location.hash.includes('history')) void state.loadSessionHistory();
      const ran = formatDuration(
        session.segments.reduce((total, s) => total + s.actualMs, 0),
        'down',
      );
      let removed: RemovedSession | undefined;
      const entry = state.recordRecordsChange(
        'kept the rehearsal you left',
        async () => {
          removed = await state.forgetSession(session.id);
        },
        async () => {
          if (removed) await state.putBackSession(removed);
        },
      );
      notify(`The rehearsal you left was saved. It ran ${ran}; undo if you did not mean to keep it.`, 'info', {
        label: 'Undo',
        run: () => void state.undoChange(entry),
      });
    } catch (error) {
      notify(`The rehearsal you left could not be saved: ${message(error)}`, 'error');
    }
  };

  const removeFormat = async (removed: RehearsalFormat) => {
    const isPreset = findPreset(removed.id) !== undefined;
    let entry: number | null;
    try {
      entry = await state.removeFormat(removed.id);
    } catch (error) {
      return notify(`The format could not be removed: ${message(error)}`, 'error');
    }
    setStage({ name: 'choose' });
    if (!isPreset) setChoice({ ...choice, formatId: 'preset-research-presentation' });
    const what = isPreset ? `“${removed.name}” reset to the preset.` : `“${removed.name}” deleted.`;
    notify(what, 'info', entry === null ? undefined : { label: 'Undo', run: () => void state.undoChange(entry) });
  };

  if (stage.name === 'run') {
    return (
      <RunScreen
        plan={stage.plan}
        storyId={stage.storyId}
        storyTitle={stage.storyTitle}
        isNoNotes={stage.isNoNotes}
        deck={deck}
        practice={practice}
        isChimeOn={preferences.rehearsalChime === true}
        isRandomOn={preferences.randomChallenges === true}
        recording={recording}
        onAnswer={(questionId, rating, answerMs) =>
          void state.recordAnswer(questionId, rating, answerMs).catch((error: unknown) => {
            notify(`The rating could not be saved: ${message(error)}`, 'error');
          })
        }
        onFinish={(session) => void saveSession(session)}
        onLeftMidRun={(session) => void keepLeftRun(session)}
        onLeave={() => setStage({ name: 'choose' })}
      />
    );
  }

  return (
    <div className="rehearse">
      <header className="rehearse-header">
        <h1>Rehearse</h1>
        <p className="chooser-help">Alone, against the clock, with hostile questions thrown in.</p>
      </header>
      {rehearsalStatus === 'error' && <p className="library-error">{rehearsalError}</p>}
      {stage.name === 'edit' ? (
        <FormatEditor
          key={stage.format.id}
          format={stage.format}
          isNew={stage.isNew}
          isStored={storedFormats.some((f) => f.id === stage.format.id)}
          onCancel={() => setStage({ name: 'choose' })}
          onSave={async (format) => {
            try {
              await state.saveFormat(format);
              setChoice({ ...choice, formatId: format.id });
              setStage({ name: 'choose' });
              notify(`“${format.name}” saved.`);
            } catch (error) {
              notify(`The format could not be saved: ${message(error)}`, 'error');
            }
          }}
          onRemove={() => void removeFormat(stage.format)}
        />
      ) : (
        <RunChooser
          stories={stories}
          critiques={critiqueChoices}
          formats={formats}
          storedIds={new Set(storedFormats.map((f) => f.id))}
          choice={{ ...choice, storyId: chosenStoryId }}
          deckSize={deck.length}
          starStories={starStories?.storyId === chosenStoryId ? starStories.stories : null}
          isStarting={isStarting || isLibraryLoading}
          onChange={(next) => {
            // Choosing a critique picks the format its cue cards are made for.
            const isCritique = next.storyId !== choice.storyId && critiques.some((c) => c.id === next.storyId);
            const format = formats.find((f) => f.id === next.formatId);
            setChoice(isCritique && format?.source !== 'critique' ? { ...next, formatId: PAPER_DISCUSSION_ID } : next);
          }}
          onEdit={(format) => setStage({ name: 'edit', format, isNew: false })}
          onDuplicate={(format) =>
            setStage({
              name: 'edit',
              isNew: true,
              format: {
                ...format,
                id: newId(),
                presetKey: null,
                name: `${format.name} (copy)`,
                segments: format.segments.map((s) => ({ ...s, id: newId() })),
              },
            })
          }
          onNew={() => setStage({ name: 'edit', format: blankFormat(), isNew: true })}
          onStart={() => void start()}
        />
      )}
    </div>
  );
}
