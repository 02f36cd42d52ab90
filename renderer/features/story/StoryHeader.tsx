import { useState } from 'react';
import { EVENT_KIND_LABELS, EVENT_KINDS, type EventKind } from '../../../shared/model/event';
import { MAX_TITLE, type Story } from '../../../shared/model/story';
import { toOneLine } from '../../../shared/text/toOneLine';
import { formatRoute } from '../../navigation/route';
import { useApp } from '../../store/StoreProvider';
import { ReadinessLink } from '../readiness/ReadinessLink';
import { useFieldState } from './fields/useFieldState';
import { SaveIndicator } from './SaveIndicator';

/** The story's title and the event it prepares for. */
export function StoryHeader({ story }: { story: Story }) {
  const changeStory = useApp((s) => s.changeStory);
  const setField = useApp((s) => s.setField);
  const [title, setTitle] = useFieldState(['title'], story.title);
  const [draft, setDraft] = useState(title);
  const isEmpty = draft.trim() === '';

  return (
    <header className="story-header">
      <div className="story-title-row">
        <label htmlFor="story-title" className="visually-hidden">
          Story title
        </label>
        {/* A text area that wraps, so a long title is read whole in a narrow window; still one line. */}
        <textarea
          id="story-title"
          className="story-title-input"
          rows={1}
          maxLength={MAX_TITLE}
          value={isEmpty ? draft : title}
          aria-invalid={isEmpty}
          aria-describedby={isEmpty ? 'story-title-error' : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.preventDefault();
          }}
          onChange={(e) => {
            const next = toOneLine(e.target.value);
            setDraft(next);
            if (next.trim() !== '') setTitle(next);
          }}
          onBlur={() => {
            if (isEmpty) setDraft(title);
            else setField(['title'], () => title.trim());
          }}
        />
        <div className="story-title-actions">
          <SaveIndicator />
          <ReadinessLink story={story} />
          <a className="button button-small" href={formatRoute({ name: 'rehearse', storyId: story.id })}>
            Rehearse<span className="visually-hidden"> this story</span>
          </a>
        </div>
      </div>
      {isEmpty && (
        <p id="story-title-error" className="field-error" role="alert">
          A story needs a title. Until you type one, it keeps “{title}”.
        </p>
      )}
      <div className="story-event">
        <label htmlFor="story-event-kind">Preparing for</label>
        <select
          id="story-event-kind"
          className="select"
          value={story.event.kind}
          onChange={(e) => {
            const kind = e.target.value as EventKind;
            changeStory((s) => ({ ...s, event: { ...s.event, kind } }), 'changed the kind of event');
          }}
        >
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {EVENT_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        {/* "on" and its date wrap together in a narrow window. */}
        <span className="story-event-date">
          <label htmlFor="story-event-date">on</label>
          <input
            id="story-event-date"
            className="input"
            type="date"
            value={story.event.date ?? ''}
            onChange={(e) => {
              const date = e.target.value === '' ? null : e.target.value;
              changeStory((s) => ({ ...s, event: { ...s.event, date } }), 'changed the event date');
            }}
          />
        </span>
      </div>
    </header>
  );
}
