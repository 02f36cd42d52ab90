import { useEffect, useRef, useState } from 'react';
import type { Beat } from '../../../../shared/model/outline';
import { hasText } from '../../../../shared/model/richText';
import { SECTION_LABELS } from '../../../../shared/model/sections';
import type { Story } from '../../../../shared/model/story';
import { appendNotes, mergeBullets, PULL_SOURCES, pullContent } from '../../../../shared/story/pullContent';
import { getAt, updateAt, type Path } from '../../../../shared/story/updateAt';
import { useApp, useAppStoreApi } from '../../../store/StoreProvider';

type Mode = 'replace' | 'append';

/**
 * "Pull from <section>": fills a beat's notes and bullets from the section that already says it.
 * An empty beat is filled at once; a beat holding the user's words is never overwritten without
 * asking — they choose to add the pulled text below or to replace, and either can be undone.
 */
export function PullControl({ beat, path }: { beat: Beat; path: Path }) {
  const api = useAppStoreApi();
  const changeStory = useApp((s) => s.changeStory);
  const notify = useApp((s) => s.notify);
  const undoChange = useApp((s) => s.undoChange);
  const [isAsking, setAsking] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const pullButton = useRef<HTMLButtonElement>(null);
  const source = PULL_SOURCES[beat.kind];

  useEffect(() => {
    if (isAsking) firstChoice.current?.focus();
  }, [isAsking]);

  if (!source) return null;
  const sectionLabel = SECTION_LABELS[source.section];
  const questionId = `pull-${beat.id}-question`;

  // The question goes away with the button that had focus: hand focus back to "Pull".
  const closeQuestion = () => {
    setAsking(false);
    pullButton.current?.focus();
  };

  const apply = (mode: Mode) => {
    closeQuestion();
    const undo: { beat: Beat | null } = { beat: null };
    const what = `${mode === 'replace' ? 'replaced' : 'added'} ${source.what} from ${sectionLabel}`;
    const entry = changeStory((story: Story) => {
      const current = getAt(story, path) as Beat | undefined;
      const pulled = pullContent(story, beat.kind);
      if (!current || !pulled) return story;
      undo.beat = current;
      const notes = mode === 'replace' ? pulled.notes : appendNotes(current.notes, pulled.notes);
      const bullets = mode === 'replace' ? pulled.bullets : mergeBullets(current.bullets, pulled.bullets);
      return updateAt(story, path, { ...current, notes, bullets });
    }, what);
    if (!undo.beat || entry === null) return;
    notify(`${mode === 'replace' ? 'Replaced' : 'Added'} ${source.what} from ${sectionLabel}.`, 'info', {
      label: 'Undo',
      run: () => void undoChange(entry),
    });
  };

  const pull = () => {
    // Apply edits still being typed, so the check below sees every word the user wrote.
    changeStory((story) => story);
    const story = api.getState().story;
    const current = story ? (getAt(story, path) as Beat | undefined) : undefined;
    const pulled = story ? pullContent(story, beat.kind) : null;
    if (!current || !pulled) return;
    if (pulled.isEmpty && pulled.bullets.length === 0) {
      notify(`${sectionLabel} has nothing to pull yet: this beat draws on ${source.what}.`, 'info');
      return;
    }
    const hasOwnWords = hasText(current.notes) || current.bullets.some((line) => line.trim() !== '');
    if (hasOwnWords) setAsking(true);
    else apply('replace');
  };

  // A fragment: the question takes a full row of the beat's meta row, below the controls.
  return (
    <>
      <div className="beat-pull">
        <button
          ref={pullButton}
          type="button"
          className="button button-small"
          onClick={pull}
          aria-describedby={`pull-${beat.id}-what`}
        >
          Pull from {sectionLabel}
          <span className="visually-hidden"> into {beat.title.trim() || 'this beat'}</span>
        </button>
        <span id={`pull-${beat.id}-what`} className="beat-pull-what">
          {source.what}
        </span>
      </div>
      {isAsking && (
        <div
          className="beat-pull-ask"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              closeQuestion();
            }
          }}
        >
          <p id={questionId}>
            This beat already has your notes or bullets. Add what {sectionLabel} says below them, or replace them?
          </p>
          <div className="beat-pull-choices">
            <button ref={firstChoice} type="button" className="button button-primary" onClick={() => apply('append')}>
              Add below
            </button>
            <button type="button" className="button" onClick={() => apply('replace')}>
              Replace
            </button>
            <button type="button" className="button button-quiet" onClick={closeQuestion}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
