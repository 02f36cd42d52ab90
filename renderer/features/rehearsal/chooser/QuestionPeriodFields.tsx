import {
  QUESTION_PERIOD_EVERY_MINUTES,
  QUESTION_PERIOD_MINUTES,
  type QuestionPeriod,
} from '../../../../shared/rehearsal/runPlan';
import { MINUTE_MS, wholeMinutes } from '../../../../shared/time/duration';

const DEFAULT_PERIOD: QuestionPeriod = { lengthMs: 15 * MINUTE_MS, everyMs: 3 * MINUTE_MS };

interface Props {
  period: QuestionPeriod | null;
  onChange(period: QuestionPeriod | null): void;
}

/** The optional question period after a talk: whether there is one, how long, and how often a question comes. */
export function QuestionPeriodFields({ period, onChange }: Props) {
  return (
    <div className="question-period">
      <label className="check-row">
        <input type="checkbox" checked={period !== null} onChange={(e) => onChange(e.target.checked ? DEFAULT_PERIOD : null)} />
        Add a question period after the talk, with challenge questions thrown at a steady rate
      </label>
      {period && (
        <div className="question-period-fields">
          <div className="question-period-field">
            <label htmlFor="question-minutes">Length of the questions</label>
            <select
              id="question-minutes"
              className="select"
              value={wholeMinutes(period.lengthMs)}
              onChange={(e) => onChange({ ...period, lengthMs: Number(e.target.value) * MINUTE_MS })}
            >
              {QUESTION_PERIOD_MINUTES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes} minutes
                </option>
              ))}
            </select>
          </div>
          <div className="question-period-field">
            <label htmlFor="question-every">One question every</label>
            <select
              id="question-every"
              className="select"
              value={wholeMinutes(period.everyMs)}
              onChange={(e) => onChange({ ...period, everyMs: Number(e.target.value) * MINUTE_MS })}
            >
              {QUESTION_PERIOD_EVERY_MINUTES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes === 1 ? '1 minute' : `${minutes} minutes`}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </div>
  );
}
