import { useState } from 'react';
import type { DesignRubricScores, RehearsalSession } from '../../../../shared/model/rehearsalSession';
import {
  DESIGN_RUBRIC,
  emptyRubricScores,
  RUBRIC_SCORE_MAX,
  RUBRIC_SCORE_MIN,
  weakestCriterion,
  weightedRubricScore,
  weightText,
} from '../../../../shared/rehearsal/designRubric';
import { useApp } from '../../../store/StoreProvider';

const SCORES = Array.from({ length: RUBRIC_SCORE_MAX - RUBRIC_SCORE_MIN + 1 }, (_, i) => RUBRIC_SCORE_MIN + i);

/** What the scores add up to, or what is still missing. */
function describeScores(scores: DesignRubricScores): string {
  const total = weightedRubricScore(scores);
  if (total === null) {
    const left = DESIGN_RUBRIC.filter((c) => scores[c.key] === null).length;
    return `Score all five criteria for the weighted grade (${left} left).`;
  }
  const weakest = weakestCriterion(scores);
  const gap = weakest ? ` The most grade is lost on ${weakest.label.toLowerCase()}.` : ' Full marks on every criterion.';
  return `Weighted score: ${total.toFixed(1)} of ${RUBRIC_SCORE_MAX}.${gap}`;
}

/** Score a research-design run on the round's rubric, 1 to 5 per criterion; each choice is saved at once. */
export function RubricScoring({ session }: { session: RehearsalSession }) {
  const saveSessionRubric = useApp((s) => s.saveSessionRubric);
  // Shown at once; the write follows (and says so if it fails).
  const [scores, setScores] = useState<DesignRubricScores>(() => session.rubric ?? emptyRubricScores());
  const choose = (next: DesignRubricScores) => {
    setScores(next);
    void saveSessionRubric(session.id, next);
  };
  return (
    <section className="review-section" aria-labelledby="review-rubric">
      <h2 id="review-rubric" className="review-h2">
        Score yourself on the rubric
      </h2>
      <p className="review-quiet">
        A research-design round is graded on these five criteria, weighted as shown. 1 is missing, 3 adequate, 5 what you would
        want a colleague to copy.
      </p>
      <div className="rubric-criteria">
        {DESIGN_RUBRIC.map((criterion) => (
          <fieldset key={criterion.key} className="rubric-criterion">
            <legend className="rubric-legend">
              {criterion.label} <span className="rubric-weight">{weightText(criterion.weight)}</span>
            </legend>
            <p className="rubric-question">{criterion.question}</p>
            <div className="rubric-scores">
              {SCORES.map((score) => (
                <label key={score} className="rubric-score">
                  <input
                    type="radio"
                    name={`rubric-${criterion.key}`}
                    value={score}
                    checked={scores[criterion.key] === score}
                    onChange={() => choose({ ...scores, [criterion.key]: score })}
                  />
                  {score}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <p className="review-verdict" role="status" data-testid="rubric-total">
        {describeScores(scores)}
      </p>
    </section>
  );
}
