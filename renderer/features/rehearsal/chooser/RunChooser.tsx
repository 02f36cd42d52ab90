import { formatRoute } from '../../../navigation/route';
import type { RehearsalFormat } from '../../../../shared/model/rehearsalFormat';
import type { StorySummary } from '../../../../shared/story/summarizeStory';
import { RehearsalToggles } from '../RehearsalToggles';
import { describeFormat } from './describeFormat';

export interface RunChoice {
  storyId: string;
  formatId: string;
  isNoNotes: boolean;
}

interface Props {
  stories: readonly StorySummary[];
  formats: readonly RehearsalFormat[];
  storedIds: ReadonlySet<string>;
  choice: RunChoice;
  deckSize: number;
  isStarting: boolean;
  onChange(choice: RunChoice): void;
  onEdit(format: RehearsalFormat): void;
  onDuplicate(format: RehearsalFormat): void;
  onNew(): void;
  onStart(): void;
}

/** Pick what to rehearse: a story (or none), a format, and how to run it. */
export function RunChooser(props: Props) {
  const { choice, onChange } = props;
  return (
    <form
      className="run-chooser"
      onSubmit={(event) => {
        event.preventDefault();
        props.onStart();
      }}
    >
      <div className="chooser-group">
        <label htmlFor="run-story" className="chooser-label">
          Story
        </label>
        <p className="chooser-help" id="run-story-help">
          Its talk outline gives a research presentation its beats, bullets and notes.
        </p>
        <select
          id="run-story"
          className="select chooser-select"
          aria-describedby="run-story-help"
          value={choice.storyId}
          onChange={(e) => onChange({ ...choice, storyId: e.target.value })}
        >
          <option value="">No story: time the format only</option>
          {props.stories.map((story) => (
            <option key={story.id} value={story.id}>
              {story.title}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="chooser-group">
        <legend className="chooser-label">Format</legend>
        <ul className="format-list">
          {props.formats.map((format) => (
            <li key={format.id} className={`format-option${choice.formatId === format.id ? ' is-chosen' : ''}`}>
              <label className="format-option-label">
                <input
                  type="radio"
                  name="run-format"
                  value={format.id}
                  checked={choice.formatId === format.id}
                  onChange={() => onChange({ ...choice, formatId: format.id })}
                />
                <span>
                  <span className="format-name">
                    {format.name}
                    {format.presetKey && props.storedIds.has(format.id) && <span className="format-badge">edited</span>}
                    {!format.presetKey && <span className="format-badge">yours</span>}
                  </span>
                  <span className="format-summary">{describeFormat(format)}</span>
                </span>
              </label>
              <span className="format-actions">
                <button type="button" className="button button-quiet button-small" onClick={() => props.onEdit(format)}>
                  Edit<span className="visually-hidden"> “{format.name}”</span>
                </button>
                <button type="button" className="button button-quiet button-small" onClick={() => props.onDuplicate(format)}>
                  Duplicate<span className="visually-hidden"> “{format.name}”</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
        <button type="button" className="button button-small" onClick={props.onNew}>
          New format
        </button>
      </fieldset>

      <fieldset className="chooser-group">
        <legend className="chooser-label">Options</legend>
        <label className="check-row">
          <input
            type="checkbox"
            checked={choice.isNoNotes}
            onChange={(e) => onChange({ ...choice, isNoNotes: e.target.checked })}
          />
          No notes: start with the cue card’s bullets and notes hidden
        </label>
        <RehearsalToggles rowClassName="check-row" />
        <p className="chooser-help">
          Press C during a run for a question from the <a href={formatRoute({ name: 'deck' })}>challenge deck</a> (
          {props.deckSize} questions).
        </p>
      </fieldset>

      <div className="chooser-actions">
        <button type="submit" className="button button-primary" disabled={props.isStarting}>
          Open the run screen
        </button>
        <span className="chooser-help">The clock starts when you press Space there.</span>
      </div>
    </form>
  );
}
