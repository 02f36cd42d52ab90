import { CHALLENGE_TAG_LABELS, TAG_GROUPS } from '../../../../shared/content/challengeTags';
import type { ChallengeTag } from '../../../../shared/model/challenge';
import type { SegmentDraft } from '../../../../shared/rehearsal/formatDraft';

interface Props {
  index: number;
  count: number;
  segment: SegmentDraft;
  titleError: string | undefined;
  budgetError: string | undefined;
  onChange(segment: SegmentDraft): void;
  onMove(offset: -1 | 1): void;
  onRemove(): void;
}

/** One segment of the format editor: title, budget, the challenge tags it fits, and moves. */
export function SegmentRow({ index, count, segment, titleError, budgetError, onChange, onMove, onRemove }: Props) {
  const base = `fmt-seg-${index}`;
  const name = segment.title.trim() || `segment ${index + 1}`;
  const toggleTag = (tag: ChallengeTag, isOn: boolean) =>
    onChange({ ...segment, tags: isOn ? [...segment.tags, tag] : segment.tags.filter((t) => t !== tag) });
  return (
    <li className="segment-row">
      <div className="segment-row-fields">
        <div className="segment-field segment-field-title">
          <label htmlFor={`${base}-title`}>Segment {index + 1} title</label>
          <input
            id={`${base}-title`}
            className="input"
            value={segment.title}
            aria-invalid={titleError !== undefined}
            aria-describedby={titleError ? `${base}-title-error` : undefined}
            onChange={(e) => onChange({ ...segment, title: e.target.value })}
          />
        </div>
        <div className="segment-field segment-field-budget">
          <label htmlFor={`${base}-budget`}>Segment {index + 1} budget</label>
          <input
            id={`${base}-budget`}
            className="input"
            value={segment.budget}
            placeholder="2:30"
            aria-invalid={budgetError !== undefined}
            aria-describedby={budgetError ? `${base}-budget-error` : 'fmt-budget-help'}
            onChange={(e) => onChange({ ...segment, budget: e.target.value })}
          />
        </div>
        <div className="segment-row-moves">
          <button type="button" className="button button-quiet button-small" disabled={index === 0} onClick={() => onMove(-1)}>
            ↑<span className="visually-hidden"> Move {name} up</span>
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓<span className="visually-hidden"> Move {name} down</span>
          </button>
          <button type="button" className="button button-quiet button-small" onClick={onRemove}>
            Remove<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      {(titleError ?? budgetError) && (
        <div className="segment-row-errors">
          {titleError && (
            <p id={`${base}-title-error`} className="field-error">
              {titleError}
            </p>
          )}
          {budgetError && (
            <p id={`${base}-budget-error`} className="field-error">
              {budgetError}
            </p>
          )}
        </div>
      )}
      <details className="segment-tags">
        <summary>
          Challenge questions it draws on:{' '}
          {segment.tags.length === 0 ? 'any' : segment.tags.map((t) => CHALLENGE_TAG_LABELS[t]).join(', ')}
        </summary>
        {TAG_GROUPS.map((group) => (
          <fieldset key={group.label} className="tag-group">
            <legend>{group.label}</legend>
            {group.tags.map((tag) => (
              <label key={tag} className="check-row">
                <input type="checkbox" checked={segment.tags.includes(tag)} onChange={(e) => toggleTag(tag, e.target.checked)} />
                {CHALLENGE_TAG_LABELS[tag]}
              </label>
            ))}
          </fieldset>
        ))}
      </details>
    </li>
  );
}
