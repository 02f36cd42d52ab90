import { formatRoute } from '../../../navigation/route';
import type { RehearsalFormat } from '../../../../shared/model/rehearsalFormat';
import type { QuestionPeriod } from '../../../../shared/rehearsal/runPlan';
import type { StorySummary } from '../../../../shared/story/summarizeStory';
import { RehearsalToggles } from '../RehearsalToggles';
import { describeFormat } from './describeFormat';
import { QuestionPeriodFields } from './QuestionPeriodFields';
import { StarStoryField } from './StarStoryField';

export interface RunChoice {
  storyId: string;
  formatId: string;
  isNoNotes: boolean;
  /** Questions after a talk that follows the outline; null for none. */
  questionPeriod: QuestionPeriod | null;
  /** The STAR story a behavioural run tells; null for the first one written. */
  starStoryId: string | null;
}

/** A STAR story of the chosen story, as the chooser offers it. */
export interface StarChoice {
  id: string;
  title: string;
}

interface Props {
  stories: readonly StorySummary[];
  /** Paper critiques, which give the paper discussion its cue cards. */
  critiques: readonly { id: string; title: string }[];
  formats: readonly RehearsalFormat[];
  storedIds: ReadonlySet<string>;
  choice: RunChoice;
  deckSize: number;
  /** The chosen story's STAR stories, or null while they are being read. */
  starStories: readonly StarChoice[] | null;
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
  const chosen = props.formats.find((format) => format.id === choice.formatId);
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
          {props.critiques.length > 0 ? 'Story or paper critique' : 'Story'}
        </label>
        <p className="chooser-help" id="run-story-help">
          A story’s talk outline gives a research presentation its beats, bullets and notes
          {props.critiques.length > 0 ? '; a paper critique gives the paper discussion its cue cards.' : '.'}
        </p>
        <select
          id="run-story"
          className="select chooser-select"
          aria-describedby="run-story-help"
          value={choice.storyId}
          onChange={(e) => onChange({ ...choice, storyId: e.target.value })}
        >
          <option value="">No story: time the format only</option>
          {props.critiques.length === 0 ? (
            props.stories.map((story) => (
              <option key={story.id} value={story.id}>
                {story.title}
              </option>
            ))
          ) : (
            <>
              <optgroup label="Stories">
                {props.stories.map((story) => (
                  <option key={story.id} value={story.id}>
                    {story.title}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Paper critiques">
                {props.critiques.map((critique) => (
                  <option key={critique.id} value={critique.id}>
                    {critique.title}
                  </option>
                ))}
              </optgroup>
            </>
          )}
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
        {chosen?.presetKey === 'behavioural' && (
          <StarStoryField
            stories={props.starStories}
            value={choice.starStoryId}
            hasStory={choice.storyId !== ''}
            onChange={(starStoryId) => onChange({ ...choice, starStoryId })}
          />
        )}
        {chosen?.source === 'outline' && (
          <QuestionPeriodFields
            period={choice.questionPeriod}
            onChange={(questionPeriod) => onChange({ ...choice, questionPeriod })}
          />
        )}
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
