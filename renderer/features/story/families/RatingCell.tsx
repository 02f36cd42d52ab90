import { RATING_LABELS, RATING_VALUES, type Rating } from '../../../../shared/model/families';
import type { Story } from '../../../../shared/model/story';
import { withRating } from '../../../../shared/story/familyAxes';
import { useApp } from '../../../store/StoreProvider';
import { fieldDomId } from '../fields/fieldDomId';
import { RatingNote } from './RatingNote';

interface Props {
  familyId: string;
  axisId: string;
  rating: Rating;
  /** Whether the family holds a rating on this axis yet (a note can only be typed into one). */
  isStored: boolean;
  /** "Dense retrieval on Latency", for the controls' accessible names. */
  label: string;
}

type Score = Rating['score'];

function parseScore(value: string): Score {
  const found = RATING_VALUES.find((v) => String(v) === value);
  return found ?? null;
}

/** One cell of the matrix: a rating from 1 to 5 (a native select, so the keyboard works) and a note. */
export function RatingCell({ familyId, axisId, rating, isStored, label }: Props) {
  const changeStory = useApp((s) => s.changeStory);
  const base = ['families', 'items', { id: familyId }, 'ratings', axisId] as const;
  const setScore = (score: Score) =>
    changeStory(
      (story: Story) => ({ ...story, families: withRating(story.families, familyId, axisId, { score }) }),
      `rated ${label}`,
    );
  return (
    <div className="rating-cell" data-score={rating.score ?? 'none'}>
      <select
        id={fieldDomId([...base, 'score'])}
        className="select rating-select"
        aria-label={`Rating of ${label}`}
        value={rating.score === null ? '' : String(rating.score)}
        onChange={(e) => setScore(parseScore(e.target.value))}
      >
        <option value="">– not rated</option>
        {RATING_VALUES.map((value) => (
          <option key={value} value={String(value)}>
            {value} · {RATING_LABELS[value]}
          </option>
        ))}
      </select>
      <RatingNote familyId={familyId} axisId={axisId} note={rating.note} isStored={isStored} label={`Note on ${label}`} />
    </div>
  );
}
