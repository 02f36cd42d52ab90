import type { Outline } from '../../../../shared/model/outline';
import { describeBeatsOver, describeBudgetTotal, describeEstimateTotal } from '../../../../shared/story/describeTiming';
import { scaleBudgets } from '../../../../shared/story/scaleBudgets';
import { formatDuration, wholeMinutes } from '../../../../shared/time/duration';
import { updateAt } from '../../../../shared/story/updateAt';
import { formatRoute } from '../../../navigation/route';
import { useApp } from '../../../store/StoreProvider';
import { useOutlineTiming } from './useOutlineTiming';

/**
 * The talk at a glance: the budgets and the estimated speaking time, each against the talk
 * length, the beats that run over, and a way to fit the budgets to the talk.
 */
export function OutlineTotals({ outline }: { outline: Outline }) {
  const timing = useOutlineTiming(outline);
  const wordsPerMinute = useApp((s) => s.preferences.wordsPerMinute);
  const changeStory = useApp((s) => s.changeStory);
  const notify = useApp((s) => s.notify);
  const undoChange = useApp((s) => s.undoChange);
  const talk = formatDuration(timing.talkMs);
  const talkMinutes = wholeMinutes(outline.talkMs);
  const beatsOver = describeBeatsOver(timing);
  const canFit = outline.beats.length > 0 && timing.totalBudgetMs !== timing.talkMs;

  const fit = () => {
    const entry = changeStory((story) => {
      const beats = story.outline.beats;
      const scaled = scaleBudgets(
        beats.map((b) => b.budgetMs),
        story.outline.talkMs,
      );
      return updateAt(
        story,
        ['outline', 'beats'],
        beats.map((b, i) => ({ ...b, budgetMs: scaled[i] ?? b.budgetMs })),
      );
    }, 'scaled the budgets to fit the talk');
    if (entry === null) return;
    notify(`Budgets scaled to fill ${talkMinutes} minutes, keeping their proportions.`, 'info', {
      label: 'Undo',
      run: () => void undoChange(entry),
    });
  };

  return (
    <div className="outline-totals" data-testid="outline-totals">
      <dl className="outline-totals-list">
        <div className={timing.isBudgetOver ? 'is-over' : ''}>
          <dt>Budgets</dt>
          <dd>
            {formatDuration(timing.totalBudgetMs)} of {talk} · {describeBudgetTotal(timing)}
          </dd>
        </div>
        <div className={timing.isEstimateOver ? 'is-over' : ''}>
          <dt>Notes take</dt>
          <dd>
            {timing.totalWords === 0
              ? describeEstimateTotal(timing)
              : `${formatDuration(timing.totalEstimatedMs)} of ${talk} · ${describeEstimateTotal(timing)}`}
          </dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>
            {timing.totalWords} words at {wordsPerMinute} words a minute (set in{' '}
            <a href={formatRoute({ name: 'preferences' })}>Preferences</a>)
          </dd>
        </div>
      </dl>
      {beatsOver && <p className="outline-over">{beatsOver}.</p>}
      {canFit && (
        <button type="button" className="button" onClick={fit}>
          Fit budgets to {talkMinutes} minutes
        </button>
      )}
    </div>
  );
}
